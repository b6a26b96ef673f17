package org.lifecircle.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.lifecircle.network.linking.Snapper;
import org.lifecircle.network.load.NetworkLoader;
import org.lifecircle.network.traveltime.Locations;
import org.lifecircle.network.traveltime.NetworkTravelTimes;
import org.lifecircle.testing.NetworkWkt;
import org.lifecircle.testing.PgRoutingReference;
import org.lifecircle.testing.PostgresDatabase;
import org.lifecircle.testing.RequiresPostgres;

/**
 * FEATURE UNDER TEST: network travel times against an independent peer. pgRouting's
 * {@code pgr_dijkstraCost} on the undirected graph with cost = spheroidal length
 * ({@code ST_Length(geom::geography)}) is the reference; points sit on network vertices, so the
 * connectors are zero and the two must agree within 0.5 % on every pair, and agree on which
 * pairs are reachable at all.
 */
@RequiresPostgres
class PgRoutingComparisonTest {

    private static final Path DATA = Path.of("..", "shared", "data");
    private static final double SPEED_KMH = 4.5;
    private static final double SPEED_MPS = SPEED_KMH / 3.6;
    private static final double TOLERANCE = 0.005;

    @Test
    void futianLineLayerAgreesWithPgRouting() throws Exception {
        Path file = DATA.resolve("shenzhen-futian/futian-roads.geojson");
        StreetNetwork network = NetworkLoader.load(file);
        try (Connection c = PostgresDatabase.connect()) {
            PgRoutingReference ref = PgRoutingReference.fromGeoJson(c, file, "ref_futian");
            assertEquals(2595, ref.edgeCount());
            compare(network, ref, 42L, 40, 400);
        }
    }

    @Test
    void andorraOsmImportAgreesWithPgRouting() throws Exception {
        StreetNetwork network = NetworkLoader.load(DATA.resolve("andorra/andorra.osm.pbf"));
        try (Connection c = PostgresDatabase.connect()) {
            PgRoutingReference ref = PgRoutingReference.fromWkt(c, NetworkWkt.edges(network), "ref_andorra");
            compare(network, ref, 7L, 40, 400);
        }
    }

    /**
     * The pair counts of issue #16 (LifeCircle 183,783 reachable pairs against pgRouting's 185,693)
     * differ by design, not by a routing error: LifeCircle snaps points only to pieces of the
     * network with at least {@link Snapper#DEFAULT_MIN_COMPONENT_NODES} nodes (an isolated
     * fragment is not where a resident walks from), so a point on a smaller piece is off-network
     * within the 1 m snap distance used here, while pgRouting routes inside the fragment. And
     * pgRouting leaves out self-pairs, which LifeCircle reports at 0 s. With DISTINCT points and
     * every vertex as a target, the off-network points must be exactly those on pgRouting pieces
     * of fewer than 20 vertices, and the counts must match once the pairs inside those pieces and
     * the self-pairs are set aside.
     */
    @Test
    void liechtensteinDistinctPointsReachTheSamePairsAsPgRouting() throws Exception {
        StreetNetwork network = NetworkLoader.load(DATA.resolve("liechtenstein/liechtenstein-latest.osm.pbf"));
        try (Connection c = PostgresDatabase.connect()) {
            PgRoutingReference ref = PgRoutingReference.fromWkt(c, NetworkWkt.edges(network), "ref_liechtenstein");
            int vertices = ref.vertices().length;
            long[] counts = compare(network, ref, 2026L, 30, vertices, true, Snapper.DEFAULT_MIN_COMPONENT_NODES);
            assertEquals(counts[0] - counts[2], counts[1] - counts[3],
                    "LifeCircle pairs without self-pairs against pgRouting's pairs outside small pieces");
            assertTrue(counts[4] > 0, "Liechtenstein has vertices on pieces under 20 nodes");
        }
    }

    private static void compare(StreetNetwork network, PgRoutingReference ref, long seed, int fromCount, int toCount)
            throws Exception {
        compare(network, ref, seed, fromCount, toCount, false, 1);
    }

    /**
     * @return LifeCircle's reachable pairs, pgRouting's pairs, and the self-pairs among LifeCircle's
     */
    private static long[] compare(StreetNetwork network, PgRoutingReference ref, long seed, int fromCount, int toCount,
            boolean distinct, int minComponentNodes) throws Exception {
        double[][] vertices = ref.vertices();
        Random random = new Random(seed);
        int[] from = distinct ? distinct(random, vertices.length, fromCount) : pick(random, vertices.length, fromCount);
        int[] to = distinct ? distinct(random, vertices.length, toCount) : pick(random, vertices.length, toCount);

        long[] fromIds = new long[from.length];
        long[] toIds = new long[to.length];
        double[] fromLon = new double[from.length], fromLat = new double[from.length];
        double[] toLon = new double[to.length], toLat = new double[to.length];
        for (int i = 0; i < from.length; i++) {
            fromIds[i] = (long) vertices[from[i]][0];
            fromLon[i] = vertices[from[i]][1];
            fromLat[i] = vertices[from[i]][2];
        }
        for (int j = 0; j < to.length; j++) {
            toIds[j] = (long) vertices[to[j]][0];
            toLon[j] = vertices[to[j]][1];
            toLat[j] = vertices[to[j]][2];
        }
        Map<Long, Double> reference = ref.distancesMeters(fromIds, toIds);

        NetworkTravelTimes model = new NetworkTravelTimes(network, 1.0, 2, minComponentNodes);
        Locations sources = model.locate(fromLon, fromLat);
        Locations targets = model.locate(toLon, toLat);
        Map<Long, Integer> pieceSize = minComponentNodes > 1 ? ref.componentSizes() : Map.of();
        for (int i = 0; i < from.length; i++) {
            boolean small = pieceSize.getOrDefault(fromIds[i], Integer.MAX_VALUE) < minComponentNodes;
            assertEquals(!small, sources.onNetwork(i), "seed " + seed + ": source vertex " + fromIds[i]
                    + " snaps exactly when its piece has at least " + minComponentNodes + " vertices");
        }
        int smallTargets = 0;
        for (int j = 0; j < to.length; j++) {
            boolean small = pieceSize.getOrDefault(toIds[j], Integer.MAX_VALUE) < minComponentNodes;
            if (small) smallTargets++;
            assertEquals(!small, targets.onNetwork(j), "seed " + seed + ": target vertex " + toIds[j]
                    + " snaps exactly when its piece has at least " + minComponentNodes + " vertices");
        }

        Map<Long, Float> ours = new HashMap<>();
        model.forEachSource(sources, targets, SPEED_KMH, Double.POSITIVE_INFINITY, (s, n, t, sec) -> {
            for (int k = 0; k < n; k++) ours.put(PgRoutingReference.pairKey(s, t[k]), sec[k]);
        });

        boolean[] tieSource = new boolean[from.length];
        boolean[] tieTarget = new boolean[to.length];
        int ties = 0;
        if (distinct) {
            for (int i = 0; i < from.length; i++) if (tieSource[i] = interiorTie(network, sources, i)) ties++;
            for (int j = 0; j < to.length; j++) if (tieTarget[j] = interiorTie(network, targets, j)) ties++;
        }
        int compared = 0;
        long selfPairs = 0;
        long smallPiecePairs = 0;
        double worst = 0;
        for (int i = 0; i < from.length; i++) {
            for (int j = 0; j < to.length; j++) {
                Double meters = fromIds[i] == toIds[j] ? Double.valueOf(0) : reference.get(PgRoutingReference.pairKey(fromIds[i], toIds[j]));
                Float seconds = ours.get(PgRoutingReference.pairKey(i, j));
                String where = "seed " + seed + ", vertex " + fromIds[i] + " -> " + toIds[j];
                if (!sources.onNetwork(i) || !targets.onNetwork(j)) {
                    assertEquals(null, seconds, "off-network points reach nothing at " + where);
                    if (meters != null && fromIds[i] != toIds[j]) smallPiecePairs++;
                    continue;
                }
                assertEquals(meters != null, seconds != null,
                        "reachability differs at " + where + ": pgRouting " + meters + " m, LifeCircle " + seconds + " s");
                if (meters == null) continue;
                if (fromIds[i] == toIds[j]) selfPairs++;
                if (tieSource[i] || tieTarget[j]) continue;
                double expected = meters / SPEED_MPS;
                double error = Math.abs(seconds - expected);
                assertTrue(error <= TOLERANCE * expected + 0.05,
                        where + ": pgRouting " + expected + " s, LifeCircle " + seconds + " s");
                if (expected > 60) worst = Math.max(worst, error / expected);
                compared++;
            }
        }
        System.out.printf(Locale.ROOT, "%s: %d pairs compared with pgRouting, worst relative difference %.5f%%%n",
                network.source(), compared, worst * 100);
        assertTrue(compared > (long) fromCount * toCount / 4, "too few reachable pairs compared: " + compared);
        System.out.printf(Locale.ROOT, "  seed %d: %d x %d distinct=%b: LifeCircle %d reachable pairs (%d self-pairs), "
                + "pgRouting %d pairs (%d inside pieces under %d nodes, whose %d target vertices LifeCircle leaves off-network); "
                + "%d points lie on another way's interior too (times not compared)%n",
                seed, from.length, to.length, distinct, ours.size(), selfPairs, reference.size(), smallPiecePairs,
                minComponentNodes, smallTargets, ties);
        if (distinct) assertTrue(ties * 100 <= from.length + to.length, "ties must be rare: " + ties);
        return new long[] {ours.size(), reference.size(), selfPairs, smallPiecePairs, smallTargets};
    }

    /**
     * True when a point given at a vertex snapped into the interior of an edge (0 m away): the
     * vertex also lies on another way that crosses there without a shared node (a bridge, or
     * two OSM nodes at one position), an exact tie the snapping resolves to the other way, which
     * pgRouting's vertex does not see.
     */
    private static boolean interiorTie(StreetNetwork network, Locations points, int k) {
        var s = points.snapped();
        int e = s.edge(k);
        if (e < 0) return false;
        double offset = s.offsetMeters(k);
        return offset > 1e-3 && offset < network.edgeLengthMeters(e) - 1e-3;
    }

    /** {@code count} different indexes below n (all of them when count ≥ n), without replacement. */
    private static int[] distinct(Random random, int n, int count) {
        java.util.LinkedHashSet<Integer> s = new java.util.LinkedHashSet<>();
        while (s.size() < Math.min(n, count)) s.add(random.nextInt(n));
        return s.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int[] pick(Random random, int n, int count) {
        int[] out = new int[Math.min(n, count)];
        for (int i = 0; i < out.length; i++) out[i] = random.nextInt(n);
        return out;
    }
}
