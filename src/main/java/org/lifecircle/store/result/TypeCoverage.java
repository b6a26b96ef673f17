package org.lifecircle.store.result;

import java.util.Arrays;
import java.util.Objects;

/**
 * Coverage of one facility type in an evaluation: threshold minutes, demand population, covered
 * population, and the seconds from every demand cell to the nearest facility of the type
 * ({@code -1} = unreachable), in the order of the evaluation's cells layer. The array is owned
 * by the record.
 */
public record TypeCoverage(String facilityType, double minutes, double population, double covered, int[] cellSeconds) {

    public TypeCoverage {
        Objects.requireNonNull(facilityType, "facilityType");
        Objects.requireNonNull(cellSeconds, "cellSeconds");
    }

    /** covered ÷ population, 0 when there is no population. */
    public double share() {
        return population > 0 ? covered / population : 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TypeCoverage t && facilityType.equals(t.facilityType) && minutes == t.minutes
                && population == t.population && covered == t.covered && Arrays.equals(cellSeconds, t.cellSeconds);
    }

    @Override
    public int hashCode() {
        return Objects.hash(facilityType, minutes, population, covered, Arrays.hashCode(cellSeconds));
    }

    @Override
    public String toString() {
        return "TypeCoverage[" + facilityType + " " + minutes + " min, " + covered + "/" + population + ", "
                + cellSeconds.length + " cells]";
    }
}
