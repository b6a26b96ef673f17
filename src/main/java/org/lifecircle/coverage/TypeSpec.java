package org.lifecircle.coverage;

import java.util.List;
import org.lifecircle.facility.Clause;
import org.lifecircle.facility.CoverageTarget;
import org.lifecircle.facility.FacilityType;
import org.lifecircle.population.DemandLayer;

/**
 * One facility type as evaluated: the standard from the pack with the project's settings applied
 * (resolved by {@code study.TypeSpecs}). A demand cell of layer {@code demand} is covered when its time to the
 * nearest facility is at most {@code thresholdSeconds}.
 *
 * @param key              the type key, as in the facilities file and the project's {@code types}
 * @param label            display label (the project's {@code label}, else the pack's names)
 * @param standard         the pack's type (before project settings)
 * @param minutes          threshold minutes, NaN when the threshold is a radius walked at {@code speedKmh}
 * @param radiusMeters     straight-line service radius, NaN when none is given
 * @param thresholdClause  where the threshold comes from (a document, or the project file)
 * @param speedClause      where the speed comes from
 * @param targets          coverage targets: the pack's and the project's, in that order
 */
public record TypeSpec(String key, String label, FacilityType standard, double thresholdSeconds, double minutes,
        double radiusMeters, double speedKmh, DemandLayer demand, Clause thresholdClause, Clause speedClause,
        List<CoverageTarget> targets) {

    public TypeSpec {
        if (!(thresholdSeconds > 0) || Double.isInfinite(thresholdSeconds)) {
            throw new IllegalArgumentException("threshold of " + key + " must be a positive number of seconds");
        }
        if (!(speedKmh > 0) || Double.isInfinite(speedKmh)) {
            throw new IllegalArgumentException("speed of " + key + " must be a positive number of km/h");
        }
        targets = List.copyOf(targets);
    }

    /** Threshold in minutes (the radius converted at the type's speed when there are no minutes). */
    public double thresholdMinutes() {
        return thresholdSeconds / 60.0;
    }

    public boolean hasRadius() {
        return !Double.isNaN(radiusMeters);
    }

    public double speedMps() {
        return speedKmh / 3.6;
    }
}
