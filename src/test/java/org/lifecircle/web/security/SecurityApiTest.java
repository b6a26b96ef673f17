package org.lifecircle.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lifecircle.store.Workspace;
import org.lifecircle.web.TestAuth;
import org.lifecircle.web.WebAppTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * FEATURE UNDER TEST: the security contract of issue #7 over real HTTP on the test server:
 * anonymous clients get 401 problem+json on every API read and write (public: health, auth, the
 * page); a viewer reads but gets 403 on scenario edits, siting runs, job cancel, uploads and admin;
 * wrong passwords, unknown, revoked and disabled tokens are 401; a browser session's writes need
 * the XSRF-TOKEN cookie echoed in X-XSRF-TOKEN; role changes and disabling reach a live session
 * on its next request; passwords and tokens are not in the tables in clear.
 */
@WebAppTest
class SecurityApiTest {

    private static final AtomicInteger NAMES = new AtomicInteger();
    private static String adminToken;

    @LocalServerPort
    int port;

    @Autowired
    Workspace workspace;

    private final ObjectMapper json = new ObjectMapper();
    private HttpApi anonymous;

    @BeforeEach
    void client() throws Exception {
        anonymous = new HttpApi(port);
        if (adminToken == null) {
            HttpResponse<String> r = anonymous.send("POST", "/api/auth/token", "{\"label\":\"security tests\"}",
                    "Authorization", HttpApi.basic(TestAuth.ADMIN, TestAuth.ADMIN_PASSWORD));
            assertEquals(201, r.statusCode(), r.body());
            JsonNode body = json.readTree(r.body());
            assertEquals("admin", body.get("user").asText());
            assertEquals("ADMIN", body.get("role").asText());
            adminToken = body.get("token").asText();
        }
    }

    @Test
    void anonymousClientsCannotReadOrWriteTheApi() throws Exception {
        for (String path : List.of("/api/project", "/api/layers", "/api/layers/roads", "/api/check?lon=114.05&lat=22.54",
                "/api/scenarios", "/api/exports/layers/facilities.geojson", "/api/jobs/1", "/api/admin/users", "/api/nothing")) {
            assertUnauthorized(anonymous.send("GET", path, null), "GET " + path);
        }
        assertUnauthorized(anonymous.send("POST", "/api/scenarios", "{\"name\":\"x\"}"), "create scenario");
        assertUnauthorized(anonymous.send("POST", "/api/scenarios/1/edits", "{\"op\":\"remove\"}"), "edit scenario");
        assertUnauthorized(anonymous.send("POST", "/api/siting/runs", "{}"), "siting run");
        assertUnauthorized(anonymous.send("DELETE", "/api/jobs/1", null), "cancel job");
        assertUnauthorized(anonymous.send("POST", "/api/uploads", "{}"), "upload");
        assertUnauthorized(anonymous.send("POST", "/api/admin/users", "{}"), "add user");
        assertUnauthorized(anonymous.send("GET", "/api/auth/me", null), "me");
        assertUnauthorized(anonymous.send("GET", "/api/project", null,
                "Authorization", HttpApi.basic(TestAuth.ADMIN, TestAuth.ADMIN_PASSWORD)), "Basic outside /api/auth/token");

        HttpResponse<String> health = anonymous.send("GET", "/api/health", null);
        assertEquals(200, health.statusCode());
        assertEquals("UP", json.readTree(health.body()).get("status").asText());
        for (String page : List.of("/", "/login.html", "/login.js", "/api.js", "/i18n.js", "/app.css")) {
            assertEquals(200, anonymous.send("GET", page, null).statusCode(), page);
        }
        HttpResponse<String> index = anonymous.send("GET", "/", null);
        assertEquals("nosniff", index.headers().firstValue("X-Content-Type-Options").orElse(null));
        assertEquals("DENY", index.headers().firstValue("X-Frame-Options").orElse(null));
    }

    @Test
    void aViewerReadsButCannotEditRunSitingCancelUploadOrAdminister() throws Exception {
        String viewer = newUser("VIEWER");
        String bearer = "Bearer " + issueToken(viewer);
        assertEquals(200, anonymous.send("GET", "/api/project", null, "Authorization", bearer).statusCode());
        assertEquals(200, anonymous.send("GET", "/api/exports/layers/facilities.geojson", null, "Authorization", bearer).statusCode());
        HttpResponse<String> create = anonymous.send("POST", "/api/scenarios", "{\"name\":\"viewer's\"}", "Authorization", bearer);
        assertForbidden(create, "create scenario");
        assertTrue(json.readTree(create.body()).get("detail").asText().contains("needs role PLANNER"), create.body());
        assertForbidden(anonymous.send("POST", "/api/scenarios/1/edits",
                "{\"op\":\"remove\",\"version\":1,\"facility\":\"F1\"}", "Authorization", bearer), "edit scenario");
        assertForbidden(anonymous.send("POST", "/api/siting/runs", "{\"type\":\"fitness\",\"model\":\"mclp\",\"p\":2}",
                "Authorization", bearer), "siting run");
        assertForbidden(anonymous.send("DELETE", "/api/jobs/1", null, "Authorization", bearer), "cancel job");
        assertForbidden(anonymous.send("POST", "/api/uploads", "{}", "Authorization", bearer), "upload");
        assertForbidden(anonymous.send("GET", "/api/admin/users", null, "Authorization", bearer), "list users");

        String planner = "Bearer " + issueToken(newUser("PLANNER"));
        int plannerCreate = anonymous.send("POST", "/api/scenarios", "{\"name\":\"p\"}", "Authorization", planner).statusCode();
        assertTrue(plannerCreate != 401 && plannerCreate != 403, "a planner passes the gate, got " + plannerCreate);
        assertForbidden(anonymous.send("GET", "/api/admin/users", null, "Authorization", planner), "planner lists users");
        assertEquals(200, anonymous.send("GET", "/api/admin/users", null, "Authorization", "Bearer " + adminToken).statusCode());
    }

    @Test
    void wrongPasswordsAndRevokedOrDisabledTokensAreRefused() throws Exception {
        String user = newUser("PLANNER");
        assertUnauthorized(anonymous.send("POST", "/api/auth/token", null, "Authorization", HttpApi.basic(user, "wrong-password")),
                "wrong password");
        assertUnauthorized(anonymous.send("POST", "/api/auth/token", null, "Authorization", HttpApi.basic("nobody", "whatever-1")),
                "unknown user");
        assertUnauthorized(anonymous.send("POST", "/api/auth/token", null), "no credentials");
        HttpResponse<String> issued = anonymous.send("POST", "/api/auth/token", null,
                "Authorization", HttpApi.basic(user, password(user)));
        assertEquals(201, issued.statusCode(), issued.body());
        JsonNode token = json.readTree(issued.body());
        String bearer = "Bearer " + token.get("token").asText();

        JsonNode me = json.readTree(anonymous.send("GET", "/api/auth/me", null, "Authorization", bearer).body());
        assertEquals(user, me.get("user").asText());
        assertEquals("PLANNER", me.get("role").asText());

        assertEquals(204, admin("DELETE", "/api/admin/tokens/" + token.get("id").asLong(), null).statusCode());
        assertUnauthorized(anonymous.send("GET", "/api/project", null, "Authorization", bearer), "revoked token");
        assertEquals(404, admin("DELETE", "/api/admin/tokens/" + token.get("id").asLong(), null).statusCode());
        assertUnauthorized(anonymous.send("GET", "/api/project", null, "Authorization", "Bearer not-a-token"), "made-up token");

        String second = "Bearer " + issueToken(user);
        assertEquals(200, anonymous.send("GET", "/api/project", null, "Authorization", second).statusCode());
        assertEquals(200, admin("PUT", "/api/admin/users/" + user, "{\"disabled\":true}").statusCode());
        assertUnauthorized(anonymous.send("GET", "/api/project", null, "Authorization", second), "disabled user's token");
        assertUnauthorized(anonymous.send("POST", "/api/auth/token", null, "Authorization", HttpApi.basic(user, password(user))),
                "disabled user's password");
        assertEquals(200, admin("PUT", "/api/admin/users/" + user, "{\"disabled\":false}").statusCode());
        assertEquals(200, anonymous.send("GET", "/api/project", null, "Authorization", second).statusCode());
    }

    @Test
    void browserSessionWritesNeedTheCsrfHeader() throws Exception {
        String user = newUser("PLANNER");
        HttpApi browser = new HttpApi(port);
        assertEquals(200, browser.send("GET", "/login.html", null).statusCode());
        String csrf = browser.cookie("XSRF-TOKEN").orElseThrow(() -> new AssertionError("no XSRF-TOKEN cookie"));
        String login = "{\"username\":\"" + user + "\",\"password\":\"" + password(user) + "\"}";

        HttpResponse<String> noHeader = browser.send("POST", "/api/auth/login", login);
        assertForbidden(noHeader, "login without the CSRF header");
        assertTrue(json.readTree(noHeader.body()).get("detail").asText().contains("CSRF"), noHeader.body());
        HttpResponse<String> wrong = browser.send("POST", "/api/auth/login",
                "{\"username\":\"" + user + "\",\"password\":\"not-it-at-all\"}", "X-XSRF-TOKEN", csrf);
        assertUnauthorized(wrong, "wrong password at login");

        HttpResponse<String> ok = browser.send("POST", "/api/auth/login", login, "X-XSRF-TOKEN", csrf);
        assertEquals(200, ok.statusCode(), ok.body());
        assertEquals("PLANNER", json.readTree(ok.body()).get("role").asText());
        String sessionCookie = ok.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie: " + ok.headers()));
        assertTrue(sessionCookie.contains("HttpOnly"), sessionCookie);
        assertTrue(sessionCookie.contains("SameSite=Lax"), sessionCookie);
        String rotated = browser.cookie("XSRF-TOKEN").orElseThrow();
        assertNotEquals(csrf, rotated, "a new CSRF token after sign-in");

        assertEquals(200, browser.send("GET", "/api/project", null).statusCode());
        HttpResponse<String> forged = browser.send("POST", "/api/scenarios", "{\"name\":\"forged\"}");
        assertForbidden(forged, "session write without the CSRF header");
        assertTrue(json.readTree(forged.body()).get("detail").asText().contains("X-XSRF-TOKEN"), forged.body());
        assertForbidden(browser.send("POST", "/api/scenarios", "{\"name\":\"old\"}", "X-XSRF-TOKEN", csrf),
                "the pre-login CSRF token");
        int withHeader = browser.send("POST", "/api/scenarios", "{\"name\":\"mine\"}", "X-XSRF-TOKEN", rotated).statusCode();
        assertTrue(withHeader != 401 && withHeader != 403, "with the header the write passes the gate, got " + withHeader);

        assertEquals(200, admin("PUT", "/api/admin/users/" + user, "{\"role\":\"viewer\"}").statusCode());
        assertForbidden(browser.send("POST", "/api/scenarios", "{\"name\":\"demoted\"}", "X-XSRF-TOKEN", rotated),
                "the session after the user was made a viewer");
        assertEquals("VIEWER", json.readTree(browser.send("GET", "/api/auth/me", null).body()).get("role").asText());

        assertForbidden(browser.send("POST", "/api/auth/logout", null), "logout without the CSRF header");
        assertEquals(204, browser.send("POST", "/api/auth/logout", null, "X-XSRF-TOKEN", rotated).statusCode());
        assertUnauthorized(browser.send("GET", "/api/project", null), "after logout");
    }

    @Test
    void disablingAUserEndsTheirBrowserSession() throws Exception {
        String user = newUser("VIEWER");
        HttpApi browser = new HttpApi(port);
        browser.send("GET", "/login.html", null);
        String csrf = browser.cookie("XSRF-TOKEN").orElseThrow();
        assertEquals(200, browser.send("POST", "/api/auth/login",
                "{\"username\":\"" + user + "\",\"password\":\"" + password(user) + "\"}", "X-XSRF-TOKEN", csrf).statusCode());
        assertEquals(200, browser.send("GET", "/api/project", null).statusCode());
        assertEquals(200, admin("PUT", "/api/admin/users/" + user, "{\"disabled\":true}").statusCode());
        assertUnauthorized(browser.send("GET", "/api/project", null), "disabled user's session");
    }

    @Test
    void passwordsAndTokensAreNotStoredInClear() throws Exception {
        String user = newUser("PLANNER");
        String token = issueToken(user);
        List<String> cells = new ArrayList<>();
        workspace.database().read(c -> {
            for (String table : List.of("app_user", "api_token")) {
                try (PreparedStatement ps = c.prepareStatement("SELECT * FROM " + table); ResultSet rs = ps.executeQuery()) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= columns; i++) cells.add(String.valueOf(rs.getObject(i)));
                    }
                }
            }
            return null;
        });
        assertTrue(cells.size() > 10, "read the tables: " + cells.size());
        for (String cell : cells) {
            assertFalse(cell.contains(password(user)), "a password in clear: " + cell);
            assertFalse(cell.contains(TestAuth.ADMIN_PASSWORD), "the admin password in clear: " + cell);
            assertFalse(cell.contains(token), "a token in clear: " + cell);
        }
        String hash = workspace.users().get(user).passwordHash();
        assertTrue(hash.startsWith("{pbkdf2@SpringSecurity_v5_8}"), hash);
        assertTrue(Passwords.encoder().matches(password(user), hash));
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        assertTrue(cells.contains(sha), "the token's SHA-256 is what is stored");
    }

    @Test
    void theAdminApiChecksItsInput() throws Exception {
        String user = newUser("VIEWER");
        assertBadInput(admin("POST", "/api/admin/users", "{\"name\":\"" + user + "\",\"role\":\"viewer\",\"password\":\"long-enough-1\"}"),
                "exists");
        assertBadInput(admin("POST", "/api/admin/users", "{\"name\":\"x" + user + "\",\"role\":\"boss\",\"password\":\"long-enough-1\"}"),
                "unknown role");
        assertBadInput(admin("POST", "/api/admin/users", "{\"name\":\"y" + user + "\",\"role\":\"viewer\",\"password\":\"short\"}"),
                "at least 12");
        assertBadInput(admin("POST", "/api/admin/users", "{\"name\":\"a b\",\"role\":\"viewer\",\"password\":\"long-enough-1\"}"),
                "user name");
        assertBadInput(admin("PUT", "/api/admin/users/admin", "{\"role\":\"planner\"}"), "without an enabled admin");
        assertEquals(404, admin("PUT", "/api/admin/users/nobody-here", "{\"role\":\"planner\"}").statusCode());
        assertEquals(404, admin("POST", "/api/admin/users/nobody-here/tokens", "{}").statusCode());
        assertEquals(404, admin("DELETE", "/api/admin/tokens/987654321", null).statusCode());

        JsonNode users = json.readTree(admin("GET", "/api/admin/users", null).body());
        boolean listed = false;
        for (JsonNode u : users) {
            if (u.get("name").asText().equals(user)) {
                listed = true;
                assertEquals("VIEWER", u.get("role").asText());
                assertFalse(u.has("password") || u.has("passwordHash"), u.toString());
            }
        }
        assertTrue(listed, users.toString());
    }

    private String newUser(String role) throws Exception {
        String name = "sec-" + role.toLowerCase() + "-" + NAMES.incrementAndGet();
        HttpResponse<String> r = admin("POST", "/api/admin/users",
                "{\"name\":\"" + name + "\",\"role\":\"" + role + "\",\"password\":\"" + password(name) + "\"}");
        assertEquals(201, r.statusCode(), r.body());
        return name;
    }

    private static String password(String user) {
        return "pw-of-" + user + "-long";
    }

    private String issueToken(String user) throws Exception {
        HttpResponse<String> r = admin("POST", "/api/admin/users/" + user + "/tokens", "{\"label\":\"test\"}");
        assertEquals(201, r.statusCode(), r.body());
        return json.readTree(r.body()).get("token").asText();
    }

    private HttpResponse<String> admin(String method, String path, String body) throws Exception {
        return anonymous.send(method, path, body, "Authorization", "Bearer " + adminToken);
    }

    private void assertUnauthorized(HttpResponse<String> r, String what) throws Exception {
        assertProblem(r, 401, "unauthorized", what);
        assertTrue(r.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"), what);
    }

    private void assertForbidden(HttpResponse<String> r, String what) throws Exception {
        assertProblem(r, 403, "forbidden", what);
    }

    private void assertBadInput(HttpResponse<String> r, String detailPart) throws Exception {
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(json.readTree(r.body()).get("detail").asText().contains(detailPart), r.body());
    }

    private void assertProblem(HttpResponse<String> r, int status, String type, String what) throws Exception {
        assertEquals(status, r.statusCode(), what + ": " + r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), what);
        JsonNode body = json.readTree(r.body());
        assertEquals("urn:lifecircle:problem:" + type, body.get("type").asText(), what);
        assertEquals(status, body.get("status").asInt(), what);
        assertFalse(body.get("detail").asText().isBlank(), what);
        assertFalse(r.body().contains("Exception"), what + ": " + r.body());
    }
}
