package org.lifecircle.coverage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.lifecircle.network.geodesy.Wgs84;
import org.lifecircle.network.traveltime.NearestTimes;
import org.lifecircle.population.UnitLocator;

/**
 * Whether each place (village, admin unit) has a facility type: a facility lies inside its
 * polygon, or within {@code radiusMeters} in a straight line of its representative point, or
 * within the type's threshold from that point over the network (straight line in the fallback).
 * Any of the three counts as served; each is reported. The search runs to {@link #SEARCH_FACTOR}
 * times the threshold (or further when the evaluator asks for more), so an unserved place still
 * names its nearest facility and time when that lies up to twice the threshold away; beyond it
 * the place has none (+Inf). One multi-source search for the times,
 * a polygon index for "inside" (O(facilities × log vertices)) and O(places × facilities)
 * straight-line distances.
 */
public final class PlaceCoverage {

    /** How far past the threshold the place search goes, as a multiple of it. */
    public static final double SEARCH_FACTOR = 2;

    /**
     * One place for one type.
     *
     * @param inside          facilities inside the polygon (0 for point places)
     * @param nearest         index of the facility nearest in time, -1 when none is reached
     * @param nearestSeconds  its time, +Inf when none is reached
     * @param closest         index of the facility nearest in a straight line, -1 when there are none
     * @param closestMeters   its straight-line distance
     */
    public record Status(int place, int inside, int nearest, double nearestSeconds, int closest, double closestMeters,
            boolean withinRadius, boolean withinMinutes) {

        public boolean served() {
            return inside > 0 || withinRadius || withinMinutes;
        }
    }

    /** All places for one type; {@code share} = served ÷ places (NaN without places). */
    public record Result(String typeKey, double radiusMeters, List<Status> places, int served, boolean networkBased) {

        public Result {
            places = List.copyOf(places);
        }

        public double share() {
            return places.isEmpty() ? Double.NaN : (double) served / places.size();
        }
    }

    private PlaceCoverage() {
    }

    /** @param radiusMeters straight-line radius that counts as served, NaN for none */
    public static Result evaluate(CoverageEvaluator evaluator, Places places, TypeSpec type, FacilitySites sites,
            double radiusMeters) {
        int n = places.size();
        int m = sites.size();
        int[] inside = new int[n];
        if (places.polygons() && m > 0 && n > 0) {
            int[] placeOf = new UnitLocator(places.geometries()).locateAll(sites.lons(), sites.lats());
            for (int p : placeOf) {
                if (p >= 0) inside[p]++;
            }
        }
        float[] seconds = new float[n];
        int[] nearest = new int[n];
        Arrays.fill(seconds, Float.POSITIVE_INFINITY);
        Arrays.fill(nearest, -1);
        boolean networkBased = evaluator.networkBased();
        if (m > 0 && n > 0) {
            NearestTimes t = evaluator.model().nearest(evaluator.locate(sites),
                    evaluator.model().locate(places.lons(), places.lats()), type.speedKmh(),
                    Math.max(SEARCH_FACTOR * type.thresholdSeconds(), evaluator.searchLimitSeconds(type)));
            seconds = t.seconds();
            nearest = t.nearestSource();
            networkBased = t.networkBased();
        }
        List<Status> out = new ArrayList<>(n);
        int served = 0;
        for (int p = 0; p < n; p++) {
            int closest = -1;
            double closestMeters = Double.POSITIVE_INFINITY;
            for (int f = 0; f < m; f++) {
                double d = Wgs84.distanceMeters(places.lon(p), places.lat(p), sites.lon(f), sites.lat(f));
                if (d < closestMeters) {
                    closestMeters = d;
                    closest = f;
                }
            }
            boolean withinRadius = !Double.isNaN(radiusMeters) && closestMeters <= radiusMeters;
            Status s = new Status(p, inside[p], nearest[p], seconds[p], closest, closestMeters, withinRadius,
                    seconds[p] <= type.thresholdSeconds());
            if (s.served()) served++;
            out.add(s);
        }
        return new Result(type.key(), radiusMeters, out, served, networkBased);
    }
}
