package org.lifecircle.network.linking;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.lifecircle.network.NetworkBuilder;
import org.lifecircle.network.StreetNetwork;
import org.lifecircle.network.Vincenty;

/**
 * FEATURE UNDER TEST: snapping against brute force. Random seeded networks of short streets with
 * pillar points; for random points, the nearest position over every segment is found by trying
 * them all (projection in a plane around the point scaled by Vincenty distances, distance by
 * the independent Vincenty inverse), and the snapper must report the same distance, an offset that lands on the same
 * position, and off-network exactly when that distance exceeds the maximum.
 */
class SnapperTest {

    private static StreetNetwork randomStreets(Random rnd) {
        NetworkBuilder b = new NetworkBuilder("random streets");
        int nodes = 50 + rnd.nextInt(200);
        for (int i = 0; i < nodes; i++) b.addNode(8.5 + 0.03 * rnd.nextDouble(), 47.1 + 0.03 * rnd.nextDouble());
        for (int e = 0; e < nodes * 3 / 2; e++) {
            int a = rnd.nextInt(nodes);
            int c = rnd.nextInt(nodes);
            if (Math.abs(b.nodeLon(a) - b.nodeLon(c)) > 0.006 || Math.abs(b.nodeLat(a) - b.nodeLat(c)) > 0.006) continue;
            int pillars = rnd.nextInt(3);
            double[] lonLat = new double[2 * pillars];
            for (int k = 0; k < pillars; k++) {
                double f = (k + 1.0) / (pillars + 1);
                lonLat[2 * k] = b.nodeLon(a) + f * (b.nodeLon(c) - b.nodeLon(a)) + 0.001 * (rnd.nextDouble() - 0.5);
                lonLat[2 * k + 1] = b.nodeLat(a) + f * (b.nodeLat(c) - b.nodeLat(a)) + 0.001 * (rnd.nextDouble() - 0.5);
            }
            b.addEdge(a, c, lonLat, StreetNetwork.WALK_FORWARD | StreetNetwork.WALK_BACKWARD, Double.NaN);
        }
        b.addEdge(0, 1, new double[0], StreetNetwork.WALK_FORWARD | StreetNetwork.WALK_BACKWARD, Double.NaN);
        return b.build();
    }

    /** Brute force: {distance m, lon, lat} of the nearest position over all segments. */
    private static double[] bruteForce(StreetNetwork net, double lon, double lat) {
        return bruteForce(net, lon, lat, null);
    }

    /** Brute force over the edges with {@code allowed[e]} (all when null). */
    private static double[] bruteForce(StreetNetwork net, double lon, double lat, boolean[] allowed) {
        double mx = Vincenty.meters(lon - 0.0005, lat, lon + 0.0005, lat) / 0.001;
        double my = Vincenty.meters(lon, lat - 0.0005, lon, lat + 0.0005) / 0.001;
        double best = Double.POSITIVE_INFINITY, bestLon = 0, bestLat = 0;
        for (int e = 0; e < net.edgeCount(); e++) {
            if (allowed != null && !allowed[e]) continue;
            for (int p = net.shapeStart(e); p < net.shapeEnd(e) - 1; p++) {
                double ax = (net.shapeLon(p) - lon) * mx, ay = (net.shapeLat(p) - lat) * my;
                double dx = (net.shapeLon(p + 1) - lon) * mx - ax, dy = (net.shapeLat(p + 1) - lat) * my - ay;
                double len2 = dx * dx + dy * dy;
                double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
                double sLon = net.shapeLon(p) + t * (net.shapeLon(p + 1) - net.shapeLon(p));
                double sLat = net.shapeLat(p) + t * (net.shapeLat(p + 1) - net.shapeLat(p));
                double d = Vincenty.meters(lon, lat, sLon, sLat);
                if (d < best) {
                    best = d;
                    bestLon = sLon;
                    bestLat = sLat;
                }
            }
        }
        return new double[] {best, bestLon, bestLat};
    }

    @Test
    void snapsToTheNearestPositionOfAllSegments() {
        for (long seed = 1; seed <= 20; seed++) {
            Random rnd = new Random(seed);
            StreetNetwork net = randomStreets(rnd);
            Snapper snapper = new Snapper(net, 1);
            int n = 300;
            double[] lon = new double[n];
            double[] lat = new double[n];
            for (int i = 0; i < n; i++) {
                lon[i] = 8.49 + 0.05 * rnd.nextDouble();
                lat[i] = 47.09 + 0.05 * rnd.nextDouble();
            }
            double maxSnap = 150;
            SnappedPoints snapped = snapper.snap(lon, lat, maxSnap);
            double[] along = new double[2];
            for (int i = 0; i < n; i++) {
                String msg = "seed " + seed + " point " + i;
                double[] want = bruteForce(net, lon[i], lat[i]);
                assertEquals(want[0], snapped.connectorMeters(i), 1e-3 + 1e-4 * want[0], msg);
                if (Math.abs(want[0] - maxSnap) < 0.01) continue;
                assertEquals(want[0] <= maxSnap, snapped.onNetwork(i), msg + " at " + want[0] + " m");
                if (!snapped.onNetwork(i)) continue;
                net.pointAlong(snapped.edge(i), snapped.offsetMeters(i), along);
                assertEquals(0, Vincenty.meters(along[0], along[1], snapped.snappedLon(i), snapped.snappedLat(i)), 0.01, msg);
                assertEquals(0, Vincenty.meters(want[1], want[2], snapped.snappedLon(i), snapped.snappedLat(i)), 0.01, msg);
            }
        }
    }

    @Test
    void pointsFarFromTheNetworkAreOffNetworkWithTheirDistance() {
        StreetNetwork net = randomStreets(new Random(3));
        Snapper snapper = new Snapper(net, 1);
        double[] lon = {8.515, 8.515, 20.0};
        double[] lat = {47.115, 48.0, -30.0};
        SnappedPoints s = snapper.snap(lon, lat, 500);
        assertTrue(s.onNetwork(0));
        assertFalse(s.onNetwork(1));
        assertFalse(s.onNetwork(2));
        assertArrayEquals(new int[] {1, 2}, s.offNetwork());
        assertEquals(-1, s.edge(1));
        double[] want = bruteForce(net, lon[1], lat[1]);
        assertEquals(want[0], s.connectorMeters(1), 1e-3 * want[0]);
        assertTrue(s.connectorMeters(2) > 8_000_000, "a point in another continent is reported with its distance");
    }

    @Test
    void aPointOnANodeSnapsToTheEndOfAnEdge() {
        StreetNetwork net = randomStreets(new Random(5));
        Snapper snapper = new Snapper(net, 1);
        for (int v = 0; v < net.nodeCount(); v += 13) {
            if (net.firstSlot(v) == net.endSlot(v)) continue;
            SnappedPoints s = snapper.snap(net.nodeLon(v), net.nodeLat(v), 500);
            int e = s.edge(0);
            assertEquals(0, s.connectorMeters(0), 1e-9);
            boolean atBase = net.edgeBase(e) == v && s.offsetMeters(0) == 0;
            boolean atAdj = net.edgeAdj(e) == v && s.offsetMeters(0) == net.edgeLengthMeters(e);
            assertTrue(atBase || atAdj, "node " + v + " sits exactly at an end of edge " + e);
        }
    }

    /** Node count of each node's piece of the network, by breadth-first search over the edge list. */
    private static int[] pieceSizes(StreetNetwork net) {
        int n = net.nodeCount();
        java.util.List<java.util.List<Integer>> adjacent = new java.util.ArrayList<>();
        for (int v = 0; v < n; v++) adjacent.add(new java.util.ArrayList<>());
        for (int e = 0; e < net.edgeCount(); e++) {
            adjacent.get(net.edgeBase(e)).add(net.edgeAdj(e));
            adjacent.get(net.edgeAdj(e)).add(net.edgeBase(e));
        }
        int[] size = new int[n];
        boolean[] seen = new boolean[n];
        for (int start = 0; start < n; start++) {
            if (seen[start]) continue;
            java.util.List<Integer> piece = new java.util.ArrayList<>(java.util.List.of(start));
            seen[start] = true;
            for (int k = 0; k < piece.size(); k++) {
                for (int w : adjacent.get(piece.get(k))) {
                    if (!seen[w]) {
                        seen[w] = true;
                        piece.add(w);
                    }
                }
            }
            for (int v : piece) size[v] = piece.size();
        }
        return size;
    }

    @Test
    void pointsSnapOnlyToPiecesOfTheNetworkLargeEnough() {
        int minNodes = 8;
        int checkedIgnored = 0;
        for (long seed = 1; seed <= 20; seed++) {
            Random rnd = new Random(seed);
            StreetNetwork net = randomStreets(rnd);
            int[] size = pieceSizes(net);
            int largest = java.util.Arrays.stream(size).max().orElse(0);
            boolean[] allowed = new boolean[net.edgeCount()];
            int ignored = 0;
            for (int e = 0; e < net.edgeCount(); e++) {
                allowed[e] = size[net.edgeBase(e)] >= Math.min(minNodes, largest);
                if (!allowed[e]) ignored++;
            }
            Snapper snapper = new Snapper(net, minNodes);
            assertEquals(ignored, snapper.ignoredEdges(), "seed " + seed);
            checkedIgnored += ignored;
            int n = 200;
            double[] lon = new double[n];
            double[] lat = new double[n];
            for (int i = 0; i < n; i++) {
                lon[i] = 8.49 + 0.05 * rnd.nextDouble();
                lat[i] = 47.09 + 0.05 * rnd.nextDouble();
            }
            SnappedPoints snapped = snapper.snap(lon, lat, 400);
            for (int i = 0; i < n; i++) {
                String msg = "seed " + seed + " point " + i;
                double[] want = bruteForce(net, lon[i], lat[i], allowed);
                assertEquals(want[0], snapped.connectorMeters(i), 1e-3 + 1e-4 * want[0], msg);
                if (snapped.onNetwork(i)) assertTrue(allowed[snapped.edge(i)], msg + " snapped to a small piece");
            }
        }
        assertTrue(checkedIgnored > 0, "the random networks must have small pieces for this test to mean anything");
    }
}
