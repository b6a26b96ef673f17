package org.lifecircle.store;

import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.lifecircle.testing.PostgresDatabase;
import org.lifecircle.testing.RequiresPostgres;

/** The workspace contract on PostGIS, in a schema of its own that is dropped afterwards. */
@RequiresPostgres
class PostgisWorkspaceTest extends WorkspaceContractTest {

    static final String SCHEMA = "store_contract_" + Long.toHexString(System.nanoTime());

    @Override
    protected StoreLocation location() {
        return StoreLocation.parse(PostgresDatabase.url() + "&schema=" + SCHEMA, null);
    }

    @AfterAll
    static void dropSchema() throws Exception {
        if (PostgresDatabase.url() == null) return;
        try (Connection c = PostgresDatabase.connect(); Statement st = c.createStatement()) {
            st.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        }
    }
}
