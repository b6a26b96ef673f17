package org.lifecircle.store;

import java.util.Map;

/**
 * The two SQL engines behind a workspace. Tables, queries and spatial functions are written once
 * in the PostGIS dialect that H2GIS also speaks; the only differences are the names of the
 * unbounded text and binary column types and the GiST index that only PostGIS gets, which the
 * migrations take as Flyway placeholders ({@code ${text}}, {@code ${bytes}}, {@code ${postgis_only}}).
 */
public enum Dialect {
    /** Embedded H2 file database with the H2GIS functions: the default, no server. */
    H2GIS(Map.of("text", "CLOB", "bytes", "BLOB", "postgis_only", "-- ")),
    /** PostgreSQL with the PostGIS extension. */
    POSTGIS(Map.of("text", "TEXT", "bytes", "BYTEA", "postgis_only", ""));

    private final Map<String, String> placeholders;

    Dialect(Map<String, String> placeholders) {
        this.placeholders = placeholders;
    }

    /** Values of the migration placeholders for this engine. */
    public Map<String, String> placeholders() {
        return placeholders;
    }
}
