package org.lifecircle.web.analysis;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * Village-level coverage ({@code GET /api/villages/coverage}): for each village whether each
 * required facility type is within reach, and the share of villages fully covered.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VillageCoverage(AnalysisStatus status, String message, String method, Double fullyCoveredShare,
                              List<Village> villages) {

    /** {@code covered} maps a type key to whether the village reaches it within the threshold. */
    public record Village(String id, String name, Map<String, Boolean> covered, boolean fullyCovered) {
    }

    public static VillageCoverage notComputed(String message) {
        return new VillageCoverage(AnalysisStatus.NOT_COMPUTED, message, null, null, List.of());
    }
}
