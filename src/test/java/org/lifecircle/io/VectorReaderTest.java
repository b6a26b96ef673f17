package org.lifecircle.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifecircle.geo.MeridianArc;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;

/**
 * FEATURE UNDER TEST: {@link VectorReader} on GeoJSON and GeoJSON-seq — real files from
 * {@code ../shared/data} checked against counts and lengths computed independently, the legacy
 * {@code crs} member and a declared CRS checked against a meridian-arc reference.
 */
class VectorReaderTest {

    @TempDir
    Path dir;

    /** OSMnx's length_m is the haversine length on a sphere of radius 6,371,009 m: recompute it from the read coordinates. */
    @Test
    void futianRoadsAreTheRoadNetworkOsmnxPublished() {
        VectorLayer roads = VectorReader.readLines(TestFiles.shared("shenzhen-futian/futian-roads.geojson"), null);

        assertEquals(2595, roads.size());
        double sumLength = 0;
        double sumHaversine = 0;
        for (VectorFeature f : roads.features()) {
            LineString line = assertInstanceOf(LineString.class, f.geometry());
            double expected = ((Number) f.properties().get("length_m")).doubleValue();
            double measured = haversineMeters(line.getCoordinates());
            assertEquals(expected, measured, 0.01, "feature " + f.number());
            sumLength += expected;
            sumHaversine += measured;
            assertInstanceOf(Boolean.class, f.properties().get("oneway"));
            assertEquals(4326, f.geometry().getSRID());
        }
        assertEquals(228_452.069, sumLength, 0.01);
        assertEquals(sumLength, sumHaversine, 1.0);
        VectorFeature first = roads.features().get(0);
        assertEquals(1, first.number());
        assertEquals("景田路", first.properties().get("name"));
        assertEquals("secondary", first.properties().get("highway"));
        assertEquals(new Coordinate(114.0397861, 22.5444302), first.geometry().getCoordinates()[0]);
        assertTrue(roads.features().stream().anyMatch(f -> f.properties().containsKey("name")
                && f.properties().get("name") == null), "JSON null property values are kept as null");
    }

    @Test
    void liechtensteinAdminSequenceHasItsElevenMunicipalities() {
        VectorLayer admin = VectorReader.read(TestFiles.shared("liechtenstein/li_admin.geojsonseq"));

        assertEquals(132, admin.size());
        Map<String, Integer> types = new TreeMap<>();
        for (VectorFeature f : admin.features()) types.merge(f.geometry().getGeometryType(), 1, Integer::sum);
        assertEquals(Map.of("LineString", 107, "MultiPolygon", 18, "Point", 7), types);

        Set<String> municipalities = new TreeSet<>();
        for (VectorFeature f : admin.features()) {
            Map<String, Object> p = f.properties();
            if ("8".equals(p.get("admin_level")) && p.get("name") != null) {
                assertEquals("MultiPolygon", f.geometry().getGeometryType());
                assertEquals(p.get("name") + " (LI)", p.get("bfs:GEMNAME"));
                municipalities.add((String) p.get("name"));
            }
        }
        assertEquals(Set.of("Balzers", "Eschen", "Gamprin", "Mauren", "Planken", "Ruggell", "Schaan",
                "Schellenberg", "Triesen", "Triesenberg", "Vaduz"), municipalities);
        assertEquals(9.3977818, admin.envelope().getMinX(), 1e-9);
        assertEquals(9.638563, admin.envelope().getMaxX(), 1e-9);
        assertEquals(47.0102219, admin.envelope().getMinY(), 1e-9);
        assertEquals(47.2830221, admin.envelope().getMaxY(), 1e-9);
        assertEquals(132, admin.features().get(131).number());
        assertEquals("Triesenberg", admin.features().get(131).properties().get("name"));
    }

    @Test
    void shenzhenDistrictsAreTenPolygonsNamedByQh() {
        VectorLayer districts = VectorReader.readPolygons(TestFiles.shared("shenzhen-futian/shenzhen-districts.json"), null);

        assertEquals(10, districts.size());
        Set<Object> names = new TreeSet<>();
        for (VectorFeature f : districts.features()) names.add(f.properties().get("qh"));
        assertEquals(new TreeSet<>(Set.of("罗湖", "福田", "盐田", "宝安", "光明", "坪山", "龙华", "南山", "大鹏", "龙岗")), names);
        VectorFeature futian = districts.features().get(1);
        assertEquals("福田", futian.properties().get("qh"));
        Point centroid = futian.geometry().getCentroid();
        assertEquals(((Number) futian.properties().get("centroid_x")).doubleValue(), centroid.getX(), 1e-3);
        assertEquals(((Number) futian.properties().get("centroid_y")).doubleValue(), centroid.getY(), 1e-3);
    }

    @Test
    void featureCollectionPropertiesAndIdAreKept() {
        Path file = TestFiles.write(dir, "pois.geojson", """
                {"type":"FeatureCollection","features":[
                 {"type":"Feature","id":"a1","geometry":{"type":"Point","coordinates":[114.05,22.54]},
                  "properties":{"name":"站点","capacity":12,"big":12345678901,"area_m2":80.5,"open":true,
                                "tags":["x","y"],"meta":{"k":1}}},
                 {"type":"Feature","id":7,"geometry":{"type":"MultiPoint","coordinates":[[114.06,22.55]]},"properties":null}
                ]}""");

        VectorLayer layer = VectorReader.readPoints(file, null);

        assertEquals(2, layer.size());
        Map<String, Object> p = layer.features().get(0).properties();
        assertEquals("站点", p.get("name"));
        assertEquals(12, p.get("capacity"));
        assertEquals(12345678901L, p.get("big"));
        assertEquals(80.5, p.get("area_m2"));
        assertEquals(true, p.get("open"));
        assertEquals(java.util.List.of("x", "y"), p.get("tags"));
        assertEquals(Map.of("k", 1), p.get("meta"));
        assertEquals("a1", p.get("id"));
        assertEquals(7, layer.features().get(1).properties().get("id"));
        assertInstanceOf(Point.class, layer.features().get(1).geometry());
        assertEquals(new Coordinate(114.06, 22.55), layer.features().get(1).geometry().getCoordinate());
    }

    @Test
    void singleFeatureAndBareGeometryAreOneFeature() {
        Path feature = TestFiles.write(dir, "one.geojson",
                "{\"type\":\"Feature\",\"properties\":{\"n\":1},\"geometry\":{\"type\":\"Point\",\"coordinates\":[1.5,42.5]}}");
        Path bare = TestFiles.write(dir, "bare.json",
                "{\"type\":\"LineString\",\"coordinates\":[[1.5,42.5],[1.6,42.6]]}");

        assertEquals(1, VectorReader.read(feature).features().get(0).properties().get("n"));
        assertEquals(2, VectorReader.read(bare).features().get(0).geometry().getNumPoints());
    }

    /**
     * A point on the central meridian 114°E of EPSG:4547 has easting 500,000 m and northing equal
     * to the CGCS2000 meridian arc (scale factor 1): read back, it must be 114°E at that latitude.
     */
    @Test
    void legacyCrsMemberIsHonoured() {
        double northing = MeridianArc.meters(22.5, MeridianArc.CGCS2000_A, MeridianArc.CGCS2000_F);
        Path file = TestFiles.write(dir, "gk.geojson", """
                {"type":"FeatureCollection",
                 "crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::4547"}},
                 "features":[{"type":"Feature","properties":{},
                   "geometry":{"type":"Point","coordinates":[500000.0,%s]}}]}""".formatted(northing));

        Geometry g = VectorReader.read(file).features().get(0).geometry();

        assertEquals(114.0, g.getCoordinate().x, 1e-9);
        assertEquals(22.5, g.getCoordinate().y, 1e-8);
    }

    @Test
    void declaredCrsOverridesTheFile() {
        double northing = MeridianArc.meters(31.0, MeridianArc.CGCS2000_A, MeridianArc.CGCS2000_F);
        Path file = TestFiles.write(dir, "no-crs.geojson",
                "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Point\",\"coordinates\":[500000," + northing + "]}}");

        Geometry g = VectorReader.read(file, "EPSG:4550").features().get(0).geometry();

        assertEquals(123.0, g.getCoordinate().x, 1e-9);
        assertEquals(31.0, g.getCoordinate().y, 1e-8);
    }

    /** GCJ-02 pair published in googollee/eviltransform python/test.py (Shenzhen): WGS84 (113.912316, 22.543847). */
    @Test
    void declaredGcj02IsConvertedToWgs84() {
        Path file = TestFiles.write(dir, "amap.geojson",
                "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Point\",\"coordinates\":[113.9171764808363,22.540796131694766]}}");

        Coordinate c = VectorReader.read(file, "GCJ-02").features().get(0).geometry().getCoordinate();

        assertEquals(113.912316, c.x, 1e-8);
        assertEquals(22.543847, c.y, 1e-8);
    }

    @Test
    void sequenceWithRecordSeparatorsAndBlankLinesCountsFeaturesNotLines() {
        Path file = TestFiles.write(dir, "pts.geojsonseq",
                "\u001e{\"type\":\"Feature\",\"properties\":{\"k\":1},\"geometry\":{\"type\":\"Point\",\"coordinates\":[9.5,47.1]}}\n"
                + "\n"
                + "\u001e{\"type\":\"Feature\",\"properties\":{\"k\":2},\"geometry\":{\"type\":\"Point\",\"coordinates\":[9.6,47.2]}}\n");

        VectorLayer layer = VectorReader.read(file);

        assertEquals(2, layer.size());
        assertEquals(2, layer.features().get(1).number());
        assertEquals(2, layer.features().get(1).properties().get("k"));
    }

    @Test
    void wrongGeometryTypeNamesEveryOffendingFeature() {
        Path file = TestFiles.write(dir, "mixed.geojson", """
                {"type":"FeatureCollection","features":[
                 {"type":"Feature","properties":{},"geometry":{"type":"LineString","coordinates":[[1,42],[1.1,42.1]]}},
                 {"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[1,42]}},
                 {"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[1,42],[1.1,42],[1.1,42.1],[1,42]]]}}
                ]}""");

        InputException e = assertThrows(InputException.class, () -> VectorReader.readLines(file, null));

        assertEquals(file.toString(), e.source());
        assertEquals("feature 2", e.location());
        assertTrue(e.getMessage().contains("feature 2: is a Point, expected a LineString or MultiLineString"), e.getMessage());
        assertTrue(e.getMessage().contains("1 more problem: feature 3: is a Polygon"), e.getMessage());
    }

    static double haversineMeters(Coordinate[] c) {
        double r = 6_371_009;
        double sum = 0;
        for (int i = 0; i + 1 < c.length; i++) {
            double lat1 = Math.toRadians(c[i].y);
            double lat2 = Math.toRadians(c[i + 1].y);
            double dLat = lat2 - lat1;
            double dLon = Math.toRadians(c[i + 1].x - c[i].x);
            double h = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(lat1) * Math.cos(lat2) * Math.pow(Math.sin(dLon / 2), 2);
            sum += 2 * r * Math.asin(Math.sqrt(h));
        }
        return sum;
    }
}
