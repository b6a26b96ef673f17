package org.lifecircle.scenario;

import java.util.List;
import org.lifecircle.coverage.Counts;
import org.lifecircle.coverage.CoverageTally;

/**
 * Coverage of one facility type in a scenario: overall, and one tally per admin-unit level in the
 * order of {@code Study.unitLevels()} (empty without units). Holds O(levels × units) counts, no
 * per-cell array.
 */
public record TypeCoverage(String typeKey, Counts overall, List<CoverageTally> byLevel) {

    public TypeCoverage {
        byLevel = List.copyOf(byLevel);
    }

    /** Counts of unit {@code unit} of level {@code level}. */
    public Counts unit(int level, int unit) {
        return byLevel.get(level).group(unit);
    }
}
