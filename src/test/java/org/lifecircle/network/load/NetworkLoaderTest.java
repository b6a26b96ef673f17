package org.lifecircle.network.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifecircle.io.InputException;
import org.lifecircle.io.VectorFeature;
import org.lifecircle.io.VectorReader;
import org.lifecircle.network.StreetNetwork;
import org.lifecircle.network.Vincenty;

/**
 * FEATURE UNDER TEST: loading real networks from {@code ../shared/data/}: OpenStreetMap through
 * GraphHopper's foot import (Andorra PBF, Monaco gzipped XML) and the Futian line layer, with
 * counts pinned from the files, lengths checked against an independent Vincenty inverse and the
 * lengths OSMnx published, and files whose content is not what their name says rejected.
 */
class NetworkLoaderTest {

    static final Path DATA = Path.of(System.getProperty("lifecircle.shared", "../shared")).resolve("data");

    @TempDir
    Path tmp;

    @Test
    void andorraImportsItsWalkableStreets() {
        StreetNetwork net = NetworkLoader.load(DATA.resolve("andorra/andorra.osm.pbf"));
        // GraphHopper's base graph has 2,385 nodes / 2,820 edges; 2,609 of those edges allow
        // walking (the rest are motorway-like or foot=no) and touch 2,278 tower nodes.
        assertEquals(2_278, net.nodeCount());
        assertEquals(2_609, net.edgeCount());
        assertEquals(2 * 2_609, net.slotCount());
        assertEdgeLengthsAreEllipsoidal(net);
        assertNodesInHilbertOrder(net);
        for (int e = 0; e < net.edgeCount(); e++) {
            assertTrue(net.walkable(e, true) || net.walkable(e, false), "edge " + e + " walkable");
        }
    }

    @Test
    void monacoImportsFromGzippedXml() {
        StreetNetwork net = NetworkLoader.load(DATA.resolve("monaco/monaco.osm.gz"));
        assertEquals(1_214, net.nodeCount());
        assertEquals(1_603, net.edgeCount());
    }

    @Test
    void futianLineLayerBuildsOneEdgePerLineJoinedAtSharedEndPoints() {
        Path file = DATA.resolve("shenzhen-futian/futian-roads.geojson");
        StreetNetwork net = NetworkLoader.load(file);
        // 2,595 LineStrings whose end points are the 1,751 nodes of OSMnx's futian.graphml.
        assertEquals(1_751, net.nodeCount());
        assertEquals(2_595, net.edgeCount());
        assertEdgeLengthsAreEllipsoidal(net);
        // OSMnx 1.2.2 measured length_m with the haversine formula on a 6,371,009 m sphere; the
        // ellipsoid at 22.5°N is shorter by up to 0.4 % depending on direction.
        Map<String, Double> osmnxByEndPoints = new HashMap<>(); // NaN where parallel lines share the key
        double osmnxTotal = 0;
        for (VectorFeature f : VectorReader.readLines(file, null).features()) {
            double length = ((Number) f.properties().get("length_m")).doubleValue();
            osmnxTotal += length;
            var c = f.geometry().getCoordinates();
            String key = c[0].x + "," + c[0].y + ">" + c[c.length - 1].x + "," + c[c.length - 1].y + ">" + c.length;
            osmnxByEndPoints.merge(key, length, (x, y) -> Double.NaN);
        }
        double ours = 0;
        for (int e = 0; e < net.edgeCount(); e++) {
            ours += net.edgeLengthMeters(e);
            int a = net.shapeStart(e), b = net.shapeEnd(e) - 1;
            Double theirs = osmnxByEndPoints.get(net.shapeLon(a) + "," + net.shapeLat(a) + ">" + net.shapeLon(b) + ","
                    + net.shapeLat(b) + ">" + (b - a + 1));
            if (theirs != null && theirs > 20) assertEquals(theirs, net.edgeLengthMeters(e), theirs * 0.005 + 0.01, "edge " + e);
        }
        assertEquals(osmnxTotal, ours, osmnxTotal * 0.004);
    }

    @Test
    void lineLayerJoinsOnlySharedEndPointsAndSplitsMultiLineStrings() throws IOException {
        Path file = tmp.resolve("lines.geojson");
        Files.writeString(file, """
                {"type":"FeatureCollection","features":[
                 {"type":"Feature","properties":{"speed_kmh":5},"geometry":{"type":"LineString","coordinates":[[114.0,22.5],[114.001,22.5]]}},
                 {"type":"Feature","properties":{},"geometry":{"type":"LineString","coordinates":[[114.00100005,22.50000005],[114.002,22.5]]}},
                 {"type":"Feature","properties":{},"geometry":{"type":"LineString","coordinates":[[114.0005,22.499],[114.0005,22.501]]}},
                 {"type":"Feature","properties":{"oneway":true},"geometry":{"type":"MultiLineString","coordinates":[
                    [[114.002,22.5],[114.0025,22.5005],[114.003,22.5]],[[114.003,22.5],[114.0031,22.5]]]}},
                 {"type":"Feature","properties":{},"geometry":{"type":"LineString","coordinates":[[114.0031005,22.5],[114.004,22.5]]}}
                ]}""");
        StreetNetwork net = NetworkLoader.load(file);
        // Nodes: 114.0, 114.001 (shared by lines 1 and 2 within 1e-7°), 114.002, the two ends of the
        // crossing line 3, 114.003, 114.0031, and 114.0031005 / 114.004 (5e-7° away: not joined).
        assertEquals(9, net.nodeCount());
        assertEquals(6, net.edgeCount());
        int withSpeed = 0;
        for (int e = 0; e < net.edgeCount(); e++) {
            assertTrue(net.walkable(e, true) && net.walkable(e, false), "oneway is ignored for walking");
            if (net.edgeSpeedKmh(e) == 5.0) withSpeed++;
            if (net.shapeEnd(e) - net.shapeStart(e) == 3) {
                double expected = Vincenty.meters(114.002, 22.5, 114.0025, 22.5005)
                        + Vincenty.meters(114.0025, 22.5005, 114.003, 22.5);
                assertEquals(expected, net.edgeLengthMeters(e), 1e-6 * expected);
            }
        }
        assertEquals(1, withSpeed);
        int degreeOfShared = -1;
        for (int v = 0; v < net.nodeCount(); v++) {
            if (Math.abs(net.nodeLon(v) - 114.001) < 1e-9) degreeOfShared = net.endSlot(v) - net.firstSlot(v);
        }
        assertEquals(2, degreeOfShared);
    }

    @Test
    void badLineFeaturesAreNamed() throws IOException {
        Path points = tmp.resolve("points.geojson");
        Files.writeString(points, """
                {"type":"FeatureCollection","features":[
                 {"type":"Feature","properties":{},"geometry":{"type":"LineString","coordinates":[[114.0,22.5],[114.001,22.5]]}},
                 {"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[114.0,22.5]}}
                ]}""");
        InputException e = assertThrows(InputException.class, () -> NetworkLoader.load(points));
        assertEquals("feature 2", e.location());
        Path speeds = tmp.resolve("speeds.geojson");
        Files.writeString(speeds, """
                {"type":"FeatureCollection","features":[
                 {"type":"Feature","properties":{"speed_kmh":"fast"},"geometry":{"type":"LineString","coordinates":[[114.0,22.5],[114.001,22.5]]}}
                ]}""");
        InputException s = assertThrows(InputException.class, () -> NetworkLoader.load(speeds));
        assertEquals("feature 1", s.location());
        assertTrue(s.getMessage().contains("speed_kmh"), s.getMessage());
    }

    @Test
    void filesThatAreNotWhatTheirNameSaysAreRejected() throws IOException {
        Path fakePbf = tmp.resolve("roads.osm.pbf");
        Files.writeString(fakePbf, "{\"type\":\"FeatureCollection\",\"features\":[]}");
        InputException pbf = assertThrows(InputException.class, () -> NetworkLoader.load(fakePbf));
        assertTrue(pbf.getMessage().contains("not an OpenStreetMap PBF"), pbf.getMessage());

        Path pbfAsGeoJson = tmp.resolve("roads.geojson");
        Files.copy(DATA.resolve("andorra/andorra.osm.pbf"), pbfAsGeoJson);
        assertThrows(InputException.class, () -> NetworkLoader.load(pbfAsGeoJson));

        Path plainAsGz = tmp.resolve("roads.osm.gz");
        Files.writeString(plainAsGz, "<osm></osm>");
        InputException gz = assertThrows(InputException.class, () -> NetworkLoader.load(plainAsGz));
        assertTrue(gz.getMessage().contains("not gzip"), gz.getMessage());

        Path csv = tmp.resolve("roads.csv");
        Files.writeString(csv, "a,b\n");
        assertThrows(InputException.class, () -> NetworkLoader.load(csv));
        assertThrows(InputException.class, () -> NetworkLoader.load(tmp.resolve("missing.osm.pbf")));
    }

    private static void assertEdgeLengthsAreEllipsoidal(StreetNetwork net) {
        for (int e = 0; e < net.edgeCount(); e += 7) {
            double vincenty = 0;
            for (int p = net.shapeStart(e); p < net.shapeEnd(e) - 1; p++) {
                vincenty += Vincenty.meters(net.shapeLon(p), net.shapeLat(p), net.shapeLon(p + 1), net.shapeLat(p + 1));
            }
            assertEquals(vincenty, net.edgeLengthMeters(e), 1e-6 + 1e-6 * vincenty, "edge " + e);
        }
    }

    /** Along the Hilbert numbering an edge joins nodes close in id; random ids would be V/3 apart. */
    private static void assertNodesInHilbertOrder(StreetNetwork net) {
        double gap = 0;
        for (int e = 0; e < net.edgeCount(); e++) gap += Math.abs(net.edgeBase(e) - net.edgeAdj(e));
        gap /= net.edgeCount();
        assertTrue(gap < net.nodeCount() / 30.0, "mean id gap along edges " + gap);
    }
}
