package org.lifecircle.web.scenario;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.lifecircle.store.StaleVersionException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Scenarios: the project's facilities plus versioned edits (add, move, remove, change capacity),
 * their coverage, and side-by-side comparison. Shapes in docs/api.md; an edit based on an old
 * version answers 409 with the current version.
 */
@RestController
@Tag(name = "scenarios", description = "Scenario create / edit / compare")
public class ScenarioController {

    private final ScenarioService scenarios;

    public ScenarioController(ScenarioService scenarios) {
        this.scenarios = scenarios;
    }

    @GetMapping("/api/scenarios")
    @Operation(summary = "All scenarios of the project with their coverage per type")
    public List<ScenarioView> list() {
        return scenarios.list();
    }

    @PostMapping("/api/scenarios")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a scenario from the baseline (or a copy of another scenario)")
    public ScenarioView create(@RequestBody(required = false) CreateRequest body) {
        return scenarios.create(body);
    }

    @GetMapping("/api/scenarios/{id}")
    @Operation(summary = "One scenario: its edits, coverage per type, and sites added / removed / moved")
    public ScenarioView get(@PathVariable String id) {
        return scenarios.get(id);
    }

    @PostMapping("/api/scenarios/{id}/edits")
    @Operation(summary = "Add, move or remove a facility or change its capacity, based on a version; answers the updated scenario")
    public ScenarioView edit(@PathVariable String id, @RequestBody(required = false) EditRequest body) {
        return scenarios.edit(id, body);
    }

    @PostMapping("/api/scenarios/{id}/sites")
    @Operation(summary = "Add accepted sites (e.g. site-selection results) of one type as one edit, based on a version; answers the updated scenario")
    public ScenarioView addSites(@PathVariable String id, @RequestBody(required = false) SitesRequest body) {
        return scenarios.addSites(id, body);
    }

    @GetMapping("/api/scenarios/compare")
    @Operation(summary = "Side-by-side comparison of two or more scenarios per type and per unit of every admin level "
            + "(ids comma-separated; 'baseline' for the project)")
    public ComparisonView compare(@RequestParam String ids) {
        return scenarios.compare(ids);
    }

    @ExceptionHandler(StaleVersionException.class)
    ResponseEntity<ProblemDetail> stale(StaleVersionException e) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        body.setType(URI.create("urn:lifecircle:problem:stale-version"));
        body.setTitle("Stale version");
        body.setProperty("field", "version");
        body.setProperty("currentVersion", e.currentVersion());
        return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }
}
