package org.lifecircle.store.postgis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lifecircle.io.InputException;
import org.lifecircle.store.StoreLocation;
import org.lifecircle.store.Workspace;
import org.lifecircle.store.layer.Feature;
import org.lifecircle.store.layer.Layer;
import org.lifecircle.store.layer.LayerKind;
import org.lifecircle.testing.PostgresDatabase;
import org.lifecircle.testing.RequiresPostgres;

/**
 * FEATURE UNDER TEST: reading layers from PostGIS tables a bureau already has. A table of 200
 * random elder-care points in CGCS2000 (EPSG:4490) and a road table are created with plain SQL;
 * the import must return exactly those rows (checked against the values inserted), and bad names
 * (missing table, wrong geometry column, SQL in an identifier) must fail with a clear message and
 * write nothing.
 */
@RequiresPostgres
class PostgisTableImportTest {

    static final String BUREAU = "bureau_" + Long.toHexString(System.nanoTime());
    static final String STORE = "store_import_" + Long.toHexString(System.nanoTime());
    static final long SEED = 0x5EED9601L;
    static double[][] inserted;

    Workspace ws;
    long project;

    @BeforeAll
    static void bureauTables() throws Exception {
        Random r = new Random(SEED);
        inserted = new double[200][];
        try (Connection c = PostgresDatabase.connect(); Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA " + BUREAU);
            st.execute("CREATE TABLE " + BUREAU + ".poi_elder_care (gid serial PRIMARY KEY, \"名称\" text,"
                    + " capacity int4, area_m2 float8, is_public boolean, geom geometry(Point, 4490))");
            st.execute("CREATE TABLE " + BUREAU + ".roads (gid serial PRIMARY KEY, name text, geom geometry(LineString, 4490))");
            st.execute("INSERT INTO " + BUREAU + ".roads (name, geom) VALUES ('深南大道',"
                    + " ST_GeomFromText('LINESTRING(114.0 22.54, 114.1 22.54)', 4490))");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + BUREAU + ".poi_elder_care"
                    + " (\"名称\", capacity, area_m2, is_public, geom) VALUES (?, ?, ?, ?, ST_SetSRID(ST_MakePoint(?, ?), 4490))")) {
                for (int i = 0; i < inserted.length; i++) {
                    double lon = 113.9 + r.nextDouble() * 0.2, lat = 22.5 + r.nextDouble() * 0.1;
                    int capacity = r.nextInt(100);
                    double area = r.nextDouble() * 800;
                    inserted[i] = new double[] {lon, lat, capacity, area};
                    ps.setString(1, "养老驿站" + (i + 1));
                    ps.setInt(2, capacity);
                    ps.setDouble(3, area);
                    ps.setBoolean(4, i % 2 == 0);
                    ps.setDouble(5, lon);
                    ps.setDouble(6, lat);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
    }

    @AfterAll
    static void drop() throws Exception {
        try (Connection c = PostgresDatabase.connect(); Statement st = c.createStatement()) {
            st.execute("DROP SCHEMA IF EXISTS " + BUREAU + " CASCADE");
            st.execute("DROP SCHEMA IF EXISTS " + STORE + " CASCADE");
        }
    }

    @BeforeEach
    void open() {
        ws = Workspace.open(StoreLocation.parse(PostgresDatabase.url() + "&schema=" + STORE, null));
        project = ws.projects().create("import " + System.nanoTime(), "").id();
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private PostgisLayerSource source(String table, String geometry, String geometryType, List<String> attributes) {
        return PostgisLayerSource.of("project.yaml facilities", table, geometry, "gid", attributes, geometryType);
    }

    @Test
    void importsTheBureauTableRowForRow() {
        PostgisLayerSource src = PostgisLayerSource.fromProject("project.yaml facilities", Map.of(
                "table", BUREAU + ".poi_elder_care", "geometry", "geom", "id", "gid",
                "attributes", List.of("名称", "capacity", "area_m2", "is_public"), "geometryType", "point"));
        ws.importPostgisLayer(project, "facilities", LayerKind.FACILITIES, src);
        Layer layer = ws.layers().get(project, "facilities");
        assertEquals(200, layer.size());
        assertEquals("EPSG:4490", layer.sourceCrs());
        for (int i = 0; i < 200; i++) {
            Feature f = layer.features().get(i);
            assertEquals(Integer.toString(i + 1), f.id());
            assertEquals(inserted[i][0], f.geometry().getCoordinate().x, 1e-9, "seed " + SEED);
            assertEquals(inserted[i][1], f.geometry().getCoordinate().y, 1e-9, "seed " + SEED);
            assertEquals((long) inserted[i][2], f.properties().get("capacity"));
            assertEquals(inserted[i][3], (Double) f.properties().get("area_m2"), 0);
            assertEquals("养老驿站" + (i + 1), f.properties().get("名称"));
            assertEquals(i % 2 == 0, f.properties().get("is_public"));
        }
    }

    @Test
    void missingTableIsAClearErrorAndWritesNothing() {
        InputException e = assertThrows(InputException.class, () -> ws.importPostgisLayer(project, "facilities",
                LayerKind.FACILITIES, source(BUREAU + ".poi_clinics", "geom", null, List.of())));
        assertEquals("project.yaml facilities (" + BUREAU + ".poi_clinics): table " + BUREAU + ".poi_clinics does not exist",
                e.getMessage());
        assertTrue(ws.layers().list(project).isEmpty());
    }

    @Test
    void wrongGeometryColumnIsAClearErrorAndWritesNothing() {
        InputException notGeometry = assertThrows(InputException.class, () -> ws.importPostgisLayer(project, "f",
                LayerKind.FACILITIES, source(BUREAU + ".poi_elder_care", "名称", "point", List.of())));
        assertTrue(notGeometry.getMessage().endsWith("column '名称' is text, not a geometry column"), notGeometry.getMessage());
        InputException lines = assertThrows(InputException.class, () -> ws.importPostgisLayer(project, "f",
                LayerKind.FACILITIES, source(BUREAU + ".roads", "geom", "point", List.of("name"))));
        assertTrue(lines.getMessage().endsWith("geometry column 'geom' holds LINESTRING, expected point geometries"),
                lines.getMessage());
        InputException noColumn = assertThrows(InputException.class, () -> ws.importPostgisLayer(project, "f",
                LayerKind.FACILITIES, source(BUREAU + ".poi_elder_care", "the_geom", "point", List.of())));
        assertTrue(noColumn.getMessage().contains("column 'the_geom' does not exist (columns: [gid, 名称, capacity,"),
                noColumn.getMessage());
        assertTrue(ws.layers().list(project).isEmpty());
    }

    @Test
    void sqlInAnIdentifierIsRefusedBeforeAnySqlRuns() throws Exception {
        String[] evil = {"poi_elder_care; DROP TABLE " + BUREAU + ".roads; --", "poi_elder_care\" WHERE 1=1 --",
            "roads UNION SELECT 1"};
        for (String table : evil) {
            InputException e = assertThrows(InputException.class,
                    () -> source(BUREAU + "." + table, "geom", null, List.of()));
            assertTrue(e.getMessage().contains("is not a plain SQL identifier"), e.getMessage());
        }
        InputException column = assertThrows(InputException.class, () -> PostgisLayerSource.of("p", BUREAU + ".roads",
                "geom", "gid", List.of("name, (SELECT current_user)"), null));
        assertTrue(column.getMessage().startsWith("p: attribute column 'name, (SELECT current_user)' is not a plain"),
                column.getMessage());
        try (Connection c = PostgresDatabase.connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT count(*) FROM information_schema.tables WHERE table_schema = ?")) {
            ps.setString(1, BUREAU);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertEquals(2, rs.getInt(1));
            }
        }
        assertTrue(ws.layers().list(project).isEmpty());
    }

    @Test
    void embeddedStoreCannotReadPostgisTables() throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("h2-store");
        try (Workspace h2 = Workspace.open(null, dir)) {
            long p = h2.projects().create("p", "").id();
            InputException e = assertThrows(InputException.class, () -> h2.importPostgisLayer(p, "f", LayerKind.FACILITIES,
                    source(BUREAU + ".roads", "geom", null, List.of())));
            assertTrue(e.getMessage().contains("needs a PostGIS store"), e.getMessage());
            assertNull(h2.layers().find(p, "f").orElse(null));
        }
    }
}
