package org.lifecircle.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.TestAbortedException;

/** The test database behind {@link RequiresPostgres}: skip locally, fail under CI, connect otherwise. */
public final class PostgresDatabase implements BeforeAllCallback {

    public static final String URL_VARIABLE = "LIFECIRCLE_PG_URL";

    @Override
    public void beforeAll(ExtensionContext context) {
        if (url() != null) return;
        String test = context.getDisplayName();
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException(test + " needs PostgreSQL: CI=true but " + URL_VARIABLE
                    + " is not set (.ci/run starts the cluster; see scripts/pg-test-cluster)");
        }
        String message = "SKIPPED " + test + ": no PostgreSQL (" + URL_VARIABLE + " not set; "
                + "eval \"$(scripts/pg-test-cluster start)\" to run it)";
        System.err.println(message);
        throw new TestAbortedException(message);
    }

    public static String url() {
        String url = System.getenv(URL_VARIABLE);
        return url == null || url.isBlank() ? null : url;
    }

    public static Connection connect() throws SQLException {
        String url = url();
        if (url == null) throw new IllegalStateException(URL_VARIABLE + " is not set");
        return DriverManager.getConnection(url);
    }
}
