package org.lifecircle.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * FEATURE UNDER TEST: {@link PointLayers} — the same points as CSV, GeoJSON and GeoPackage give
 * the same records; ids, weights and attributes from properties; duplicate ids and non-points fail.
 */
class PointLayersTest {

    @TempDir
    Path dir;

    @Test
    void csvGeoJsonAndGeoPackageGiveTheSameRecords() throws Exception {
        Path csv = TestFiles.write(dir, "f.csv", "id,lon,lat,weight,type\nA,114.05,22.54,2,fitness\nB,114.06,22.55,3,elder_care\n");
        Path json = TestFiles.write(dir, "f.geojson", """
                {"type":"FeatureCollection","features":[
                 {"type":"Feature","id":"A","properties":{"Weight":2,"Type":"fitness"},"geometry":{"type":"Point","coordinates":[114.05,22.54]}},
                 {"type":"Feature","id":"B","properties":{"Weight":3,"Type":"elder_care"},"geometry":{"type":"Point","coordinates":[114.06,22.55]}}]}""");
        Path gpkg = dir.resolve("f.gpkg");
        GeometryFactory gf = new GeometryFactory();
        try (GpkgFixture g = GpkgFixture.create(gpkg)) {
            g.layer("f", "POINT", 4326, "id TEXT", "weight REAL", "type TEXT")
                    .insert("f", gf.createPoint(new Coordinate(114.05, 22.54)), 4326, "A", 2.0, "fitness")
                    .insert("f", gf.createPoint(new Coordinate(114.06, 22.55)), 4326, "B", 3.0, "elder_care");
        }

        for (Path file : List.of(csv, json, gpkg)) {
            List<PointRecord> points = PointLayers.read(file, null);
            assertEquals(2, points.size(), file.toString());
            PointRecord b = points.get(1);
            assertEquals("B", b.id(), file.toString());
            assertEquals(114.06, b.lon(), 0);
            assertEquals(22.55, b.lat(), 0);
            assertEquals(3.0, b.weight(), 0);
            assertEquals("elder_care", b.attributes().get("type"), file.toString());
        }
        assertEquals(Map.of("fid", "2", "type", "elder_care"), PointLayers.read(gpkg, null).get(1).attributes());
    }

    @Test
    void featureNumbersAreIdsWhenNoFeatureHasOne() {
        Path json = TestFiles.write(dir, "noid.geojson", """
                {"type":"FeatureCollection","features":[
                 {"type":"Feature","properties":{"name":"x"},"geometry":{"type":"Point","coordinates":[9.5,47.1]}},
                 {"type":"Feature","properties":{"name":"y"},"geometry":{"type":"Point","coordinates":[9.6,47.2]}}]}""");
        List<PointRecord> points = PointLayers.read(json, null);
        assertEquals(List.of("1", "2"), points.stream().map(PointRecord::id).toList());
        assertEquals(1.0, points.get(0).weight(), 0);
    }

    @Test
    void namedIdAndWeightProperties() {
        Path json = TestFiles.write(dir, "named.geojson", """
                {"type":"FeatureCollection","features":[
                 {"type":"Feature","properties":{"code":"v1","pop":120},"geometry":{"type":"Point","coordinates":[9.5,47.1]}}]}""");
        PointRecord p = PointLayers.read(json, null, "code", "pop").get(0);
        assertEquals("v1", p.id());
        assertEquals(120.0, p.weight(), 0);
        InputException e = assertThrows(InputException.class, () -> PointLayers.read(json, null, "code", "population"));
        assertTrue(e.getMessage().endsWith("no feature has the property population"), e.getMessage());
    }

    @Test
    void duplicateMissingIdsAndBadWeightsAreReported() {
        Path json = TestFiles.write(dir, "dup.geojson", """
                {"type":"FeatureCollection","features":[
                 {"type":"Feature","id":"A","properties":{},"geometry":{"type":"Point","coordinates":[9.5,47.1]}},
                 {"type":"Feature","properties":{"weight":-1},"geometry":{"type":"Point","coordinates":[9.5,47.1]}},
                 {"type":"Feature","id":"A","properties":{"weight":"many"},"geometry":{"type":"Point","coordinates":[9.6,47.2]}}]}""");
        InputException e = assertThrows(InputException.class, () -> PointLayers.read(json, null));
        assertEquals("feature 1", e.location());
        assertTrue(e.getMessage().contains("feature 1: has no weight"), e.getMessage());
        assertTrue(e.getMessage().contains("feature 2: has no id"), e.getMessage());
        assertTrue(e.getMessage().contains("feature 2: property weight: '-1' is not a non-negative number"), e.getMessage());
        assertTrue(e.getMessage().contains("feature 3: duplicate id 'A' (first at feature 1)"), e.getMessage());
        assertTrue(e.getMessage().contains("property weight: 'many' is not a non-negative number"), e.getMessage());
    }

    @Test
    void linesAreNotPoints() {
        Path json = TestFiles.write(dir, "line.geojson", "{\"type\":\"LineString\",\"coordinates\":[[1,42],[2,43]]}");
        InputException e = assertThrows(InputException.class, () -> PointLayers.read(json, null));
        assertTrue(e.getMessage().endsWith("feature 1: is a LineString, expected a Point"), e.getMessage());
    }
}
