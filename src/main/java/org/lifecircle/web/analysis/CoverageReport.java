package org.lifecircle.web.analysis;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * Coverage per facility type and per admin unit of every level ({@code GET /api/coverage}). {@code method} is
 * "network" or "straight-line" (DESIGN.md: every output says which was used). Lists are empty
 * unless {@code status} is COMPUTED.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CoverageReport(AnalysisStatus status, String message, String method, List<TypeCoverage> types,
                             List<UnitCoverage> units, List<LevelCoverage> levels) {

    /** Population covered within the threshold of one type; share = covered / population in [0, 1]. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TypeCoverage(String type, double minutes, double population, double covered, Double share,
                               Double target, Boolean meetsTarget) {
    }

    /** One admin unit's coverage, by type key. */
    public record UnitCoverage(String id, String name, Map<String, Share> types) {
    }

    /** Every admin unit of one level (community, street, township, village …); {@code units} above is the first level. */
    public record LevelCoverage(String level, List<UnitCoverage> units) {
    }

    /** {@code share} is null when the unit has none of the type's demand. */
    public record Share(double population, double covered, Double share) {
    }

    public static CoverageReport notComputed(String message) {
        return new CoverageReport(AnalysisStatus.NOT_COMPUTED, message, null, List.of(), List.of(), List.of());
    }
}
