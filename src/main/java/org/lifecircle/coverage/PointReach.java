package org.lifecircle.coverage;

import java.util.List;

/**
 * What a point (a clicked location, a residential compound) reaches: per facility type the
 * facilities within the largest time band, nearest first. {@code snapMeters} is the point's
 * distance to the network (0 for straight-line times); an off-network point reaches nothing.
 */
public record PointReach(double lon, double lat, boolean onNetwork, double snapMeters, boolean networkBased,
        List<TypeReach> types) {

    public PointReach {
        types = List.copyOf(types);
    }

    /**
     * One type at the point: {@code nearestSeconds} is +Inf when no facility is within the bands;
     * {@code covered} when the nearest is within the type's threshold.
     */
    public record TypeReach(String typeKey, double thresholdSeconds, double nearestSeconds, boolean covered,
            List<Reached> reached) {

        public TypeReach {
            reached = List.copyOf(reached);
        }
    }

    /**
     * A facility reached from the point: walking seconds, the distance walked (seconds × speed) and
     * the smallest band (minutes) that holds it.
     */
    public record Reached(int index, String id, String name, double seconds, double meters, double bandMinutes) {
    }
}
