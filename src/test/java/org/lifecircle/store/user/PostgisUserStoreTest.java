package org.lifecircle.store.user;

import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.lifecircle.store.StoreLocation;
import org.lifecircle.testing.PostgresDatabase;
import org.lifecircle.testing.RequiresPostgres;

/** The user store contract on PostGIS, a schema of its own per test, dropped afterwards. */
@RequiresPostgres
class PostgisUserStoreTest extends UserStoreContractTest {

    private static final List<String> SCHEMAS = new ArrayList<>();

    @Override
    protected StoreLocation freshLocation() {
        String schema = "users_" + Long.toHexString(System.nanoTime());
        SCHEMAS.add(schema);
        return StoreLocation.parse(PostgresDatabase.url() + "&schema=" + schema, null);
    }

    @AfterAll
    static void dropSchemas() throws Exception {
        if (PostgresDatabase.url() == null) return;
        try (Connection c = PostgresDatabase.connect(); Statement st = c.createStatement()) {
            for (String s : SCHEMAS) st.execute("DROP SCHEMA IF EXISTS " + s + " CASCADE");
        }
    }
}
