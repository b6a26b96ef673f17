package org.lifecircle.coverage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.lifecircle.network.traveltime.Locations;
import org.lifecircle.network.traveltime.NearestTimes;
import org.lifecircle.network.traveltime.SparseTimes;
import org.lifecircle.network.traveltime.TravelTimeModel;
import org.lifecircle.population.DemandCells;

/**
 * Times from demand cells to facilities, the core of coverage evaluation. The cells are located
 * (snapped) once, when the evaluator is built; then each facility type costs one multi-source
 * search, O((V + E) log V) over the network plus O(cells), however many facilities it has — so a
 * type can be re-evaluated quickly after a facility is added, moved or removed (pass the edited
 * {@link FacilitySites}). {@link #reach} answers the point check with one bounded single-source
 * search per type.
 *
 * <p>Times are facility → cell (the search starts at the facilities); with two-way walking they
 * equal cell → facility. <b>Bounded by default:</b> each type's search stops at its own threshold,
 * so it settles only the nodes within the life circle, and a cell beyond the threshold reads +Inf
 * (not covered, no nearest facility) exactly like an unreachable one. Every time within the
 * threshold is the same as an unbounded search's. Uses that need times beyond the threshold (the
 * time-to-nearest map, gap distances, {@code evaluate --search-minutes}) ask for a larger bound
 * with {@code searchLimitSeconds}: each search then runs to the larger of that and the type's
 * threshold (+Inf: the whole graph). Thread-safe if the model is.
 */
public final class CoverageEvaluator {

    private final TravelTimeModel model;
    private final DemandCells cells;
    private final Locations cellLocations;
    private final double searchLimitSeconds;

    /** The search limit that bounds every type at its own threshold (the default). */
    public static final double THRESHOLD = 0;

    /** Searches bounded at each type's threshold. */
    public CoverageEvaluator(TravelTimeModel model, DemandCells cells) {
        this(model, cells, THRESHOLD);
    }

    /**
     * @param searchLimitSeconds searches run to the larger of this and the type's threshold;
     *                           {@link #THRESHOLD} (0) for the threshold alone, +Inf for whole-graph searches
     */
    public CoverageEvaluator(TravelTimeModel model, DemandCells cells, double searchLimitSeconds) {
        if (!(searchLimitSeconds >= 0)) throw new IllegalArgumentException("search limit must be ≥ 0 s");
        this.model = model;
        this.cells = cells;
        this.cellLocations = model.locate(cells.lons(), cells.lats());
        this.searchLimitSeconds = searchLimitSeconds;
    }

    public TravelTimeModel model() {
        return model;
    }

    public DemandCells cells() {
        return cells;
    }

    public boolean networkBased() {
        return model.networkBased();
    }

    /** The requested bound beyond the thresholds ({@link #THRESHOLD} for none, +Inf for full searches). */
    public double searchLimitSeconds() {
        return searchLimitSeconds;
    }

    /** Where a search for this type stops: the larger of its threshold and the requested bound. */
    public double searchLimitSeconds(TypeSpec type) {
        return Math.max(type.thresholdSeconds(), searchLimitSeconds);
    }

    /** The cells as located by the model (snapping), computed once. */
    public Locations cellLocations() {
        return cellLocations;
    }

    /** Indexes of cells beyond the maximum snap distance, ascending (empty for straight-line times). */
    public int[] offNetworkCells() {
        return cellLocations.offNetwork();
    }

    /** Locates a facility set (snapping its points). */
    public Locations locate(FacilitySites sites) {
        return model.locate(sites.lons(), sites.lats());
    }

    /** Every cell's time to its nearest facility of the type: one multi-source search. */
    public TypeTimes times(TypeSpec type, FacilitySites sites) {
        return times(type, sites, locate(sites));
    }

    /** As {@link #times(TypeSpec, FacilitySites)} with the facilities already located. */
    public TypeTimes times(TypeSpec type, FacilitySites sites, Locations siteLocations) {
        int n = cells.size();
        double limit = searchLimitSeconds(type);
        if (sites.size() == 0) {
            float[] none = new float[n];
            Arrays.fill(none, Float.POSITIVE_INFINITY);
            int[] nearest = new int[n];
            Arrays.fill(nearest, -1);
            return new TypeTimes(type, sites, cells, none, nearest, model.networkBased(), limit);
        }
        NearestTimes t = model.nearest(siteLocations, cellLocations, type.speedKmh(), limit);
        return new TypeTimes(type, sites, cells, t.seconds(), t.nearestSource(), t.networkBased(), limit);
    }

    /**
     * The point check: for each type, the facilities reachable from (lon, lat) within the largest
     * of {@code bandMinutes} (and at least the type's threshold), nearest first, each with the
     * smallest band holding it.
     *
     * @param sites facility sets by type key; a type without an entry reaches nothing
     * @param bandMinutes ascending time bands, e.g. 5, 10, 15
     */
    public PointReach reach(double lon, double lat, List<TypeSpec> types, Map<String, FacilitySites> sites,
            double[] bandMinutes) {
        return reach(lon, lat, types, sites, Map.of(), bandMinutes);
    }

    /**
     * As {@link #reach(double, double, List, Map, double[])} with some facility sets already
     * located ({@link #locate}, by type key; a type without an entry is located here), so repeated
     * checks skip snapping the facilities.
     */
    public PointReach reach(double lon, double lat, List<TypeSpec> types, Map<String, FacilitySites> sites,
            Map<String, Locations> siteLocations, double[] bandMinutes) {
        if (bandMinutes.length == 0) throw new IllegalArgumentException("give at least one time band");
        for (int b = 1; b < bandMinutes.length; b++) {
            if (!(bandMinutes[b] > bandMinutes[b - 1])) throw new IllegalArgumentException("bands must ascend");
        }
        Locations point = model.locate(new double[] {lon}, new double[] {lat});
        double maxBandSeconds = bandMinutes[bandMinutes.length - 1] * 60.0;
        List<PointReach.TypeReach> out = new ArrayList<>();
        for (TypeSpec type : types) {
            FacilitySites s = sites.getOrDefault(type.key(), FacilitySites.empty(type.key()));
            double limit = Math.max(maxBandSeconds, type.thresholdSeconds());
            List<PointReach.Reached> reached = new ArrayList<>();
            if (s.size() > 0) {
                SparseTimes st = model.reachFromEach(point, siteLocations.containsKey(type.key())
                        ? siteLocations.get(type.key()) : locate(s), type.speedKmh(), limit);
                for (int k = 0; k < st.reachedCount(0); k++) {
                    int f = st.target(0, k);
                    double sec = st.seconds(0, k);
                    reached.add(new PointReach.Reached(f, s.id(f), s.name(f), sec, sec * type.speedMps(),
                            band(sec, bandMinutes)));
                }
            }
            reached.sort(Comparator.comparingDouble(PointReach.Reached::seconds));
            double nearest = reached.isEmpty() ? Double.POSITIVE_INFINITY : reached.get(0).seconds();
            out.add(new PointReach.TypeReach(type.key(), type.thresholdSeconds(), nearest,
                    nearest <= type.thresholdSeconds(), reached));
        }
        return new PointReach(lon, lat, point.onNetwork(0), point.snapMeters(0), model.networkBased(), out);
    }

    private static double band(double seconds, double[] bandMinutes) {
        for (double b : bandMinutes) {
            if (seconds <= b * 60.0) return b;
        }
        return Double.NaN;
    }
}
