package org.lifecircle.network.traveltime;

import java.util.concurrent.ConcurrentHashMap;
import org.lifecircle.network.StreetNetwork;
import org.lifecircle.network.linking.SnappedPoints;
import org.lifecircle.network.linking.Snapper;
import org.lifecircle.network.search.EdgeCosts;
import org.lifecircle.network.search.NetworkSearch;
import org.lifecircle.network.search.PointsByEdge;
import org.lifecircle.network.search.ReachedTargets;

/**
 * {@link TravelTimeModel} over a street network: points snap to the nearest walkable edge
 * within the maximum snap distance (on a piece of the network large enough, see {@link Snapper}); times are connector + shortest path over partial edges +
 * connector, at one walking speed for everybody (per-edge speeds are {@link EdgeCosts#edgeSpeeds}).
 *
 * <p>Costs: building the model indexes the network's segments once, O(S). {@link #nearest} is
 * one bounded multi-source search; {@link #forEachSource} runs one bounded search per source on
 * {@code threads} threads (each its own {@link NetworkSearch} workspace) and only looks at the
 * targets on edges the search reached. Edge costs are cached per speed. Thread-safe.
 */
public final class NetworkTravelTimes implements TravelTimeModel {

    private final StreetNetwork network;
    private final Snapper snapper;
    private final double maxSnapMeters;
    private final int threads;
    private final ConcurrentHashMap<Double, EdgeCosts> costsBySpeed = new ConcurrentHashMap<>();

    /** Default maximum snap distance (500 m) and all available cores. */
    public NetworkTravelTimes(StreetNetwork network) {
        this(network, Snapper.DEFAULT_MAX_SNAP_METERS, Runtime.getRuntime().availableProcessors());
    }

    public NetworkTravelTimes(StreetNetwork network, double maxSnapMeters, int threads) {
        this(network, maxSnapMeters, threads, Snapper.DEFAULT_MIN_COMPONENT_NODES);
    }

    /** @param minComponentNodes smallest connected piece of the network points snap to (1 = every piece) */
    public NetworkTravelTimes(StreetNetwork network, double maxSnapMeters, int threads, int minComponentNodes) {
        if (!(maxSnapMeters >= 0)) throw new IllegalArgumentException("max snap distance must be >= 0 m");
        if (threads < 1) throw new IllegalArgumentException("threads must be >= 1");
        this.network = network;
        this.snapper = new Snapper(network, minComponentNodes);
        this.maxSnapMeters = maxSnapMeters;
        this.threads = threads;
    }

    public StreetNetwork network() {
        return network;
    }

    /** The snapper, e.g. to report the network pieces too small to snap to. */
    public Snapper snapper() {
        return snapper;
    }

    public double maxSnapMeters() {
        return maxSnapMeters;
    }

    @Override
    public boolean networkBased() {
        return true;
    }

    @Override
    public Locations locate(double[] lon, double[] lat) {
        return new Locations(this, lon, lat, snapper.snap(lon, lat, maxSnapMeters));
    }

    /** The walking costs of this network at a speed, built once per speed. */
    public EdgeCosts costs(double speedKmh) {
        return costsBySpeed.computeIfAbsent(speedKmh, kmh -> EdgeCosts.walking(network, kmh));
    }

    @Override
    public NearestTimes nearest(Locations sources, Locations targets, double speedKmh, double limitSeconds) {
        sources.checkOwner(this, "sources");
        targets.checkOwner(this, "targets");
        NetworkSearch search = new NetworkSearch(network);
        search.start(costs(speedKmh), limitSeconds);
        SnappedPoints from = sources.snapped();
        for (int s = 0; s < from.size(); s++) search.addSnappedSource(from, s, s);
        search.run();
        SnappedPoints to = targets.snapped();
        float[] seconds = new float[to.size()];
        int[] nearest = new int[to.size()];
        for (int t = 0; t < to.size(); t++) search.evaluateInto(to, t, limitSeconds, seconds, nearest, t);
        return new NearestTimes(seconds, nearest, true);
    }

    @Override
    public void forEachSource(Locations sources, Locations targets, double speedKmh, double limitSeconds, ReachSink sink) {
        sources.checkOwner(this, "sources");
        targets.checkOwner(this, "targets");
        EdgeCosts costs = costs(speedKmh);
        SnappedPoints from = sources.snapped();
        PointsByEdge byEdge = new PointsByEdge(targets.snapped(), network.edgeCount());
        OrderedSourceRunner.run(from.size(), threads, () -> {
            NetworkSearch search = new NetworkSearch(network);
            ReachedTargets reached = new ReachedTargets();
            return s -> {
                search.start(costs, limitSeconds);
                search.addSnappedSource(from, s, s);
                search.run();
                search.collectReached(byEdge, limitSeconds, reached);
                return new OrderedSourceRunner.Result(reached.size(), reached.targetsCopy(), reached.secondsCopy());
            };
        }, sink);
    }
}
