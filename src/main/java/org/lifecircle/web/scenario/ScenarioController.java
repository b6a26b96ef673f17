package org.lifecircle.web.scenario;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.lifecircle.web.problem.EngineUnavailableException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Scenarios: the baseline plus edits (add, move, remove facilities) and siting runs, and their
 * side-by-side comparison. The shapes are in docs/api.md; they need the scenario module and store.
 */
@RestController
@Tag(name = "scenarios", description = "Scenario create / edit / compare")
public class ScenarioController {

    private static final String ENGINE = "scenario";

    @GetMapping("/api/scenarios")
    @Operation(summary = "All scenarios with their coverage summary")
    public List<Map<String, Object>> list() {
        throw new EngineUnavailableException(ENGINE, "the scenario list");
    }

    @PostMapping("/api/scenarios")
    @Operation(summary = "Create a scenario from the baseline (or a copy of another scenario)")
    public Map<String, Object> create(@RequestBody(required = false) Map<String, Object> body) {
        throw new EngineUnavailableException(ENGINE, "creating a scenario");
    }

    @PostMapping("/api/scenarios/{id}/edits")
    @Operation(summary = "Add, move or remove a facility in a scenario; answers the scenario's updated coverage")
    public Map<String, Object> edit(@PathVariable String id, @RequestBody(required = false) Map<String, Object> body) {
        throw new EngineUnavailableException(ENGINE, "editing a scenario");
    }

    @GetMapping("/api/scenarios/compare")
    @Operation(summary = "Side-by-side comparison of scenarios (ids comma-separated)")
    public Map<String, Object> compare(@RequestParam String ids) {
        throw new EngineUnavailableException(ENGINE, "comparing scenarios");
    }
}
