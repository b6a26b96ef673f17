package org.lifecircle.network.traveltime;

/**
 * Walking times between point sets, the API coverage and siting build on. Two models:
 * {@link NetworkTravelTimes} over a street network (DESIGN.md contract: connector + shortest
 * path between snapped positions + connector) and {@link StraightLineTravelTimes}, the fallback
 * when no network is given (ellipsoidal distance at the same speed). Every result says which
 * model made it ({@code networkBased}).
 *
 * <p>Use: {@link #locate} each point set once (snapping happens there), then ask
 * {@link #nearest} (one multi-source search per facility type: time to and index of the nearest
 * facility for every demand cell), {@link #reachFromEach} (coverage sets or a sparse cost matrix
 * from every candidate site) or {@link #forEachSource} (the same streamed, for OD matrices too
 * big to hold). Speeds are km/h ({@code 4.5} walking, {@code 3.6} elder care); time limits are
 * seconds, {@code Double.POSITIVE_INFINITY} for none; a time equal to the limit is within it.
 * Off-network points are never dropped: as sources they reach nothing, as targets they get
 * +Inf, and {@link Locations#offNetwork()} lists them for reporting.
 */
public interface TravelTimeModel {

    /** True for times over a street network, false for the straight-line fallback. */
    boolean networkBased();

    /** Places points given in WGS84 lon/lat degrees; the arrays are kept, not copied. */
    Locations locate(double[] lon, double[] lat);

    /**
     * Time from each target to its nearest source. Cost for a network: one bounded multi-source
     * search, O((V' + E') log V') plus O(targets).
     */
    NearestTimes nearest(Locations sources, Locations targets, double speedKmh, double limitSeconds);

    /**
     * For every source, the targets it reaches within the limit, delivered to {@code sink} in
     * ascending source order. Runs one bounded search per source, spread over the model's
     * threads, each with its own workspace; memory stays bounded by a few sources' results.
     */
    void forEachSource(Locations sources, Locations targets, double speedKmh, double limitSeconds, ReachSink sink);

    /** {@link #forEachSource} collected into a sparse sources × targets matrix. */
    default SparseTimes reachFromEach(Locations sources, Locations targets, double speedKmh, double limitSeconds) {
        SparseTimes.Collector collector = new SparseTimes.Collector(sources.size(), targets.size(), networkBased());
        forEachSource(sources, targets, speedKmh, limitSeconds, collector);
        return collector.build();
    }
}
