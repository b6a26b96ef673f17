package org.lifecircle.network.isochrone;

import java.util.List;
import java.util.Locale;
import org.lifecircle.io.InputException;
import org.lifecircle.network.linking.Snapper;

/**
 * What one isochrone answer asks for, validated in one place for the command line and the API:
 * a start point, the minute values (each above 0 and at most {@link #MAX_MINUTES}), the speed,
 * the travel mode (only {@link #WALK} today), nested polygons or rings, the buffer around
 * reached streets and how far the start may lie from the streets. A bad value is an
 * {@link InputException} naming the field ("minutes", "speedKmh", "mode", "bufferMeters",
 * "maxSnapMeters"; the origin names its own field).
 *
 * @param minutes ascending is not required; duplicates are dropped when building
 */
public record IsochroneRequest(Origin origin, List<Double> minutes, double speedKmh, String mode, boolean rings,
        double bufferMeters, double maxSnapMeters) {

    public static final String WALK = "walk";
    public static final double MAX_MINUTES = 120;

    /**
     * Where the isochrones start.
     *
     * @param field the request field it came from ("lon", "facility", "--from"), named in errors
     * @param label how answers name it: a facility id or "lon,lat"
     */
    public record Origin(String field, String label, double lon, double lat) {

        public Origin {
            if (!(Math.abs(lon) <= 180) || !(Math.abs(lat) <= 90)) {
                throw InputException.of(field, String.format(Locale.ROOT, "lon,lat %s,%s is outside [-180,180] × [-90,90]", lon, lat));
            }
        }
    }

    public IsochroneRequest {
        minutes = List.copyOf(minutes);
        if (minutes.isEmpty()) throw InputException.of("minutes", "give at least one minutes value");
        for (double m : minutes) {
            if (!(m > 0) || m > MAX_MINUTES) {
                throw InputException.of("minutes", "each value must be above 0 and at most " + (int) MAX_MINUTES + ", got " + m);
            }
        }
        if (!(speedKmh > 0) || Double.isInfinite(speedKmh)) throw InputException.of("speedKmh", "must be a positive number of km/h");
        if (mode == null) mode = WALK;
        if (!WALK.equals(mode)) throw InputException.of("mode", "'" + mode + "' is not a travel mode; use " + WALK);
        if (!(bufferMeters > 0) || Double.isInfinite(bufferMeters)) throw InputException.of("bufferMeters", "must be a distance in metres > 0");
        if (!(maxSnapMeters >= 0)) throw InputException.of("maxSnapMeters", "must be a distance in metres >= 0");
    }

    /** Walking, nested, with the default buffer and snap distance. */
    public static IsochroneRequest walking(Origin origin, List<Double> minutes, double speedKmh) {
        return new IsochroneRequest(origin, minutes, speedKmh, WALK, false, IsochroneBuilder.DEFAULT_BUFFER_METERS,
                Snapper.DEFAULT_MAX_SNAP_METERS);
    }

    /** The same request drawn as rings (or nested when {@code asRings} is false). */
    public IsochroneRequest withRings(boolean asRings) {
        return new IsochroneRequest(origin, minutes, speedKmh, mode, asRings, bufferMeters, maxSnapMeters);
    }

    /**
     * A server limit on the number of distinct minute values (each costs one polygon): more is an
     * {@link InputException} on "minutes" naming the limit and the property that sets it.
     */
    public void checkCutoffs(int max, String property) {
        long distinct = minutes.stream().distinct().count();
        if (distinct > max) {
            throw InputException.of("minutes", "at most " + max + " values per request (" + property + "), got " + distinct);
        }
    }

    double[] minutesArray() {
        return minutes.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
