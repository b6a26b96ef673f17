package org.lifecircle.web.security.threats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.lifecircle.web.LimitsAppTest;
import org.lifecircle.web.limits.Limits;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * THREAT: skipping the request rate limit through an encoded path (issue #18, findings 1 and 4: 21
 * password guesses per second instead of 2). Against the default limits, an anonymous client sends
 * one and a half bursts to {@code /%61pi/health} over real HTTP: never more than the burst plus what
 * refilled may be served; past it, every request is refused (400 for the spelling, or 429).
 */
@LimitsAppTest
class EncodedPathRateLimitTest {

    @LocalServerPort
    int port;

    @Autowired
    Limits limits;

    @Test
    void anEncodedApiSegmentDoesNotSkipTheRateLimit() throws Exception {
        ThreatClient client = new ThreatClient(port);
        int burst = limits.rate().burst();
        assertEquals(100, burst, "the default burst");
        int attempts = burst + burst / 2;
        long start = System.nanoTime();
        int served = 0;
        int lastStatus = 0;
        for (int i = 0; i < attempts; i++) {
            HttpResponse<String> r = client.send("GET", "/%61pi/health", null);
            lastStatus = r.statusCode();
            if (lastStatus < 400) served++;
            else assertTrue(lastStatus == 400 || lastStatus == 429, "refused as 400 or 429, got " + lastStatus + " " + r.body());
        }
        double allowed = burst + limits.rate().requestsPerSecond() * (System.nanoTime() - start) / 1e9 + 1;
        assertTrue(served <= allowed, served + " of " + attempts + " requests to /%61pi/health served; the limit allows "
                + (long) allowed + " (last status " + lastStatus + ")");
    }
}
