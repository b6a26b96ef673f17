package org.lifecircle.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.lifecircle.network.load.NetworkLoader;
import org.lifecircle.network.traveltime.Locations;
import org.lifecircle.network.traveltime.NetworkTravelTimes;
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
        List<String> wkt = new ArrayList<>(network.edgeCount());
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
            PgRoutingReference ref = PgRoutingReference.fromWkt(c, wkt, "ref_andorra");
            compare(network, ref, 7L, 40, 400);
        }
    }

    private static void compare(StreetNetwork network, PgRoutingReference ref, long seed, int fromCount, int toCount)
            throws Exception {
        double[][] vertices = ref.vertices();
        Random random = new Random(seed);
        int[] from = pick(random, vertices.length, fromCount);
        int[] to = pick(random, vertices.length, toCount);

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

        NetworkTravelTimes model = new NetworkTravelTimes(network, 1.0, 2, 1);
        Locations sources = model.locate(fromLon, fromLat);
        Locations targets = model.locate(toLon, toLat);
        assertEquals(0, sources.offNetwork().length, "sources on vertices must snap");
        assertEquals(0, targets.offNetwork().length, "targets on vertices must snap");

        Map<Long, Float> ours = new HashMap<>();
        model.forEachSource(sources, targets, SPEED_KMH, Double.POSITIVE_INFINITY, (s, n, t, sec) -> {
            for (int k = 0; k < n; k++) ours.put(PgRoutingReference.pairKey(s, t[k]), sec[k]);
        });

        int compared = 0;
        double worst = 0;
        for (int i = 0; i < from.length; i++) {
            for (int j = 0; j < to.length; j++) {
                Double meters = fromIds[i] == toIds[j] ? Double.valueOf(0) : reference.get(PgRoutingReference.pairKey(fromIds[i], toIds[j]));
                Float seconds = ours.get(PgRoutingReference.pairKey(i, j));
                String where = "seed " + seed + ", vertex " + fromIds[i] + " -> " + toIds[j];
                assertEquals(meters != null, seconds != null,
                        "reachability differs at " + where + ": pgRouting " + meters + " m, LifeCircle " + seconds + " s");
                if (meters == null) continue;
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
        assertTrue(compared > fromCount * toCount / 4, "too few reachable pairs compared: " + compared);
    }

    private static int[] pick(Random random, int n, int count) {
        int[] out = new int[Math.min(n, count)];
        for (int i = 0; i < out.length; i++) out[i] = random.nextInt(n);
        return out;
    }
}
