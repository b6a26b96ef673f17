package org.lifecircle.web.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.lifecircle.store.Workspace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/health}: the one API answer anonymous clients get (monitoring, readiness probes).
 * UP (200) while the workspace store takes writes; DOWN (503) with the reason when it is
 * read-only, closed or unreachable. It says nothing about the data. The store is probed with one
 * committed write ({@link org.lifecircle.store.Database#writeProblem}) at most once per
 * {@link #PROBE_INTERVAL_NANOS}; answers in between reuse the last result, so a flood of health
 * checks costs no more than one write a second.
 */
@RestController
@Tag(name = "auth", description = "Sign in, who am I, API tokens")
public class HealthController {

    static final long PROBE_INTERVAL_NANOS = 1_000_000_000L;
    private static final Logger LOG = LoggerFactory.getLogger(HealthController.class);

    private final Workspace workspace;
    private Probe last;

    private record Probe(Optional<String> problem, long atNanos) {
    }

    public HealthController(Workspace workspace) {
        this.workspace = workspace;
    }

    @GetMapping("/api/health")
    @Operation(summary = "Readiness: {\"status\": \"UP\"} (200) while the store takes writes, else"
            + " {\"status\": \"DOWN\", \"reason\": ...} (503)")
    public ResponseEntity<Map<String, String>> health() {
        Optional<String> problem = probe();
        Map<String, String> body = new LinkedHashMap<>();
        body.put("status", problem.isEmpty() ? "UP" : "DOWN");
        problem.ifPresent(p -> body.put("reason", p));
        return ResponseEntity.status(problem.isEmpty() ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).body(body);
    }

    private synchronized Optional<String> probe() {
        long now = System.nanoTime();
        if (last != null && now - last.atNanos() < PROBE_INTERVAL_NANOS) return last.problem();
        Optional<String> problem = workspace.database().writeProblem();
        if (problem.isPresent() && (last == null || last.problem().isEmpty())) LOG.warn("health: DOWN, {}", problem.get());
        last = new Probe(problem, now);
        return problem;
    }
}
