package org.lifecircle.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import org.lifecircle.network.NetworkBuilder;
import org.lifecircle.network.StreetNetwork;
import org.lifecircle.network.geodesy.Wgs84;
import org.lifecircle.network.linking.SnappedPoints;
import org.lifecircle.network.linking.Snapper;
import org.lifecircle.network.load.NetworkLoader;
import org.lifecircle.network.search.EdgeCosts;
import org.lifecircle.network.search.NetworkSearch;
import org.lifecircle.network.traveltime.Locations;
import org.lifecircle.network.traveltime.NearestTimes;
import org.lifecircle.network.traveltime.NetworkTravelTimes;

/**
 * Prints walking-network figures for the largest real networks in {@code ../shared/data}
 * (Liechtenstein OSM, Futian line layer) and a synthetic 1,000 × 1,000 street grid (1 M nodes):
 * load time, snapping rate, bounded 15-minute searches (relaxed edges per second, ns per relaxed
 * edge), one multi-source search from 500 facilities, and a 1,000 × 10,000 OD matrix within
 * 15 minutes on all cores. Points are placed up to 200 m from random nodes. Prints wall time and,
 * for the single-thread searches, thread CPU time (the figure that stays meaningful on a shared
 * machine). Seeded; run with {@code bench/run NetworkBench} ({@code bench/run NetworkBench grid}
 * for the synthetic grid alone).
 */
public final class NetworkBench {

    private static final double SPEED_KMH = 4.5;
    private static final double LIMIT_SECONDS = 15 * 60;
    private static final long SEED = 42;
    /** OD points fall near the first 20,000 nodes: all of the real networks, a compact district (~14 km across) of the grid. */
    private static final int DISTRICT_NODES = 20_000;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private NetworkBench() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("grid")) {
            long t0 = System.nanoTime();
            StreetNetwork grid = syntheticGrid(1000, 100);
            report("Synthetic grid 1000x1000, 100 m blocks", grid, seconds(t0));
            return;
        }
        Path data = Path.of(System.getProperty("lifecircle.shared", "../shared")).resolve("data");
        System.out.printf(Locale.ROOT, "NetworkBench: %d cores, speed %.1f km/h, limit %.0f min, seed %d%n",
                Runtime.getRuntime().availableProcessors(), SPEED_KMH, LIMIT_SECONDS / 60, SEED);
        long t0 = System.nanoTime();
        StreetNetwork li = NetworkLoader.load(data.resolve("liechtenstein/liechtenstein-latest.osm.pbf"));
        report("Liechtenstein OSM", li, seconds(t0));
        t0 = System.nanoTime();
        StreetNetwork futian = NetworkLoader.load(data.resolve("shenzhen-futian/futian-roads.geojson"));
        report("Futian line layer", futian, seconds(t0));
        t0 = System.nanoTime();
        StreetNetwork grid = syntheticGrid(1000, 100);
        report("Synthetic grid 1000x1000, 100 m blocks", grid, seconds(t0));
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    static StreetNetwork syntheticGrid(int side, double blockMeters) {
        double lat0 = 22.5;
        double dLat = blockMeters / Wgs84.metersPerDegreeLat(lat0);
        double dLon = blockMeters / Wgs84.metersPerDegreeLon(lat0);
        NetworkBuilder b = new NetworkBuilder("synthetic grid");
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) b.addNode(114 + x * dLon, lat0 + y * dLat);
        }
        int both = StreetNetwork.WALK_FORWARD | StreetNetwork.WALK_BACKWARD;
        double[] none = new double[0];
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                int n = y * side + x;
                if (x + 1 < side) b.addEdge(n, n + 1, none, both, Double.NaN);
                if (y + 1 < side) b.addEdge(n, n + side, none, both, Double.NaN);
            }
        }
        return b.build();
    }

    /**
     * Random points within 200 m of random nodes among the first {@code nodeWindow} node ids;
     * as ids follow a Hilbert curve, a window is a compact district.
     */
    private static double[][] pointsNearNodes(StreetNetwork net, int count, int nodeWindow, Random rnd) {
        double[] lon = new double[count];
        double[] lat = new double[count];
        for (int i = 0; i < count; i++) {
            int node = rnd.nextInt(Math.min(nodeWindow, net.nodeCount()));
            double meters = 200 * Math.sqrt(rnd.nextDouble());
            double angle = 2 * Math.PI * rnd.nextDouble();
            lat[i] = net.nodeLat(node) + meters * Math.sin(angle) / Wgs84.metersPerDegreeLat(net.nodeLat(node));
            lon[i] = net.nodeLon(node) + meters * Math.cos(angle) / Wgs84.metersPerDegreeLon(net.nodeLat(node));
        }
        return new double[][] {lon, lat};
    }

    private static void report(String name, StreetNetwork net, double loadSeconds) {
        Random rnd = new Random(SEED);
        System.out.printf(Locale.ROOT, "%n== %s: %,d nodes, %,d edges, %,d shape points; built in %.1f s%n", name,
                net.nodeCount(), net.edgeCount(), net.shapePointCount(), loadSeconds);

        long t0 = System.nanoTime();
        NetworkTravelTimes model = new NetworkTravelTimes(net);
        double indexSeconds = seconds(t0);
        double[][] cells = pointsNearNodes(net, 100_000, Integer.MAX_VALUE, rnd);
        t0 = System.nanoTime();
        Locations demand = model.locate(cells[0], cells[1]);
        double snapSeconds = seconds(t0);
        System.out.printf(Locale.ROOT, "snap index %.2f s; snapped 100,000 points in %.2f s (%,.0f points/s, %d cores), %d off-network%n",
                indexSeconds, snapSeconds, 100_000 / snapSeconds, Runtime.getRuntime().availableProcessors(), demand.offNetwork().length);

        EdgeCosts costs = model.costs(SPEED_KMH);
        NetworkSearch search = new NetworkSearch(net);
        int[] starts = new int[3000];
        for (int i = 0; i < starts.length; i++) starts[i] = rnd.nextInt(net.nodeCount());
        for (int i = 0; i < 500; i++) boundedSearch(search, costs, starts[i]);
        long relaxedBefore = search.relaxedSlots();
        long reached = 0;
        long cpu0 = THREADS.getCurrentThreadCpuTime();
        t0 = System.nanoTime();
        for (int i = 500; i < starts.length; i++) reached += boundedSearch(search, costs, starts[i]);
        double searchSeconds = seconds(t0);
        double cpuSeconds = (THREADS.getCurrentThreadCpuTime() - cpu0) / 1e9;
        long relaxed = search.relaxedSlots() - relaxedBefore;
        int queries = starts.length - 500;
        System.out.printf(Locale.ROOT,
                "bounded 15-min searches, 1 thread: %,d queries, %,.0f nodes reached/query, %,.0f edges relaxed/query;%n"
                        + "  wall %.2f s = %.3f ms/query, %,.0f relaxed edges/s = %.1f ns per relaxed edge;"
                        + " thread CPU %.2f s = %.1f ns per relaxed edge%n",
                queries, (double) reached / queries, (double) relaxed / queries, searchSeconds, searchSeconds * 1000 / queries,
                relaxed / searchSeconds, searchSeconds * 1e9 / relaxed, cpuSeconds, cpuSeconds * 1e9 / relaxed);

        double[][] facilityXy = pointsNearNodes(net, 500, Integer.MAX_VALUE, rnd);
        Locations facilities = model.locate(facilityXy[0], facilityXy[1]);
        model.nearest(facilities, demand, SPEED_KMH, LIMIT_SECONDS);
        t0 = System.nanoTime();
        NearestTimes nearest = model.nearest(facilities, demand, SPEED_KMH, LIMIT_SECONDS);
        double multiSeconds = seconds(t0);
        int covered = 0;
        for (int t = 0; t < nearest.size(); t++) if (nearest.reached(t)) covered++;
        System.out.printf(Locale.ROOT, "multi-source search from 500 facilities to 100,000 points within 15 min: %.1f ms, %,d points covered%n",
                multiSeconds * 1000, covered);

        double[][] fromXy = pointsNearNodes(net, 1_000, DISTRICT_NODES, rnd);
        double[][] toXy = pointsNearNodes(net, 10_000, DISTRICT_NODES, rnd);
        Locations from = model.locate(fromXy[0], fromXy[1]);
        Locations to = model.locate(toXy[0], toXy[1]);
        long[] pairs = {0};
        t0 = System.nanoTime();
        model.forEachSource(from, to, SPEED_KMH, LIMIT_SECONDS, (s, count, targets, secs) -> pairs[0] += count);
        double odSeconds = seconds(t0);
        System.out.printf(Locale.ROOT,
                "OD 1,000 x 10,000 (within %,d nodes) within 15 min, %d threads: %.2f s, %,d pairs within the limit, %,.0f matrix cells/s, %,.0f pairs/s%n",
                Math.min(DISTRICT_NODES, net.nodeCount()), Runtime.getRuntime().availableProcessors(), odSeconds, pairs[0], 1e7 / odSeconds, pairs[0] / odSeconds);
    }

    private static int boundedSearch(NetworkSearch search, EdgeCosts costs, int node) {
        search.start(costs, LIMIT_SECONDS);
        search.addSourceAtNode(node, 0, 0);
        search.run();
        return search.reachedCount();
    }
}
