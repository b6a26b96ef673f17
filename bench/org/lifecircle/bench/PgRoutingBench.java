package org.lifecircle.bench;

import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.lifecircle.network.StreetNetwork;
import org.lifecircle.network.load.NetworkLoader;
import org.lifecircle.network.traveltime.Locations;
import org.lifecircle.network.traveltime.NetworkTravelTimes;
import org.lifecircle.testing.PgRoutingReference;
import org.lifecircle.testing.PostgresDatabase;

/**
 * The same OD work done by LifeCircle and by pgRouting on the same network, side by side:
 * 1,000 sources × 10,000 targets (network vertices) within 15 minutes' walk, and unbounded
 * many-to-many for 100 sources. pgRouting runs {@code pgr_dijkstraCost} (which has no time bound:
 * the pairs are filtered afterwards), {@code pgr_drivingDistance} (its bounded one-to-all search,
 * joined to the targets) and unbounded {@code pgr_dijkstraCost}, inside PostgreSQL on one core; LifeCircle runs on all
 * cores and on one. Needs {@code LIFECIRCLE_PG_URL} (scripts/pg-test-cluster start).
 * Usage: {@code bench/run PgRoutingBench [network-file]}.
 */
public final class PgRoutingBench {

    private static final double SPEED_KMH = 4.5;
    private static final double LIMIT_SECONDS = 15 * 60;

    public static void main(String[] args) throws Exception {
        if (PostgresDatabase.url() == null) {
            System.out.println("PgRoutingBench needs PostgreSQL: eval \"$(scripts/pg-test-cluster start)\"");
            return;
        }
        Path file = Path.of(args.length > 0 ? args[0] : "../shared/data/liechtenstein/liechtenstein-latest.osm.pbf");
        long t0 = System.nanoTime();
        StreetNetwork network = NetworkLoader.load(file);
        System.out.printf(Locale.ROOT, "network %s: %,d nodes, %,d edges, loaded in %.1f s%n",
                file.getFileName(), network.nodeCount(), network.edgeCount(), seconds(t0));

        List<String> wkt = new ArrayList<>();
        for (int e = 0; e < network.edgeCount(); e++) {
            if (network.edgeAccess(e) == 0) continue;
            StringBuilder sb = new StringBuilder("LINESTRING(");
            for (int p = network.shapeStart(e); p < network.shapeEnd(e); p++) {
                if (p > network.shapeStart(e)) sb.append(',');
                sb.append(String.format(Locale.ROOT, "%.9f %.9f", network.shapeLon(p), network.shapeLat(p)));
            }
            wkt.add(sb.append(')').toString());
        }
        try (Connection c = PostgresDatabase.connect()) {
            t0 = System.nanoTime();
            PgRoutingReference ref = PgRoutingReference.fromWkt(c, wkt, "bench_edges");
            double[][] vertices = ref.vertices();
            System.out.printf(Locale.ROOT, "pgRouting graph: %,d edges, %,d vertices, built in %.1f s%n",
                    ref.edgeCount(), vertices.length, seconds(t0));

            Random random = new Random(2026);
            int[] from = pick(random, vertices.length, 1000);
            int[] to = pick(random, vertices.length, 10000);
            double speedMps = SPEED_KMH / 3.6;

            // Bounded 1,000 x 10,000 within 15 minutes.
            double ours = oursBounded(network, vertices, from, to, 2);
            double oursOne = oursBounded(network, vertices, from, to, 1);
            double pgr = pgrBounded(c, vertices, from, to, LIMIT_SECONDS * speedMps);
            double pgrCost = pgrCostWithin(c, vertices, from, to, LIMIT_SECONDS * speedMps);
            double best = Math.min(ours, oursOne);
            System.out.printf(Locale.ROOT, "bounded OD 1,000 x 10,000 within 15 min: LifeCircle %.2f s (2 threads), %.2f s (1 thread); "
                    + "pgRouting pgr_dijkstraCost (no bound, filtered) %.2f s: ratio %.0fx; "
                    + "pgRouting pgr_drivingDistance (bounded) %.2f s: ratio %.1fx%n",
                    ours, oursOne, pgrCost, pgrCost / best, pgr, pgr / best);

            // Unbounded 100 x 10,000.
            int[] from100 = java.util.Arrays.copyOf(from, 100);
            double oursAll = oursUnbounded(network, vertices, from100, to);
            double pgrAll = pgrUnbounded(c, vertices, from100, to);
            System.out.printf(Locale.ROOT, "unbounded OD 100 x 10,000: LifeCircle %.2f s; pgRouting pgr_dijkstraCost %.2f s; ratio %.0fx%n",
                    oursAll, pgrAll, pgrAll / oursAll);
        }
    }

    private static double oursBounded(StreetNetwork network, double[][] v, int[] from, int[] to, int threads) {
        NetworkTravelTimes model = new NetworkTravelTimes(network, 1.0, threads, 1);
        Locations sources = locate(model, v, from);
        Locations targets = locate(model, v, to);
        AtomicLong pairs = new AtomicLong();
        model.forEachSource(sources, targets, SPEED_KMH, LIMIT_SECONDS, (s, n, t, sec) -> pairs.addAndGet(n));
        long t0 = System.nanoTime();
        pairs.set(0);
        model.forEachSource(sources, targets, SPEED_KMH, LIMIT_SECONDS, (s, n, t, sec) -> pairs.addAndGet(n));
        double s = seconds(t0);
        System.out.printf(Locale.ROOT, "  LifeCircle bounded, %d thread(s): %,d pairs within 15 min in %.3f s (%,.0f pairs/s)%n",
                threads, pairs.get(), s, pairs.get() / s);
        return s;
    }

    private static double oursUnbounded(StreetNetwork network, double[][] v, int[] from, int[] to) {
        NetworkTravelTimes model = new NetworkTravelTimes(network, 1.0, 2, 1);
        Locations sources = locate(model, v, from);
        Locations targets = locate(model, v, to);
        AtomicLong pairs = new AtomicLong();
        long t0 = System.nanoTime();
        model.forEachSource(sources, targets, SPEED_KMH, Double.POSITIVE_INFINITY, (s, n, t, sec) -> pairs.addAndGet(n));
        double s = seconds(t0);
        System.out.printf(Locale.ROOT, "  LifeCircle unbounded: %,d pairs in %.3f s%n", pairs.get(), s);
        return s;
    }

    private static double pgrBounded(Connection c, double[][] v, int[] from, int[] to, double meters) throws Exception {
        long[] fromIds = ids(v, from);
        long[] toIds = ids(v, to);
        String sql = "WITH reached AS (SELECT from_v, node, agg_cost FROM pgr_drivingDistance("
                + "'SELECT id, source, target, cost FROM bench_edges', ?::bigint[], ?, directed := false)),"
                + " targets AS (SELECT DISTINCT unnest(?::bigint[]) AS node)"
                + " SELECT count(*) FROM reached JOIN targets USING (node)";
        long t0 = System.nanoTime();
        long pairs;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setArray(1, array(c, fromIds));
            ps.setDouble(2, meters);
            ps.setArray(3, array(c, toIds));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                pairs = rs.getLong(1);
            }
        }
        double s = seconds(t0);
        System.out.printf(Locale.ROOT, "  pgRouting bounded: %,d (source, distinct target vertex) pairs within 15 min in %.3f s%n", pairs, s);
        return s;
    }

    private static double pgrCostWithin(Connection c, double[][] v, int[] from, int[] to, double meters) throws Exception {
        String sql = "SELECT count(*) FROM pgr_dijkstraCost('SELECT id, source, target, cost FROM bench_edges',"
                + " ?::bigint[], ?::bigint[], directed := false) WHERE agg_cost <= ?";
        long t0 = System.nanoTime();
        long pairs;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setArray(1, array(c, ids(v, from)));
            ps.setArray(2, array(c, ids(v, to)));
            ps.setDouble(3, meters);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                pairs = rs.getLong(1);
            }
        }
        double s = seconds(t0);
        System.out.printf(Locale.ROOT, "  pgRouting pgr_dijkstraCost: %,d (source, distinct target vertex) pairs within 15 min in %.3f s%n", pairs, s);
        return s;
    }

    private static double pgrUnbounded(Connection c, double[][] v, int[] from, int[] to) throws Exception {
        long t0 = System.nanoTime();
        long pairs;
        String sql = "SELECT count(*) FROM pgr_dijkstraCost('SELECT id, source, target, cost FROM bench_edges',"
                + " ?::bigint[], ?::bigint[], directed := false)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setArray(1, array(c, ids(v, from)));
            ps.setArray(2, array(c, ids(v, to)));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                pairs = rs.getLong(1);
            }
        }
        double s = seconds(t0);
        System.out.printf(Locale.ROOT, "  pgRouting unbounded: %,d pairs in %.3f s%n", pairs, s);
        return s;
    }

    private static Locations locate(NetworkTravelTimes model, double[][] v, int[] idx) {
        double[] lon = new double[idx.length], lat = new double[idx.length];
        for (int i = 0; i < idx.length; i++) {
            lon[i] = v[idx[i]][1];
            lat[i] = v[idx[i]][2];
        }
        return model.locate(lon, lat);
    }

    private static long[] ids(double[][] v, int[] idx) {
        long[] out = new long[idx.length];
        for (int i = 0; i < idx.length; i++) out[i] = (long) v[idx[i]][0];
        return out;
    }

    private static Array array(Connection c, long[] v) throws Exception {
        Long[] boxed = new Long[v.length];
        for (int i = 0; i < v.length; i++) boxed[i] = v[i];
        return c.createArrayOf("bigint", boxed);
    }

    private static int[] pick(Random random, int n, int count) {
        int[] out = new int[count];
        for (int i = 0; i < count; i++) out[i] = random.nextInt(n);
        return out;
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}
