package org.lifecircle.web.analysis;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.lifecircle.web.project.BoundingBox;
import org.lifecircle.web.scenario.ScenarioService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Coverage table, point check and village coverage; results come from the {@link AnalysisService}. */
@RestController
@Tag(name = "analysis", description = "Coverage per type and unit, the point check, village coverage")
public class AnalysisController {

    private final AnalysisService analysis;
    private final ScenarioService scenarios;

    public AnalysisController(AnalysisService analysis, ScenarioService scenarios) {
        this.analysis = analysis;
        this.scenarios = scenarios;
    }

    @GetMapping("/api/coverage")
    @Operation(summary = "Coverage per facility type and admin unit (status not_computed until an evaluation exists)")
    public CoverageReport coverage() {
        return analysis.coverage();
    }

    @GetMapping("/api/check")
    @Operation(summary = "The point check: admin unit and village of the point; per facility type the facilities "
            + "reachable within 5/10/15 minutes with times, and whether the point meets the standard")
    public PointCheck check(@Parameter(description = "longitude, WGS84 degrees") @RequestParam double lon,
                            @Parameter(description = "latitude, WGS84 degrees") @RequestParam double lat,
                            @Parameter(description = "a scenario id: check against its facilities instead of the project's")
                            @RequestParam(required = false) String scenario) {
        BoundingBox.checkLonLat(lon, lat);
        if (scenario == null || scenario.equals(ScenarioService.BASELINE) || !scenarios.available()) return analysis.check(lon, lat);
        return analysis.check(lon, lat, scenarios.facilitySets(scenario));
    }

    @GetMapping("/api/villages/coverage")
    @Operation(summary = "Village-level coverage: which required types each village reaches")
    public VillageCoverage villages() {
        return analysis.villages();
    }
}
