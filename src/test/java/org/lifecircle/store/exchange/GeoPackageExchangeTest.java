package org.lifecircle.store.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifecircle.io.InputException;
import org.lifecircle.store.TestLayers;
import org.lifecircle.store.layer.Feature;
import org.lifecircle.store.layer.Layer;
import org.lifecircle.store.layer.LayerKind;
import org.locationtech.jts.geom.Geometry;

/**
 * FEATURE UNDER TEST: GeoPackage / GeoJSON / CSV exchange. Exports are read back by our importer
 * and by GDAL's ogrinfo (an independent reader): feature counts, geometry types and the CRS
 * (CGCS2000 EPSG:4490, CGCS2000 / 3-degree Gauss-Kruger CM 114E EPSG:4547, WGS84).
 */
class GeoPackageExchangeTest {

    @TempDir
    Path dir;

    static Layer roads;
    static Layer districts;

    @BeforeAll
    static void load() throws Exception {
        Path futian = TestLayers.shared().resolve("data/shenzhen-futian");
        roads = TestLayers.geoJson(futian.resolve("futian-roads.geojson"), LayerKind.NETWORK, "osmid");
        districts = TestLayers.geoJson(futian.resolve("shenzhen-districts.json"), LayerKind.UNITS, "qh");
    }

    @Test
    void cgcs2000ExportReadsBackIdentically() throws Exception {
        long seed = 0x5EED6E01L;
        Layer facilities = TestLayers.randomFacilities("facilities", 500, seed);
        Layer mixed = TestLayers.randomMixed("villages", 300, seed);
        Path file = dir.resolve("futian-4490.gpkg");
        GeoPackageExport.write(file, List.of(roads, districts, facilities, mixed), 4490);
        List<Layer> back = GeoPackageImport.readAll(file, LayerKind.OTHER);
        assertEquals(List.of("futian_roads", "shenzhen_districts", "facilities", "villages"),
                back.stream().map(Layer::name).toList());
        assertSameContent(roads, back.get(0), 1e-9, "seed " + seed);
        assertSameContent(districts, back.get(1), 1e-9, "seed " + seed);
        assertSameContent(facilities, back.get(2), 1e-9, "seed " + seed);
        assertSameContent(mixed, back.get(3), 1e-9, "seed " + seed);
        assertEquals("EPSG:4490", back.get(0).sourceCrs());
    }

    @Test
    void projectedExportReadsBackWithinMillimetres() throws Exception {
        Path file = dir.resolve("futian-4547.gpkg");
        GeoPackageExport.write(file, List.of(roads, districts), 4547);
        Layer back = GeoPackageImport.read(file, "futian_roads", LayerKind.NETWORK);
        assertSameContent(roads, back, 1e-8, "projected");
    }

    @Test
    void ogrinfoSeesTheRightCountsAndCrs() throws Exception {
        Ogrinfo.require();
        Layer facilities = TestLayers.randomFacilities("养老设施", 123, 5);
        Path cgcs = dir.resolve("cgcs2000.gpkg");
        GeoPackageExport.write(cgcs, List.of(roads, districts, facilities), 4490);
        String out = Ogrinfo.run(cgcs);
        Map<String, Ogrinfo.LayerSummary> layers = Ogrinfo.layers(out);
        assertEquals(List.of("futian_roads", "shenzhen_districts", "养老设施"), List.copyOf(layers.keySet()), out);
        assertEquals(2595, layers.get("futian_roads").featureCount(), out);
        assertEquals(10, layers.get("shenzhen_districts").featureCount(), out);
        assertEquals(123, layers.get("养老设施").featureCount(), out);
        assertEquals("Line String", layers.get("futian_roads").geometry(), out);
        assertEquals("Point", layers.get("养老设施").geometry(), out);
        for (Ogrinfo.LayerSummary l : layers.values()) {
            assertEquals(4490, l.epsg(), out);
            assertEquals("China Geodetic Coordinate System 2000", l.crsName(), out);
        }

        Path projected = dir.resolve("gk114.gpkg");
        GeoPackageExport.write(projected, List.of(districts), 4547);
        String out2 = Ogrinfo.run(projected);
        Ogrinfo.LayerSummary d = Ogrinfo.layers(out2).get("shenzhen_districts");
        assertEquals(10, d.featureCount(), out2);
        assertEquals(4547, d.epsg(), out2);
        assertTrue(d.crsName().startsWith("CGCS2000 / 3-degree Gauss-Kruger CM 114E"), out2);
        assertTrue(out2.contains("Extent: (4"), "projected metres, false easting 500 km: " + out2);
    }

    @Test
    void geoJsonAndCsvExportsMatchTheLayer() throws Exception {
        Ogrinfo.require();
        Layer facilities = TestLayers.randomFacilities("facilities", 200, 11);
        Path geojson = dir.resolve("facilities.geojson");
        GeoJsonExport.write(geojson, facilities);
        Ogrinfo.LayerSummary l = Ogrinfo.layers(Ogrinfo.run(geojson)).values().iterator().next();
        assertEquals(200, l.featureCount());
        assertEquals(4326, l.epsg());
        JsonNode root = new ObjectMapper().readTree(geojson.toFile());
        for (int i = 0; i < 200; i++) {
            Feature f = facilities.features().get(i);
            JsonNode j = root.get("features").get(i);
            assertEquals(f.id(), j.get("id").asText());
            assertEquals(f.geometry().getCoordinate().x, j.get("geometry").get("coordinates").get(0).doubleValue(), 1e-12);
            assertEquals(f.properties().get("capacity"), j.get("properties").get("capacity").longValue());
        }

        Path csv = dir.resolve("facilities.csv");
        CsvExport.write(csv, facilities);
        List<String> lines = Files.readAllLines(csv);
        assertEquals("id,lon,lat,type,name,area_m2,capacity,open", lines.get(0));
        assertEquals(201, lines.size());
        String[] first = lines.get(1).split(",", -1);
        assertEquals("F1", first[0]);
        assertEquals(facilities.features().get(0).geometry().getCoordinate().y, Double.parseDouble(first[2]), 0);
        Ogrinfo.LayerSummary c = Ogrinfo.layers(Ogrinfo.run(csv)).values().iterator().next();
        assertEquals(200, c.featureCount());
    }

    @Test
    void importRefusesAMissingTableWithAClearMessage() throws Exception {
        Path file = dir.resolve("one.gpkg");
        GeoPackageExport.write(file, List.of(districts), 4326);
        InputException e = assertThrows(InputException.class, () -> GeoPackageImport.read(file, "roads", LayerKind.NETWORK));
        assertTrue(e.getMessage().startsWith("one.gpkg: no feature table 'roads'"), e.getMessage());
        InputException missing = assertThrows(InputException.class,
                () -> GeoPackageImport.readAll(dir.resolve("none.gpkg"), LayerKind.OTHER));
        assertEquals("none.gpkg: file not found", missing.getMessage());
    }

    static void assertSameContent(Layer expected, Layer actual, double toleranceDegrees, String context) {
        assertEquals(expected.attributes(), actual.attributes(), context);
        assertEquals(expected.size(), actual.size(), context);
        for (int i = 0; i < expected.size(); i++) {
            Feature e = expected.features().get(i), a = actual.features().get(i);
            assertEquals(e.number(), a.number(), context);
            assertEquals(e.id(), a.id(), context + " feature " + e.number());
            assertEquals(e.properties(), a.properties(), context + " feature " + e.number());
            Geometry ge = e.geometry(), ga = a.geometry();
            if (ge == null) {
                assertEquals(null, ga, context);
                continue;
            }
            assertTrue(ge.equalsExact(ga, toleranceDegrees), context + " feature " + e.number() + ": " + ge + " vs " + ga);
        }
    }
}
