package org.lifecircle.network.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;
import net.sf.geographiclib.Geodesic;
import org.junit.jupiter.api.Test;
import org.lifecircle.network.NetworkBuilder;
import org.lifecircle.network.StreetNetwork;
import org.lifecircle.network.linking.SnappedPoints;
import org.lifecircle.network.linking.Snapper;

/**
 * FEATURE UNDER TEST: the array Dijkstra (single and multi-source, partial edges, catchments)
 * against a plain reference Dijkstra written here: a PriorityQueue over adjacency lists of the
 * graph as generated (before the builder's renumbering), in which every snapped point is a
 * real node splitting its edge, joined to its own point by a connector edge. Random seeded
 * graphs with pillar points, loops, parallel edges and one-way access; the seed is in every
 * failure message.
 */
class NetworkSearchRandomTest {

    private static final double LON0 = 114.02;
    private static final double LAT0 = 22.53;

    /** The graph as the test generated it: node coordinates and edges with their shapes. */
    private static final class RandomGraph {
        final List<double[]> nodes = new ArrayList<>();
        final List<int[]> ends = new ArrayList<>();
        final List<double[]> pillars = new ArrayList<>();
        final List<Integer> access = new ArrayList<>();
        StreetNetwork network;
        int[] networkNodeOf;
        int[] networkEdgeOf;
    }

    private static RandomGraph randomGraph(Random rnd) {
        RandomGraph g = new RandomGraph();
        int n = 20 + rnd.nextInt(250);
        for (int i = 0; i < n; i++) g.nodes.add(new double[] {LON0 + rnd.nextDouble() * 0.02, LAT0 + rnd.nextDouble() * 0.02});
        for (int i = 1; i < n; i++) addRandomEdge(g, rnd, rnd.nextInt(i), i);
        int extra = rnd.nextInt(2 * n);
        for (int k = 0; k < extra; k++) {
            int a = rnd.nextInt(n);
            int b = rnd.nextInt(10) == 0 ? a : rnd.nextInt(n);
            addRandomEdge(g, rnd, a, b);
        }
        NetworkBuilder builder = new NetworkBuilder("random");
        for (double[] p : g.nodes) builder.addNode(p[0], p[1]);
        for (int e = 0; e < g.ends.size(); e++) {
            builder.addEdge(g.ends.get(e)[0], g.ends.get(e)[1], g.pillars.get(e), g.access.get(e), Double.NaN);
        }
        g.network = builder.build();
        Map<String, Integer> byCoordinate = new HashMap<>();
        for (int v = 0; v < g.network.nodeCount(); v++) byCoordinate.put(g.network.nodeLon(v) + "," + g.network.nodeLat(v), v);
        g.networkNodeOf = new int[n];
        for (int i = 0; i < n; i++) g.networkNodeOf[i] = byCoordinate.get(g.nodes.get(i)[0] + "," + g.nodes.get(i)[1]);
        g.networkEdgeOf = matchEdges(g);
        return g;
    }

    private static void addRandomEdge(RandomGraph g, Random rnd, int a, int b) {
        int pillarCount = a == b ? 1 + rnd.nextInt(3) : rnd.nextInt(4) == 0 ? 1 + rnd.nextInt(3) : 0;
        double[] pillars = new double[2 * pillarCount];
        double[] pa = g.nodes.get(a);
        double[] pb = g.nodes.get(b);
        for (int k = 0; k < pillarCount; k++) {
            double f = (k + 1.0) / (pillarCount + 1);
            pillars[2 * k] = pa[0] + f * (pb[0] - pa[0]) + (rnd.nextDouble() - 0.5) * 0.003;
            pillars[2 * k + 1] = pa[1] + f * (pb[1] - pa[1]) + (rnd.nextDouble() - 0.5) * 0.003;
        }
        int r = rnd.nextInt(20);
        int access = r == 0 ? StreetNetwork.WALK_FORWARD : r == 1 ? StreetNetwork.WALK_BACKWARD : 3;
        g.ends.add(new int[] {a, b});
        g.pillars.add(pillars);
        g.access.add(access);
    }

    /** Which network edge each generated edge became (same ends and same first pillar/length). */
    private static int[] matchEdges(RandomGraph g) {
        Map<String, List<Integer>> byKey = new HashMap<>();
        StreetNetwork net = g.network;
        for (int e = 0; e < net.edgeCount(); e++) {
            int s = net.shapeStart(e);
            String key = net.edgeBase(e) + ">" + net.edgeAdj(e) + ">" + net.shapeLon(s + 1) + ">" + net.shapeLat(s + 1);
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
        }
        int[] result = new int[g.ends.size()];
        for (int e = 0; e < g.ends.size(); e++) {
            int[] ends = g.ends.get(e);
            double[] pillars = g.pillars.get(e);
            double[] next = pillars.length > 0 ? new double[] {pillars[0], pillars[1]} : g.nodes.get(ends[1]);
            String key = g.networkNodeOf[ends[0]] + ">" + g.networkNodeOf[ends[1]] + ">" + next[0] + ">" + next[1];
            result[e] = byKey.get(key).remove(0);
        }
        return result;
    }

    private static double geodesicMeters(double lon1, double lat1, double lon2, double lat2) {
        return Geodesic.WGS84.Inverse(lat1, lon1, lat2, lon2).s12;
    }

    private static double lengthMeters(RandomGraph g, int e) {
        double[] a = g.nodes.get(g.ends.get(e)[0]);
        double[] b = g.nodes.get(g.ends.get(e)[1]);
        double[] p = g.pillars.get(e);
        double total = 0;
        double lon = a[0], lat = a[1];
        for (int k = 0; k < p.length / 2; k++) {
            total += geodesicMeters(lon, lat, p[2 * k], p[2 * k + 1]);
            lon = p[2 * k];
            lat = p[2 * k + 1];
        }
        return total + geodesicMeters(lon, lat, b[0], b[1]);
    }

    /** Adjacency lists of the reference graph; entries are {to, secondsBits}. */
    private static final class Reference {
        final List<List<double[]>> adjacency = new ArrayList<>();

        int addNode() {
            adjacency.add(new ArrayList<>());
            return adjacency.size() - 1;
        }

        void addArc(int from, int to, double seconds) {
            if (Double.isFinite(seconds)) adjacency.get(from).add(new double[] {to, seconds});
        }

        double[] dijkstra(Map<Integer, Double> starts) {
            double[] dist = new double[adjacency.size()];
            Arrays.fill(dist, Double.POSITIVE_INFINITY);
            PriorityQueue<double[]> queue = new PriorityQueue<>((x, y) -> Double.compare(x[1], y[1]));
            for (Map.Entry<Integer, Double> s : starts.entrySet()) {
                if (s.getValue() < dist[s.getKey()]) {
                    dist[s.getKey()] = s.getValue();
                    queue.add(new double[] {s.getKey(), s.getValue()});
                }
            }
            while (!queue.isEmpty()) {
                double[] top = queue.poll();
                int u = (int) top[0];
                if (top[1] > dist[u]) continue;
                for (double[] arc : adjacency.get(u)) {
                    int v = (int) arc[0];
                    double d = dist[u] + arc[1];
                    if (d < dist[v]) {
                        dist[v] = d;
                        queue.add(new double[] {v, d});
                    }
                }
            }
            return dist;
        }
    }

    /**
     * Reference graph in which every point of {@code points} splits its edge; returns it and fills
     * {@code pointNode} with the reference node of each point itself (at the connector's far end).
     * A point has one node to start from (an arc towards the street) and, at pointNode + 1, one
     * to arrive at (an arc from the street): travel time is connector + path + connector even
     * between a point and itself.
     */
    private static Reference reference(RandomGraph g, double speedKmh, SnappedPoints points, int[] pointNode) {
        double spm = 3.6 / speedKmh;
        Reference ref = new Reference();
        for (int i = 0; i < g.nodes.size(); i++) ref.addNode();
        Map<Integer, List<Integer>> pointsOnEdge = new HashMap<>();
        int[] generatedEdgeOf = new int[g.network.edgeCount()];
        for (int e = 0; e < g.ends.size(); e++) generatedEdgeOf[g.networkEdgeOf[e]] = e;
        for (int i = 0; i < points.size(); i++) {
            pointNode[i] = ref.addNode();
            ref.addNode();
            if (!points.onNetwork(i)) continue;
            pointsOnEdge.computeIfAbsent(generatedEdgeOf[points.edge(i)], k -> new ArrayList<>()).add(i);
        }
        for (int e = 0; e < g.ends.size(); e++) {
            int access = g.access.get(e);
            double forward = (access & StreetNetwork.WALK_FORWARD) != 0 ? spm : Double.POSITIVE_INFINITY;
            double backward = (access & StreetNetwork.WALK_BACKWARD) != 0 ? spm : Double.POSITIVE_INFINITY;
            List<Integer> on = pointsOnEdge.getOrDefault(e, new ArrayList<>());
            on.sort((x, y) -> Double.compare(points.offsetMeters(x), points.offsetMeters(y)));
            int previous = g.ends.get(e)[0];
            double previousOffset = 0;
            for (int i : on) {
                int split = ref.addNode();
                double meters = points.offsetMeters(i) - previousOffset;
                ref.addArc(previous, split, cost(meters, forward));
                ref.addArc(split, previous, cost(meters, backward));
                double connector = points.connectorMeters(i) * spm;
                ref.addArc(pointNode[i], split, connector);
                ref.addArc(split, pointNode[i] + 1, connector);
                previous = split;
                previousOffset = points.offsetMeters(i);
            }
            double meters = lengthMeters(g, e) - previousOffset;
            ref.addArc(previous, g.ends.get(e)[1], cost(meters, forward));
            ref.addArc(g.ends.get(e)[1], previous, cost(meters, backward));
        }
        return ref;
    }

    /** Seconds for metres at seconds-per-metre (+Inf when forbidden); no metres cost nothing. */
    private static double cost(double meters, double secondsPerMeter) {
        return meters <= 0 ? 0 : meters * secondsPerMeter;
    }

    private static void assertClose(double expected, double actual, String message) {
        if (Double.isInfinite(expected)) {
            assertTrue(Double.isInfinite(actual), message + ": expected unreachable, got " + actual);
        } else {
            assertEquals(expected, actual, 2e-3 + 2e-6 * expected, message);
        }
    }

    @Test
    void singleSourceFromNodesEqualsReferenceDijkstra() {
        for (long seed = 1; seed <= 40; seed++) {
            Random rnd = new Random(seed);
            RandomGraph g = randomGraph(rnd);
            double speedKmh = 3 + 3 * rnd.nextDouble();
            double limit = rnd.nextBoolean() ? Double.POSITIVE_INFINITY : 200 + rnd.nextDouble() * 1500;
            Reference ref = reference(g, speedKmh, new Snapper(g.network, 1).snap(new double[0], new double[0], 500), new int[0]);
            EdgeCosts costs = EdgeCosts.walking(g.network, speedKmh);
            NetworkSearch search = new NetworkSearch(g.network);
            for (int q = 0; q < 5; q++) {
                int from = rnd.nextInt(g.nodes.size());
                double[] expected = ref.dijkstra(Map.of(from, 0.0));
                search.start(costs, limit);
                search.addSourceAtNode(g.networkNodeOf[from], 0, 7);
                search.run();
                int reached = 0;
                for (int i = 0; i < g.nodes.size(); i++) {
                    String msg = "seed " + seed + " query " + q + " node " + i;
                    int v = g.networkNodeOf[i];
                    if (Math.abs(expected[i] - limit) < 0.01) continue;
                    double want = expected[i] <= limit ? expected[i] : Double.POSITIVE_INFINITY;
                    assertClose(want, search.seconds(v), msg);
                    if (Double.isFinite(want)) {
                        assertEquals(7, search.nearestSource(v), msg);
                        reached++;
                    }
                }
                assertEquals(reached, search.reachedCount(), "seed " + seed + " reached count");
            }
        }
    }

    @Test
    void multiSourceOverPartialEdgesEqualsReferenceDijkstra() {
        for (long seed = 100; seed <= 140; seed++) {
            Random rnd = new Random(seed);
            RandomGraph g = randomGraph(rnd);
            double speedKmh = 3 + 3 * rnd.nextDouble();
            double limit = rnd.nextBoolean() ? Double.POSITIVE_INFINITY : 200 + rnd.nextDouble() * 1500;
            int sourceCount = 1 + rnd.nextInt(8);
            int targetCount = 50 + rnd.nextInt(100);
            int n = sourceCount + targetCount;
            double[] lon = new double[n];
            double[] lat = new double[n];
            for (int i = 0; i < n; i++) {
                lon[i] = LON0 - 0.002 + rnd.nextDouble() * 0.024;
                lat[i] = LAT0 - 0.002 + rnd.nextDouble() * 0.024;
            }
            SnappedPoints points = new Snapper(g.network, 1).snap(lon, lat, 300);
            int[] pointNode = new int[n];
            Reference ref = reference(g, speedKmh, points, pointNode);
            EdgeCosts costs = EdgeCosts.walking(g.network, speedKmh);
            NetworkSearch search = new NetworkSearch(g.network);
            search.start(costs, limit);
            Map<Integer, Double> starts = new HashMap<>();
            for (int s = 0; s < sourceCount; s++) {
                search.addSnappedSource(points, s, s);
                starts.put(pointNode[s], 0.0);
            }
            search.run();
            double[] expected = ref.dijkstra(starts);
            double[][] perSource = new double[sourceCount][];
            for (int s = 0; s < sourceCount; s++) perSource[s] = ref.dijkstra(Map.of(pointNode[s], 0.0));
            float[] seconds = new float[n];
            int[] nearest = new int[n];
            for (int t = sourceCount; t < n; t++) {
                String msg = "seed " + seed + " target " + t;
                double want = expected[pointNode[t] + 1];
                if (Math.abs(want - limit) < 0.01) continue;
                search.evaluateInto(points, t, limit, seconds, nearest, t);
                assertClose(want <= limit ? want : Double.POSITIVE_INFINITY, seconds[t], msg);
                if (Double.isFinite(want) && want <= limit) {
                    assertClose(want, perSource[nearest[t]][pointNode[t] + 1], msg + " nearest source " + nearest[t]);
                } else {
                    assertEquals(-1, nearest[t], msg);
                }
            }
            for (int s = 0; s < sourceCount; s++) {
                for (int i = 0; i < g.nodes.size(); i++) {
                    if (search.nearestSource(g.networkNodeOf[i]) != s) continue;
                    assertClose(expected[i], perSource[s][i], "seed " + seed + " node " + i + " in catchment of source " + s);
                }
            }
        }
    }

    @Test
    void collectReachedListsExactlyTheTargetsWithinTheLimit() {
        for (long seed = 200; seed <= 230; seed++) {
            Random rnd = new Random(seed);
            RandomGraph g = randomGraph(rnd);
            double speedKmh = 4.5;
            double limit = 100 + rnd.nextDouble() * 900;
            int n = 200;
            double[] lon = new double[n];
            double[] lat = new double[n];
            for (int i = 0; i < n; i++) {
                lon[i] = LON0 + rnd.nextDouble() * 0.02;
                lat[i] = LAT0 + rnd.nextDouble() * 0.02;
            }
            SnappedPoints points = new Snapper(g.network, 1).snap(lon, lat, 200);
            int[] pointNode = new int[n];
            Reference ref = reference(g, speedKmh, points, pointNode);
            EdgeCosts costs = EdgeCosts.walking(g.network, speedKmh);
            NetworkSearch search = new NetworkSearch(g.network);
            PointsByEdge targets = new PointsByEdge(points, g.network.edgeCount());
            ReachedTargets reached = new ReachedTargets();
            for (int s = 0; s < 5; s++) {
                search.start(costs, limit);
                search.addSnappedSource(points, s, s);
                search.run();
                search.collectReached(targets, limit, reached);
                double[] expected = ref.dijkstra(Map.of(pointNode[s], 0.0));
                float[] found = new float[n];
                Arrays.fill(found, Float.POSITIVE_INFINITY);
                for (int k = 0; k < reached.size(); k++) {
                    if (k > 0) assertTrue(reached.target(k - 1) < reached.target(k), "seed " + seed + " sorted, no duplicates");
                    found[reached.target(k)] = reached.seconds(k);
                }
                for (int t = 0; t < n; t++) {
                    double want = expected[pointNode[t] + 1];
                    if (Math.abs(want - limit) < 0.01) continue;
                    assertClose(want <= limit ? want : Double.POSITIVE_INFINITY, found[t], "seed " + seed + " source " + s + " target " + t);
                }
            }
        }
    }
}
