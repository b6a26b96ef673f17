package org.lifecircle.web.analysis;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.lifecircle.web.project.BoundingBox;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Coverage table, point check and village coverage; results come from the {@link AnalysisService}. */
@RestController
@Tag(name = "analysis", description = "Coverage per type and unit, the point check, village coverage")
public class AnalysisController {

    private final AnalysisService analysis;

    public AnalysisController(AnalysisService analysis) {
        this.analysis = analysis;
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
                            @Parameter(description = "latitude, WGS84 degrees") @RequestParam double lat) {
        BoundingBox.checkLonLat(lon, lat);
        return analysis.check(lon, lat);
    }

    @GetMapping("/api/villages/coverage")
    @Operation(summary = "Village-level coverage: which required types each village reaches")
    public VillageCoverage villages() {
        return analysis.villages();
    }
}
