package org.lifecircle.web.siting;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.lifecircle.web.job.JobSnapshot;
import org.lifecircle.web.limits.ClientKey;
import org.lifecircle.web.project.ProjectService;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Starts site-selection runs as background jobs ({@code POST /api/siting/runs} answers the job;
 * progress, result and cancel are under {@code /api/jobs/{id}}). The request is validated here,
 * then {@link SitingService} queues the run on the open project (501 while none is loaded), one
 * unfinished run per user (409 naming the running job).
 */
@RestController
@Tag(name = "siting", description = "Site-selection runs (MCLP, LSCP, p-median) as jobs")
public class SitingController {

    private final ProjectService project;
    private final SitingService siting;

    public SitingController(ProjectService project, SitingService siting) {
        this.project = project;
        this.siting = siting;
    }

    @GetMapping("/api/siting/runs")
    @Operation(summary = "The site-selection runs recorded in the workspace for the open project, newest first")
    public List<Map<String, Object>> runs() {
        return siting.runs();
    }

    @PostMapping("/api/siting/runs")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Start a site-selection run; answers 202 with the job (follow /api/jobs/{id}/events)")
    public JobSnapshot start(@RequestBody(required = false) SiteRequest request, HttpServletRequest http) {
        SiteRequestCheck.check(request, project.types());
        return siting.start(request, ClientKey.of(http));
    }
}
