package org.lifecircle.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.lifecircle.io.InputException;

/** FEATURE UNDER TEST: the --store values the command line and the web phase pass to Workspace.open. */
class StoreLocationTest {

    @Test
    void noStoreMeansTheEmbeddedFileInTheWorkspaceFolder() {
        StoreLocation l = StoreLocation.parse(null, Path.of("/data/ws"));
        assertEquals(Dialect.H2GIS, l.dialect());
        assertEquals("jdbc:h2:file:/data/ws/lifecircle;WRITE_DELAY=0", l.jdbcUrl());
        assertEquals(l, StoreLocation.parse("  ", Path.of("/data/ws")));
    }

    @Test
    void postgresUrlsBecomeJdbcUrlsWithCredentialsAndSchemaApart() {
        StoreLocation l = StoreLocation.parse("postgresql://planner:s%40cret@db.example:5433/bureau?sslmode=require", null);
        assertEquals(Dialect.POSTGIS, l.dialect());
        assertEquals("jdbc:postgresql://db.example:5433/bureau?sslmode=require", l.jdbcUrl());
        assertEquals("planner", l.properties().getProperty("user"));
        assertEquals("s@cret", l.properties().getProperty("password"));
        assertEquals(StoreLocation.DEFAULT_SCHEMA, l.schema());
        assertTrue(!l.toString().contains("cret"), l.toString());

        StoreLocation j = StoreLocation.parse("jdbc:postgresql://127.0.0.1:55432/t?user=postgres&schema=ws_2", null);
        assertEquals("jdbc:postgresql://127.0.0.1:55432/t", j.jdbcUrl());
        assertEquals("postgres", j.properties().getProperty("user"));
        assertEquals("ws_2", j.schema());
    }

    @Test
    void badStoreValuesAreInputErrors() {
        InputException other = assertThrows(InputException.class, () -> StoreLocation.parse("mysql://h/db", null));
        assertTrue(other.getMessage().startsWith("--store: unsupported store URL 'mysql://h/db'"), other.getMessage());
        InputException schema = assertThrows(InputException.class,
                () -> StoreLocation.parse("postgresql://h/db?schema=x;drop", null));
        assertTrue(schema.getMessage().contains("is not a plain lower-case SQL identifier"), schema.getMessage());
        InputException secret = assertThrows(InputException.class,
                () -> StoreLocation.parse("oracle://u:topsecret@h/db", null));
        assertTrue(!secret.getMessage().contains("topsecret"), secret.getMessage());
        assertThrows(InputException.class, () -> StoreLocation.parse("postgresql://h", null));
    }
}
