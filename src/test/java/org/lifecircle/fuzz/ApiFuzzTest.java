package org.lifecircle.fuzz;

import static org.lifecircle.fuzz.ReaderProperty.check;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.lifecircle.web.DemoSession;
import org.lifecircle.web.DemoSessionTest;
import org.lifecircle.web.TestAuth;
import org.lifecircle.web.session.SessionHolder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * FEATURE UNDER TEST: the JSON API of the demo town, through MockMvc in the real Spring context,
 * on fuzzed request bodies, path variables, query parameters and path spellings. The first byte picks the
 * endpoint ({@link Endpoint}) and, for bodies, the content type, or a respelled protected path
 * ({@link PathSpelling}, never served to a client without the role); the rest is UTF-8 text whose
 * lines fill the request (see {@link #request}). Property: every answer has a status below 500
 * (a full job queue's 503 aside: back pressure by design) and a JSON body; an accepted siting
 * run is cancelled at once. The request rate limits are lifted: at ~50 requests/s the fuzzer would
 * otherwise see only 429s. Authentication: {@link ApiAuth}. Seeds and regression inputs:
 * {@code ApiFuzzTestInputs/}.
 */
@DemoSessionTest
@TestPropertySource(properties = {"lifecircle.limits.rate.requests-per-second=1000000",
    "lifecircle.limits.rate.burst=1000000", "lifecircle.limits.rate.writes-per-second=1000000",
    "lifecircle.limits.rate.write-burst=1000000"})
class ApiFuzzTest {

    /** What the first byte (modulo the count) selects; a first byte of {@value #PATH_SELECTOR} or more is a path spelling. */
    enum Endpoint { CREATE_SCENARIO, EDIT_SCENARIO, SITING_RUN, POINT_CHECK, LAYER }

    /** First bytes from here on try {@link PathSpelling}s (240 = 48 × 5 keeps the older seeds' endpoints). */
    static final int PATH_SELECTOR = 240;

    private static final String[] BODY_TYPES = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_JSON_VALUE,
        MediaType.APPLICATION_JSON_VALUE, MediaType.TEXT_PLAIN_VALUE};

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAuth.TestUsers users;

    @Autowired
    SessionHolder holder;

    private final ObjectMapper json = new ObjectMapper();
    private final List<String> layers = new ArrayList<>();
    private String scenarioId;

    @BeforeEach
    void loaded() throws Exception {
        DemoSession.await(holder);
        for (JsonNode l : read(mvc.perform(get("/api/layers").with(ApiAuth.planner(users))).andReturn().getResponse())) {
            layers.add(l.get("name").asText());
        }
        MockHttpServletResponse created = mvc.perform(post("/api/scenarios").with(ApiAuth.planner(users))
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"fuzz-" + System.nanoTime() + "\"}"))
                .andReturn().getResponse();
        scenarioId = read(created).get("id").asText();
    }

    @FuzzTest
    void api(byte[] data) throws Exception {
        if (data.length == 0) return;
        int selector = data[0] & 0xFF;
        if (selector >= PATH_SELECTOR) {
            pathSpelling(new String(data, 1, data.length - 1, StandardCharsets.UTF_8));
            return;
        }
        Endpoint endpoint = Endpoint.values()[selector % Endpoint.values().length];
        String bodyType = BODY_TYPES[(selector / Endpoint.values().length) % BODY_TYPES.length];
        String text = new String(data, 1, data.length - 1, StandardCharsets.UTF_8);
        MockHttpServletResponse response = mvc.perform(request(endpoint, bodyType, text).with(ApiAuth.planner(users)))
                .andReturn().getResponse();
        int status = response.getStatus();
        JsonNode body = read(response);
        boolean backPressure = status == 503 && "urn:lifecircle:problem:queue-full".equals(body.path("type").asText());
        check(status < 500 || backPressure, endpoint + " answered " + status + ": " + body);
        if (endpoint == Endpoint.SITING_RUN && status == 202) {
            mvc.perform(delete("/api/jobs/{id}", body.get("id").asText()).with(ApiAuth.planner(users)));
        }
    }

    /**
     * A protected path respelled by the fuzzer ({@link PathSpelling}: encoded letters in either hex
     * case, double encoding, case flips, {@code /./}, {@code //}, {@code ;params}, trailing slash),
     * sent anonymously (with the anonymous session's lack of a CSRF token), or as the planner to an
     * admin path. Property: never served (2xx, 3xx) and never a 5xx; only 400, 401, 403 or 404,
     * and the refusals as problem+json.
     */
    private void pathSpelling(String text) throws Exception {
        PathSpelling spelling = PathSpelling.of(text);
        MockHttpServletRequestBuilder request = spelling.request();
        request = spelling.asPlanner() ? request.with(ApiAuth.planner(users)) : request.with(ApiAuth.anonymous());
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        int status = response.getStatus();
        check(status == 400 || status == 401 || status == 403 || status == 404,
                spelling + " answered " + status + ": " + response.getContentAsString(StandardCharsets.UTF_8));
        if (status != 404) read(response);
    }

    /**
     * The request for {@code text}: a body as is (create, siting); "id NEWLINE body" for an edit,
     * an empty id meaning the scenario made for this run; "lon NEWLINE lat" for the point check;
     * "name NEWLINE bbox NEWLINE zoom" for a layer, a name that is a small number k meaning the
     * project's k-th layer. A missing line leaves the parameter out.
     */
    private MockHttpServletRequestBuilder request(Endpoint endpoint, String bodyType, String text) {
        String[] lines = text.split("\n", -1);
        return switch (endpoint) {
            case CREATE_SCENARIO -> post("/api/scenarios").contentType(bodyType).content(text);
            case SITING_RUN -> post("/api/siting/runs").contentType(bodyType).content(text);
            case EDIT_SCENARIO -> {
                String id = lines[0].isEmpty() ? scenarioId : lines[0];
                String body = lines.length > 1 ? text.substring(lines[0].length() + 1) : "";
                yield post("/api/scenarios/{id}/edits", id).contentType(bodyType).content(body);
            }
            case POINT_CHECK -> params(get("/api/check"), lines, "lon", "lat");
            case LAYER -> params(get("/api/layers/{name}", layerName(lines[0])), skipFirst(lines), "bbox", "zoom");
        };
    }

    private String layerName(String line) {
        if (line.length() == 1 && Character.isDigit(line.charAt(0))) {
            int k = line.charAt(0) - '0';
            if (k < layers.size()) return layers.get(k);
        }
        return line;
    }

    private static String[] skipFirst(String[] lines) {
        String[] rest = new String[lines.length - 1];
        System.arraycopy(lines, 1, rest, 0, rest.length);
        return rest;
    }

    private static MockHttpServletRequestBuilder params(MockHttpServletRequestBuilder request, String[] values,
            String... names) {
        for (int i = 0; i < names.length && i < values.length; i++) request.param(names[i], values[i]);
        return request;
    }

    private JsonNode read(MockHttpServletResponse response) throws IOException {
        String content = response.getContentAsString(StandardCharsets.UTF_8);
        String type = response.getContentType();
        check(type != null && (type.contains("json")), response.getStatus() + " answered with content type " + type
                + ": " + content);
        try {
            return json.readTree(content);
        } catch (IOException e) {
            throw new AssertionError(response.getStatus() + " answered with a body that is not JSON: " + content, e);
        }
    }
}
