package org.lifecircle.store.result;

import java.util.Comparator;
import java.util.List;

/**
 * The evaluation of one scenario version: how travel time was measured ({@code network} or
 * {@code straight-line}), which population layer the per-cell arrays follow, and coverage per
 * facility type and per admin unit (kept sorted by type, then unit id).
 */
public record Evaluation(long scenarioVersion, String travelMode, String cellsLayer, List<TypeCoverage> types,
        List<UnitCoverage> units) {

    public Evaluation {
        types = types.stream().sorted(Comparator.comparing(TypeCoverage::facilityType)).toList();
        units = units.stream().sorted(Comparator.comparing(UnitCoverage::facilityType)
                .thenComparing(UnitCoverage::unitId)).toList();
    }
}
