package org.lifecircle.web.security.threats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lifecircle.store.user.Role;
import org.lifecircle.web.TestAuth;
import org.lifecircle.web.WebAppTest;
import org.lifecircle.web.security.Accounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * THREAT: anonymous admin takeover through an encoded path (issue #18, finding 1). The access rules
 * read the raw request URI while Spring MVC routes the decoded one, so {@code /%61pi/…} looked public
 * and {@code /api/%61dmin/…} looked like a planner's path. Each request below is one of the
 * reproductions, sent over real HTTP to the embedded Tomcat; each must be refused before any
 * controller runs: 400 problem+json naming the path, and nothing changed in the user store.
 */
@WebAppTest
class EncodedPathTakeoverTest {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    TestAuth.TestUsers users;

    private final ObjectMapper json = new ObjectMapper();
    private ThreatClient attacker;
    private String csrf;

    @BeforeEach
    void anonymousSession() throws Exception {
        attacker = new ThreatClient(port);
        csrf = attacker.csrfOfAnonymousSession();
    }

    @Test
    void anonymousCannotListUsersThroughAnEncodedApiSegment() throws Exception {
        refusedAsBadPath(attacker.send("GET", "/%61pi/admin/users", null), "GET /%61pi/admin/users");
    }

    @Test
    void anonymousCannotCreateAnAdminWithTheAnonymousCsrfPair() throws Exception {
        HttpResponse<String> r = attacker.send("POST", "/%61pi/admin/users",
                "{\"name\":\"evil\",\"role\":\"admin\",\"password\":\"evil-password-123\"}", "X-XSRF-TOKEN", csrf);
        refusedAsBadPath(r, "POST /%61pi/admin/users");
        assertTrue(accounts.store().find("evil").isEmpty(), "no user 'evil' was created");
    }

    @Test
    void anonymousCannotMintATokenForAnAdmin() throws Exception {
        HttpResponse<String> r = attacker.send("POST", "/%61pi/admin/users/" + TestAuth.ADMIN + "/tokens",
                "{\"label\":\"stolen\"}", "X-XSRF-TOKEN", csrf);
        refusedAsBadPath(r, "POST /%61pi/admin/users/admin/tokens");
    }

    @Test
    void anonymousCannotChangeAnAdminsPassword() throws Exception {
        // a second admin stands in for 'admin', whose password the other tests of this context sign in with;
        // disabled afterwards, as SecurityApiTest expects 'admin' to be the only enabled admin
        String victim = "victim-admin";
        if (accounts.store().find(victim).isEmpty()) accounts.create(victim, Role.ADMIN, "victim-password-123");
        try {
            HttpResponse<String> r = attacker.send("PUT", "/%61pi/admin/users/" + victim,
                    "{\"password\":\"owned-by-anonymous-1\"}", "X-XSRF-TOKEN", csrf);
            refusedAsBadPath(r, "PUT /%61pi/admin/users/" + victim);
            assertTrue(accounts.checkPassword(victim, "victim-password-123").isPresent(), "the admin's password is unchanged");
            assertFalse(accounts.checkPassword(victim, "owned-by-anonymous-1").isPresent(), "the attacker's password does not work");
        } finally {
            accounts.update(victim, null, null, true);
        }
    }

    @Test
    void aPlannerCannotReachTheAdminApiThroughAnEncodedLetter() throws Exception {
        String planner = users.plannerBearer();
        refusedAsBadPath(attacker.send("GET", "/api/%61dmin/users", null, "Authorization", planner), "planner GET /api/%61dmin/users");
        refusedAsBadPath(attacker.send("PUT", "/api/%61dmin/users/" + TestAuth.PLANNER, "{\"role\":\"admin\"}",
                "Authorization", planner), "planner promotes itself through /api/%61dmin/");
        assertEquals(Role.PLANNER, accounts.store().find(TestAuth.PLANNER).orElseThrow().role(), "the planner is still a planner");
    }

    @Test
    void anonymousCannotWriteThroughAnEncodedApiSegment() throws Exception {
        refusedAsBadPath(attacker.send("POST", "/%61pi/scenarios", "{\"name\":\"anonymous\"}", "X-XSRF-TOKEN", csrf),
                "anonymous scenario create");
        refusedAsBadPath(attacker.send("POST", "/%61pi/siting/runs", "{\"type\":\"fitness\",\"model\":\"mclp\",\"p\":2}",
                "X-XSRF-TOKEN", csrf), "anonymous siting run");
        String boundary = "threat-boundary-18";
        String multipart = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"sites.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\nid,lon,lat\nP1,114.05,22.54\n\r\n--" + boundary + "--\r\n";
        refusedAsBadPath(attacker.send("POST", "/%61pi/uploads", "multipart/form-data; boundary=" + boundary,
                multipart.getBytes(StandardCharsets.UTF_8), "X-XSRF-TOKEN", csrf), "anonymous upload");
    }

    private void refusedAsBadPath(HttpResponse<String> r, String what) throws Exception {
        assertEquals(400, r.statusCode(), what + " → " + r.statusCode() + " " + r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), what);
        JsonNode body = json.readTree(r.body());
        assertEquals("path", body.path("field").asText(), what + ": " + r.body());
        assertFalse(r.body().contains("Exception"), what + ": " + r.body());
    }
}
