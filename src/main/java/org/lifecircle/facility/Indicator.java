package org.lifecircle.facility;

import java.util.List;

/**
 * A per-capita standard: the sum of {@code measure} over the facilities of {@code typeKeys},
 * divided by the {@code demand} population expressed in {@code unit}; it meets a target when the
 * value is at least the target's value (every target in the built-in pack is a minimum).
 *
 * <p>Contract: {@link #value} is 0 for a positive population with no facilities, NaN for a zero
 * population; it grows linearly with the measure sum.
 */
public record Indicator(String key, String nameZh, String nameEn, IndicatorUnit unit, Measure measure,
        List<String> typeKeys, Demand demand, List<IndicatorTarget> targets) {

    public Indicator {
        typeKeys = List.copyOf(typeKeys);
        targets = List.copyOf(targets);
    }

    /** Indicator value for {@code measureSum} (m² or places) serving {@code population} people. */
    public double value(double measureSum, double population, double personsPerHousehold) {
        if (population <= 0) return Double.NaN;
        return measureSum / (population / unit.personsPerUnit(personsPerHousehold));
    }

    public boolean meets(double value, IndicatorTarget target) {
        return value >= target.value();
    }
}
