package org.lifecircle.web.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/health}: the one API answer anonymous clients get (monitoring, readiness probes); says nothing about the data. */
@RestController
@Tag(name = "auth", description = "Sign in, who am I, API tokens")
public class HealthController {

    @GetMapping("/api/health")
    @Operation(summary = "Liveness: {\"status\": \"UP\"} while the server answers")
    public Map<String, String> health() {
        return Map.of("status", "UP");
    }
}
