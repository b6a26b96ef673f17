package org.lifecircle.io;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ByteOrderValues;
import org.locationtech.jts.io.WKBWriter;

/**
 * Writes small GeoPackages for reader tests with plain JDBC, straight from the OGC 12-128
 * table definitions and geometry-blob layout — independent of the NGA library the reader uses.
 */
final class GpkgFixture implements AutoCloseable {

    static final String WGS84_WKT = "GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\",SPHEROID[\"WGS 84\",6378137,298.257223563]],"
            + "PRIMEM[\"Greenwich\",0],UNIT[\"degree\",0.0174532925199433],AUTHORITY[\"EPSG\",\"4326\"]]";

    private final Connection db;

    private GpkgFixture(Connection db) {
        this.db = db;
    }

    /** A new GeoPackage with the mandatory tables and the three spec-defined srs rows (4326, -1, 0). */
    static GpkgFixture create(Path file) throws SQLException {
        GpkgFixture f = new GpkgFixture(DriverManager.getConnection("jdbc:sqlite:" + file));
        f.exec("PRAGMA application_id = 1196444487");
        f.exec("PRAGMA user_version = 10300");
        f.exec("CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY,"
                + " organization TEXT NOT NULL, organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL,"
                + " description TEXT)");
        f.exec("CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL,"
                + " identifier TEXT UNIQUE, description TEXT DEFAULT '', last_change DATETIME NOT NULL DEFAULT"
                + " (strftime('%Y-%m-%dT%H:%M:%fZ','now')), min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE,"
                + " srs_id INTEGER, CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id))");
        f.exec("CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL,"
                + " geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL,"
                + " CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),"
                + " CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),"
                + " CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id))");
        f.srs(4326, "WGS 84 geodetic", "EPSG", 4326, WGS84_WKT);
        f.srs(-1, "Undefined cartesian SRS", "NONE", -1, "undefined");
        f.srs(0, "Undefined geographic SRS", "NONE", 0, "undefined");
        return f;
    }

    /** A plain SQLite database that is not a GeoPackage. */
    static void plainSqlite(Path file) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)");
            s.execute("INSERT INTO t (name) VALUES ('x')");
        }
    }

    GpkgFixture srs(int srsId, String name, String organization, int orgId, String wkt) throws SQLException {
        try (PreparedStatement p = db.prepareStatement("INSERT INTO gpkg_spatial_ref_sys"
                + " (srs_name, srs_id, organization, organization_coordsys_id, definition) VALUES (?,?,?,?,?)")) {
            p.setString(1, name);
            p.setInt(2, srsId);
            p.setString(3, organization);
            p.setInt(4, orgId);
            p.setString(5, wkt);
            p.executeUpdate();
        }
        return this;
    }

    /** A feature table {@code fid, geom, <columns>}; columns like "name TEXT", "pop INTEGER". */
    GpkgFixture layer(String table, String geometryType, int srsId, String... columns) throws SQLException {
        StringBuilder ddl = new StringBuilder("CREATE TABLE \"" + table + "\" (fid INTEGER PRIMARY KEY AUTOINCREMENT, geom "
                + geometryType);
        for (String c : columns) ddl.append(", ").append(c);
        exec(ddl.append(')').toString());
        exec("INSERT INTO gpkg_contents (table_name, data_type, identifier, srs_id) VALUES ('" + table + "', 'features', '"
                + table + "', " + srsId + ")");
        exec("INSERT INTO gpkg_geometry_columns VALUES ('" + table + "', 'geom', '" + geometryType + "', " + srsId + ", 0, 0)");
        return this;
    }

    /** Inserts a row; {@code geometry} null writes SQL NULL. */
    GpkgFixture insert(String table, Geometry geometry, int srsId, Object... values) throws SQLException {
        return insertBlob(table, geometry == null ? null : blob(geometry, srsId), values);
    }

    GpkgFixture insertBlob(String table, byte[] blob, Object... values) throws SQLException {
        StringBuilder sql = new StringBuilder("INSERT INTO \"" + table + "\" VALUES (NULL, ?");
        for (int i = 0; i < values.length; i++) sql.append(", ?");
        try (PreparedStatement p = db.prepareStatement(sql.append(')').toString())) {
            p.setBytes(1, blob);
            for (int i = 0; i < values.length; i++) p.setObject(i + 2, values[i]);
            p.executeUpdate();
        }
        return this;
    }

    /** GeoPackage binary: "GP", version 0, flags (little-endian, no envelope, empty bit), srs_id, then ISO WKB. */
    static byte[] blob(Geometry g, int srsId) {
        byte[] wkb = new WKBWriter(2, ByteOrderValues.LITTLE_ENDIAN).write(g);
        ByteBuffer b = ByteBuffer.allocate(8 + wkb.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 'G').put((byte) 'P').put((byte) 0).put((byte) (0x01 | (g.isEmpty() ? 0x10 : 0))).putInt(srsId).put(wkb);
        return b.array();
    }

    private void exec(String sql) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute(sql);
        }
    }

    @Override
    public void close() throws SQLException {
        db.close();
    }
}
