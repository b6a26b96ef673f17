package org.lifecircle.web.security.threats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lifecircle.web.WebAppTest;
import org.lifecircle.web.security.SecurityHeaders;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * THREAT: script injection, framing, MIME sniffing and referrer leaks (issue #18 item 6). Every
 * response over real HTTP (the page, the API, a 401, a firewall refusal) carries the
 * Content-Security-Policy without inline script, {@code frame-ancestors 'none'}, nosniff and a
 * Referrer-Policy; the online tile hosts are allowed as image sources only when configured.
 */
@WebAppTest
class SecurityHeadersTest {

    @LocalServerPort
    int port;

    @Test
    void everyResponseCarriesTheHardeningHeaders() throws Exception {
        ThreatClient client = new ThreatClient(port);
        for (String path : List.of("/", "/login.html", "/app.js", "/api/health", "/api/project", "/%61pi/health",
                "/api/scenarios;jsessionid=x", "/nothing-here")) {
            HttpResponse<String> r = client.send("GET", path, null);
            String what = path + " → " + r.statusCode();
            String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("default-src 'self'"), what + ": " + csp);
            assertTrue(csp.contains("script-src 'self';"), what + ": " + csp);
            assertTrue(csp.contains("style-src 'self'") && !csp.contains("unsafe-inline"), what + ": " + csp);
            assertTrue(csp.contains("frame-ancestors 'none'"), what + ": " + csp);
            assertTrue(csp.contains("object-src 'none'"), what + ": " + csp);
            assertFalse(csp.contains(SecurityHeaders.OSM_TILES) || csp.contains("tianditu"), "no tile host unless configured: " + csp);
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(null), what);
            assertEquals("same-origin", r.headers().firstValue("Referrer-Policy").orElse(null), what);
        }
    }

    @Test
    void tileHostsAreImageSourcesOnlyWhenConfigured() {
        MockHttpServletRequest page = new MockHttpServletRequest("GET", "/");
        String offline = new SecurityHeaders(false, false).policy(page);
        String osm = new SecurityHeaders(true, false).policy(page);
        String tianditu = new SecurityHeaders(false, true).policy(page);
        assertTrue(offline.contains("img-src 'self' data:;"), offline);
        assertTrue(osm.contains("img-src 'self' data: " + SecurityHeaders.OSM_TILES + ";"), osm);
        assertTrue(tianditu.contains("img-src 'self' data: " + SecurityHeaders.TIANDITU_TILES + ";"), tianditu);
        assertFalse(tianditu.contains(SecurityHeaders.OSM_TILES), tianditu);
        for (String policy : List.of(offline, osm, tianditu)) {
            assertTrue(policy.contains("connect-src 'self';") && policy.contains("script-src 'self';"), policy);
        }
    }
}
