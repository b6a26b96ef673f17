package org.lifecircle.web.siting;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.lifecircle.io.InputException;
import org.lifecircle.web.job.JobSnapshot;
import org.lifecircle.web.limits.ClientKey;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Starts site-selection runs as background jobs ({@code POST /api/siting/runs} answers the job;
 * progress, result ({@link SitingJobResult}) and cancel are under {@code /api/jobs/{id}}) and lists
 * the recorded runs. {@link SitingService} turns the body into the use case's request (400 naming
 * the field), then queues the run on the open project (501 while none is loaded), one unfinished
 * run per user (409 naming the running job).
 */
@RestController
@Tag(name = "siting", description = "Site-selection runs (MCLP, LSCP, p-median, capacitated) as jobs")
public class SitingController {

    private final SitingService siting;

    public SitingController(SitingService siting) {
        this.siting = siting;
    }

    @GetMapping("/api/siting/runs")
    @Operation(summary = "The site-selection runs recorded in the workspace for the open project, newest first")
    public List<SitingRunView> runs() {
        return siting.runs();
    }

    @PostMapping("/api/siting/runs")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Start a site-selection run; answers 202 with the job (follow /api/jobs/{id}/events),"
            + " whose result is a SitingJobResult")
    public JobSnapshot start(@RequestBody(required = false) SitingRunBody body, HttpServletRequest http) {
        if (body == null) throw InputException.of("body", "a JSON object with type, model and p or target is required");
        return siting.start(body, ClientKey.of(http));
    }
}
