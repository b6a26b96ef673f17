package org.lifecircle.bench;

import com.graphhopper.GraphHopper;
import com.graphhopper.config.Profile;
import com.graphhopper.isochrone.algorithm.ShortestPathTree;
import com.graphhopper.routing.ev.BooleanEncodedValue;
import com.graphhopper.routing.ev.VehicleAccess;
import com.graphhopper.routing.util.EdgeFilter;
import com.graphhopper.routing.util.TraversalMode;
import com.graphhopper.routing.weighting.Weighting;
import com.graphhopper.storage.BaseGraph;
import com.graphhopper.storage.index.Snap;
import com.graphhopper.util.EdgeIteratorState;
import com.graphhopper.util.GHUtility;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.lifecircle.network.StreetNetwork;
import org.lifecircle.network.load.NetworkLoader;
import org.lifecircle.network.traveltime.Locations;
import org.lifecircle.network.traveltime.NetworkTravelTimes;
import org.lifecircle.testing.NetworkWkt;
import org.lifecircle.testing.PgRoutingReference;
import org.lifecircle.testing.PostgresDatabase;

/**
 * LifeCircle against its peers on the same work, fairly: the same DISTINCT network vertices as
 * sources and targets on every side, the same bound (15 minutes' walk at 4.5 km/h = 1,125 m), every
 * side warmed up ({@value #WARMUPS} runs each), then alternating A B A B with the ratio taken per
 * round (median and min–max), both sides on one thread, and both on two where each can (pgRouting:
 * two connections, each with half the sources; GraphHopper: two threads, each with half).
 * <ul>
 *   <li>pgRouting {@code pgr_drivingDistance} (its bounded one-to-all search, joined to the
 *       targets) against LifeCircle's bounded many-to-many, 1,000 sources × 10,000 targets (every
 *       vertex when the network has fewer);</li>
 *   <li>pgRouting's unbounded {@code pgr_dijkstraCost} against LifeCircle unbounded, 100 sources, the same targets;
 *       pgRouting leaves out self-pairs, so LifeCircle's count is printed without them too;</li>
 *   <li>GraphHopper's {@code ShortestPathTree} on the same OSM file (its own import, foot access,
 *       a distance weighting) with a distance limit, counting the targets it settles.</li>
 * </ul>
 * Each side counts its (source, target) pairs; equal counts show the sides did the same work.
 * Every LifeCircle run includes building its snapping index and locating the points, as every
 * pgRouting call builds its graph from the edge table.
 * On a shared machine the absolute times are indicative; the per-round ratios are what count.
 * Needs {@code LIFECIRCLE_PG_URL}. Usage: {@code bench/run PgRoutingBench [osm-file] [rounds]}.
 */
public final class PgRoutingBench {

    private static final double SPEED_KMH = 4.5;
    private static final double LIMIT_SECONDS = 15 * 60;
    private static final double LIMIT_METERS = LIMIT_SECONDS * SPEED_KMH / 3.6;
    private static final long SEED = 2026;
    private static final int WARMUPS = 3;

    private PgRoutingBench() {
    }

    public static void main(String[] args) throws Exception {
        if (PostgresDatabase.url() == null) {
            System.out.println("PgRoutingBench needs PostgreSQL: eval \"$(scripts/pg-test-cluster start)\"");
            return;
        }
        Path file = Path.of(args.length > 0 ? args[0] : "../shared/data/liechtenstein/liechtenstein-latest.osm.pbf");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        long t0 = System.nanoTime();
        StreetNetwork network = NetworkLoader.load(file);
        System.out.printf(Locale.ROOT, "PgRoutingBench: %d cores shared with other builds, seed %d, %d rounds%n",
                Runtime.getRuntime().availableProcessors(), SEED, rounds);
        System.out.printf(Locale.ROOT, "network %s: %,d nodes, %,d edges, loaded in %.1f s%n", file.getFileName(),
                network.nodeCount(), network.edgeCount(), seconds(t0));

        List<String> wkt = NetworkWkt.edges(network);
        GraphHopper hopper = graphHopper(file);
        try (Connection c1 = PostgresDatabase.connect(); Connection c2 = PostgresDatabase.connect()) {
            t0 = System.nanoTime();
            PgRoutingReference.fromWkt(c1, wkt, "bench_edges");
            double[][] vertices = vertices(c1);
            System.out.printf(Locale.ROOT, "pgRouting graph: %,d vertices, built in %.1f s%n", vertices.length, seconds(t0));

            Random random = new Random(SEED);
            int[] from = distinct(random, vertices.length, 1000);
            int[] to = distinct(random, vertices.length, 10000);
            int[] from100 = Arrays.copyOf(from, 100);
            long selfPairs100 = overlap(from100, to);
            Points points = new Points(vertices, from, to);
            Points points100 = new Points(vertices, from100, to);
            Connection[] both = {c1, c2};
            String bounded = String.format(Locale.ROOT, "bounded %,d × %,d within 15 min", from.length, to.length);
            String unbounded = String.format(Locale.ROOT, "unbounded %,d × %,d (no self-pairs)", from100.length, to.length);
            System.out.printf(Locale.ROOT, "distinct vertices: %,d sources, %,d targets (all vertices when fewer than 10,000)%n",
                    from.length, to.length);
            List<String> rows = new ArrayList<>();
            double meters = LIMIT_METERS;

            System.out.println(bounded + ", 1 thread each:");
            rows.add(Alternating.run(
                    new Alternating.Side("LifeCircle", () -> ours(network, points, LIMIT_SECONDS, 1, false)),
                    new Alternating.Side("pgr_drivingDistance", () -> pgrDriving(new Connection[] {c1}, points, meters)),
                    WARMUPS, rounds).row(bounded + ", 1 thread each"));
            System.out.println(bounded + ", 2 threads each:");
            rows.add(Alternating.run(
                    new Alternating.Side("LifeCircle", () -> ours(network, points, LIMIT_SECONDS, 2, false)),
                    new Alternating.Side("pgr_drivingDistance", () -> pgrDriving(both, points, meters)),
                    WARMUPS, rounds).row(bounded + ", 2 threads each"));

            GhPoints gh = new GhPoints(hopper, vertices, from, to);
            System.out.println(bounded + " against GraphHopper, 1 thread each:");
            rows.add(Alternating.run(
                    new Alternating.Side("LifeCircle", () -> ours(network, points, LIMIT_SECONDS, 1, false)),
                    new Alternating.Side("GraphHopper SPT", () -> graphHopperTrees(hopper, gh, meters, 1)),
                    WARMUPS, rounds).row(bounded + ", 1 thread each"));
            System.out.println(bounded + " against GraphHopper, 2 threads each:");
            rows.add(Alternating.run(
                    new Alternating.Side("LifeCircle", () -> ours(network, points, LIMIT_SECONDS, 2, false)),
                    new Alternating.Side("GraphHopper SPT", () -> graphHopperTrees(hopper, gh, meters, 2)),
                    WARMUPS, rounds).row(bounded + ", 2 threads each"));

            System.out.printf(Locale.ROOT, "%s, 1 thread each (%d self-pairs left out of LifeCircle's count):%n", unbounded,
                    selfPairs100);
            rows.add(Alternating.run(
                    new Alternating.Side("LifeCircle", () -> ours(network, points100, Double.POSITIVE_INFINITY, 1, true)),
                    new Alternating.Side("pgr_dijkstraCost", () -> pgrDijkstraCost(c1, points100)),
                    WARMUPS, rounds).row(unbounded + ", 1 thread each"));

            System.out.println();
            System.out.println(Alternating.header());
            rows.forEach(System.out::println);
        } finally {
            hopper.close();
        }
    }

    /** Sources and targets as pgRouting vertex ids and as points. */
    record Points(long[] fromIds, long[] toIds, double[] fromLon, double[] fromLat, double[] toLon, double[] toLat) {
        Points(double[][] v, int[] from, int[] to) {
            this(ids(v, from), ids(v, to), coord(v, from, 1), coord(v, from, 2), coord(v, to, 1), coord(v, to, 2));
        }
    }

    /** LifeCircle's many-to-many; with {@code noSelf} the pairs of a vertex with itself are not counted. */
    private static long ours(StreetNetwork network, Points p, double limitSeconds, int threads, boolean noSelf) {
        NetworkTravelTimes model = new NetworkTravelTimes(network, 1.0, threads, 1);
        Locations sources = model.locate(p.fromLon(), p.fromLat());
        Locations targets = model.locate(p.toLon(), p.toLat());
        AtomicLong pairs = new AtomicLong();
        model.forEachSource(sources, targets, SPEED_KMH, limitSeconds, (s, n, t, sec) -> {
            long k = n;
            if (noSelf) {
                for (int i = 0; i < n; i++) {
                    if (p.toIds()[t[i]] == p.fromIds()[s]) k--;
                }
            }
            pairs.addAndGet(k);
        });
        return pairs.get();
    }

    private static long pgrDriving(Connection[] connections, Points p, double meters) throws Exception {
        String sql = "WITH reached AS (SELECT from_v, node FROM pgr_drivingDistance("
                + "'SELECT id, source, target, cost FROM bench_edges', ?::bigint[], ?, directed := false)),"
                + " targets AS (SELECT unnest(?::bigint[]) AS node)"
                + " SELECT count(*) FROM reached JOIN targets USING (node)";
        int parts = connections.length;
        ExecutorService pool = Executors.newFixedThreadPool(parts);
        try {
            List<Future<Long>> futures = new ArrayList<>();
            for (int k = 0; k < parts; k++) {
                Connection c = connections[k];
                long[] part = slice(p.fromIds(), k, parts);
                futures.add(pool.submit(() -> {
                    try (PreparedStatement ps = c.prepareStatement(sql)) {
                        ps.setArray(1, array(c, part));
                        ps.setDouble(2, meters);
                        ps.setArray(3, array(c, p.toIds()));
                        try (ResultSet rs = ps.executeQuery()) {
                            rs.next();
                            return rs.getLong(1);
                        }
                    }
                }));
            }
            long sum = 0;
            for (Future<Long> f : futures) sum += f.get();
            return sum;
        } finally {
            pool.shutdown();
        }
    }

    private static long pgrDijkstraCost(Connection c, Points p) throws Exception {
        String sql = "SELECT count(*) FROM pgr_dijkstraCost('SELECT id, source, target, cost FROM bench_edges',"
                + " ?::bigint[], ?::bigint[], directed := false)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setArray(1, array(c, p.fromIds()));
            ps.setArray(2, array(c, p.toIds()));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** GraphHopper's import of the same file with the foot access LifeCircle's reader uses. */
    private static GraphHopper graphHopper(Path file) throws Exception {
        Path folder = Files.createTempDirectory("lifecircle-bench-gh-");
        GraphHopper hopper = new GraphHopper();
        hopper.setOSMFile(file.toAbsolutePath().toString());
        hopper.setGraphHopperLocation(folder.resolve("graph").toString());
        hopper.setStoreOnFlush(false);
        hopper.setEncodedValuesString("foot_access, foot_priority, foot_average_speed, foot_road_access, hike_rating, mtb_rating, country, road_class");
        hopper.setProfiles(new Profile("foot").setCustomModel(GHUtility.loadCustomModelFromJar("foot.json")));
        hopper.setMinNetworkSize(0);
        hopper.importOrLoad();
        return hopper;
    }

    /** The sources and targets snapped to GraphHopper's nodes (they lie on its tower nodes). */
    static final class GhPoints {
        final int[] sourceNodes;
        final int[] targetsAtNode;

        GhPoints(GraphHopper hopper, double[][] v, int[] from, int[] to) {
            BaseGraph graph = hopper.getBaseGraph();
            sourceNodes = new int[from.length];
            targetsAtNode = new int[graph.getNodes()];
            for (int i = 0; i < from.length; i++) sourceNodes[i] = node(hopper, v[from[i]]);
            for (int j : to) {
                int n = node(hopper, v[j]);
                if (n >= 0) targetsAtNode[n]++;
            }
        }

        private static int node(GraphHopper hopper, double[] vertex) {
            Snap snap = hopper.getLocationIndex().findClosest(vertex[2], vertex[1], EdgeFilter.ALL_EDGES);
            return snap.isValid() ? snap.getClosestNode() : -1;
        }
    }

    /** One ShortestPathTree per source with a distance limit, on {@code threads} threads. */
    private static long graphHopperTrees(GraphHopper hopper, GhPoints p, double meters, int threads) throws Exception {
        BaseGraph graph = hopper.getBaseGraph();
        BooleanEncodedValue access = hopper.getEncodingManager().getBooleanEncodedValue(VehicleAccess.key("foot"));
        Weighting weighting = new DistanceWeighting(access);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Long>> futures = new ArrayList<>();
            for (int k = 0; k < threads; k++) {
                int part = k;
                futures.add(pool.submit(() -> {
                    long pairs = 0;
                    for (int i = part; i < p.sourceNodes.length; i += threads) {
                        if (p.sourceNodes[i] < 0) continue;
                        ShortestPathTree tree = new ShortestPathTree(graph, weighting, false, TraversalMode.NODE_BASED);
                        tree.setDistanceLimit(meters);
                        long[] count = {0};
                        tree.search(p.sourceNodes[i], label -> count[0] += p.targetsAtNode[label.node]);
                        pairs += count[0];
                    }
                    return pairs;
                }));
            }
            long sum = 0;
            for (Future<Long> f : futures) sum += f.get();
            return sum;
        } finally {
            pool.shutdown();
        }
    }

    /** Metres along walkable edges: the same cost LifeCircle and pgRouting use. */
    private record DistanceWeighting(BooleanEncodedValue access) implements Weighting {
        @Override
        public double calcMinWeightPerDistance() {
            return 1;
        }

        @Override
        public double calcEdgeWeight(EdgeIteratorState edge, boolean reverse) {
            boolean open = reverse ? edge.getReverse(access) : edge.get(access);
            return open ? edge.getDistance() : Double.POSITIVE_INFINITY;
        }

        @Override
        public long calcEdgeMillis(EdgeIteratorState edge, boolean reverse) {
            return Math.round(edge.getDistance() / (SPEED_KMH / 3.6) * 1000);
        }

        @Override
        public double calcTurnWeight(int inEdge, int viaNode, int outEdge) {
            return 0;
        }

        @Override
        public long calcTurnMillis(int inEdge, int viaNode, int outEdge) {
            return 0;
        }

        @Override
        public boolean hasTurnCosts() {
            return false;
        }

        @Override
        public String getName() {
            return "distance";
        }
    }

    private static double[][] vertices(Connection c) throws Exception {
        List<double[]> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, lon, lat FROM bench_edges_v ORDER BY id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) out.add(new double[] {rs.getLong(1), rs.getDouble(2), rs.getDouble(3)});
        }
        return out.toArray(new double[0][]);
    }

    private static long[] slice(long[] v, int part, int parts) {
        int from = (int) ((long) v.length * part / parts);
        int to = (int) ((long) v.length * (part + 1) / parts);
        return Arrays.copyOfRange(v, from, to);
    }

    private static long overlap(int[] a, int[] b) {
        LinkedHashSet<Integer> s = new LinkedHashSet<>();
        for (int x : a) s.add(x);
        long n = 0;
        for (int x : b) if (s.contains(x)) n++;
        return n;
    }

    private static long[] ids(double[][] v, int[] idx) {
        long[] out = new long[idx.length];
        for (int i = 0; i < idx.length; i++) out[i] = (long) v[idx[i]][0];
        return out;
    }

    private static double[] coord(double[][] v, int[] idx, int k) {
        double[] out = new double[idx.length];
        for (int i = 0; i < idx.length; i++) out[i] = v[idx[i]][k];
        return out;
    }

    private static Array array(Connection c, long[] v) throws Exception {
        Long[] boxed = new Long[v.length];
        for (int i = 0; i < v.length; i++) boxed[i] = v[i];
        return c.createArrayOf("bigint", boxed);
    }

    /** {@code count} different indexes below n, in the order drawn (without replacement). */
    static int[] distinct(Random random, int n, int count) {
        LinkedHashSet<Integer> s = new LinkedHashSet<>();
        while (s.size() < Math.min(n, count)) s.add(random.nextInt(n));
        return s.stream().mapToInt(Integer::intValue).toArray();
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}
