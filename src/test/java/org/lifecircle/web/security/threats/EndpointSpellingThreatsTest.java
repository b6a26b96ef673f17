package org.lifecircle.web.security.threats;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.lifecircle.store.user.Role;
import org.lifecircle.web.TestAuth;
import org.lifecircle.web.WebAppTest;
import org.lifecircle.web.security.Accounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * THREAT LIST (issue #18 item 7): for every protected endpoint the controllers map (read from
 * Spring MVC's own handler mapping, so a new endpoint is covered without code here) and each of
 * anonymous, viewer and planner, every path spelling of {@link Spellings} is tried over real HTTP.
 * A client whose role is insufficient never gets 2xx, 3xx or 5xx: only 400 (the firewall refuses
 * the spelling), 401, 403 or 404 (a spelling nothing routes). The plain spelling with a sufficient
 * role is never 401 / 403. The role an endpoint needs is the documented contract (docs/api.md
 * "Access control"), restated here as the oracle: {@code /api/admin/**} ADMIN; public
 * {@code /api/auth/**}, {@code GET /api/health}, the OpenAPI document and page; any other read
 * VIEWER, any other write PLANNER. One server, users signed in once, rate limits lifted.
 */
@WebAppTest
class EndpointSpellingThreatsTest {

    private static final Set<Integer> REFUSALS = Set.of(400, 401, 403, 404);

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    /** One request line the controllers map: method and path pattern. */
    record Endpoint(String method, String pattern) {

        /** The role the contract asks for; null when public. */
        Role required() {
            boolean read = method.equals("GET");
            if (pattern.equals("/api/admin") || pattern.startsWith("/api/admin/")) return Role.ADMIN;
            if (pattern.startsWith("/api/auth/") || (read && pattern.equals("/api/health"))) return null;
            if (pattern.startsWith("/v3/api-docs") || pattern.startsWith("/swagger-ui")) return null;
            return read ? Role.VIEWER : Role.PLANNER;
        }

        /** The pattern with harmless values for its variables. */
        String path() {
            return pattern.replaceAll("\\{id}", "1").replaceAll("\\{[^}]+}", "x1");
        }
    }

    /** A client: its name, role (null for anonymous) and how it authenticates. */
    record Client(String name, Role role, String bearer) {
    }

    @TestFactory
    Stream<DynamicTest> everyProtectedEndpointRefusesEverySpellingToAnInsufficientRole() {
        List<Endpoint> endpoints = protectedEndpoints();
        assertTrue(endpoints.size() >= 20, "the handler mapping lists the API: " + endpoints);
        List<Client> clients = List.of(new Client("anonymous", null, null), client(Role.VIEWER), client(Role.PLANNER));
        List<DynamicTest> tests = new ArrayList<>();
        for (Endpoint e : endpoints) {
            for (Client c : clients) {
                tests.add(DynamicTest.dynamicTest(c.name() + " " + e.method() + " " + e.pattern(), () -> check(e, c)));
            }
        }
        return tests.stream();
    }

    private void check(Endpoint endpoint, Client client) throws Exception {
        ThreatClient http = new ThreatClient(port);
        String csrf = client.bearer() == null ? http.csrfOfAnonymousSession() : null;
        boolean sufficient = client.role() != null && client.role().includes(endpoint.required());
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, String> spelling : Spellings.of(endpoint.path()).entrySet()) {
            String body = endpoint.method().equals("GET") || endpoint.method().equals("DELETE") ? null : "{}";
            List<String> headers = new ArrayList<>();
            if (client.bearer() != null) headers.addAll(List.of("Authorization", client.bearer()));
            if (csrf != null) headers.addAll(List.of("X-XSRF-TOKEN", csrf));
            HttpResponse<String> r = http.send(endpoint.method(), spelling.getValue(), body, headers.toArray(String[]::new));
            int status = r.statusCode();
            String line = spelling.getKey() + " " + endpoint.method() + " " + spelling.getValue() + " → " + status;
            if (!sufficient && !REFUSALS.contains(status)) {
                failures.add(line + " (role " + client.role() + " needs " + endpoint.required() + "): " + shorten(r.body()));
            }
            if (sufficient && spelling.getKey().equals("plain") && (status == 401 || status == 403)) {
                failures.add(line + " refused to a sufficient role " + client.role() + ": " + shorten(r.body()));
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    private List<Endpoint> protectedEndpoints() {
        Set<String> seen = new TreeSet<>();
        List<Endpoint> out = new ArrayList<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<String> patterns = info.getPathPatternsCondition() == null ? info.getPatternValues()
                    : info.getPathPatternsCondition().getPatternValues();
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            List<String> names = methods.isEmpty() ? List.of("GET", "POST") : methods.stream().map(Enum::name).toList();
            for (String pattern : patterns) {
                for (String method : names) {
                    Endpoint e = new Endpoint(method, pattern);
                    if (e.required() != null && seen.add(method + " " + pattern)) out.add(e);
                }
            }
        }
        return out;
    }

    private Client client(Role role) {
        String name = "threat-" + role.name().toLowerCase();
        if (accounts.store().find(name).isEmpty()) accounts.create(name, role, TestAuth.PLANNER_PASSWORD);
        return new Client(role.name().toLowerCase(), role, "Bearer " + accounts.issueToken(name, "threat list").token());
    }

    private static String shorten(String body) {
        return body.length() > 200 ? body.substring(0, 200) + "…" : body;
    }
}
