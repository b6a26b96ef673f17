package org.lifecircle.web.scenario;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * One scenario as {@code /api/scenarios} answers it: id, name, version, times, number of edits and
 * the covered share per type (null when a type has no demand). {@code modifications} and
 * {@code sites} (against the baseline) only in the answers about one scenario.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ScenarioView(long id, String name, long version, String createdAt, String updatedAt, int edits,
        @JsonInclude(content = JsonInclude.Include.ALWAYS) Map<String, Double> coverage, List<EditView> modifications,
        SiteChangesView sites) {
}
