package org.lifecircle.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lifecircle.coverage.FacilitySites;
import org.lifecircle.coverage.TypeSpec;
import org.lifecircle.coverage.TypeTimes;
import org.lifecircle.web.session.ProjectSession;
import org.lifecircle.web.session.SessionHolder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.ResultActions;

/**
 * FEATURE UNDER TEST: site selection and scenarios over the demo town's real session. References:
 * the coverage engine recounting the chosen sites / edited facilities with its own multi-source
 * search, the baseline evaluation for the curve's first point, and the candidate file for the
 * sites' coordinates. Every 400 / 404 / 409 answer is problem+json naming the field.
 */
@DemoSessionTest
class SitingAndScenarioApiTest {

    private static final String PROBLEM = "application/problem+json";

    @Autowired
    MockMvc mvc;

    @Autowired
    SessionHolder holder;

    private final ObjectMapper json = new ObjectMapper();
    private ProjectSession session;

    @BeforeEach
    void loaded() throws InterruptedException {
        DemoSession.await(holder);
        session = holder.session().orElseThrow();
    }

    @Test
    void sitingRunOnTheCandidateFileCoversWhatTheCoverageEngineRecounts() throws Exception {
        JsonNode job = json.readTree(mvc.perform(postJson("/api/siting/runs",
                "{\"type\":\"elder_care\",\"model\":\"mclp\",\"p\":3,\"candidates\":\"file:candidates.csv\"}"))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString());
        JsonNode done = awaitJob(job.get("id").asText());
        assertEquals("SUCCEEDED", done.get("state").asText(), done.toString());
        assertEquals(1.0, done.get("progress").asDouble(), 1e-12);
        JsonNode r = done.get("result");
        assertEquals(3, r.get("sites").size());
        Map<String, double[]> candidates = new HashMap<>();
        for (String line : Files.readAllLines(Path.of("gis-data/candidates.csv")).subList(1, 93)) {
            String[] f = line.split(",");
            candidates.put(f[0], new double[] {Double.parseDouble(f[1]), Double.parseDouble(f[2])});
        }
        TypeSpec type = session.type("elder_care").orElseThrow();
        FacilitySites sites = session.sites("elder_care");
        for (int k = 0; k < 3; k++) {
            JsonNode s = r.get("sites").get(k);
            double[] at = candidates.get(s.get("id").asText());
            assertEquals(at[0], s.get("lon").asDouble(), 1e-7);
            assertEquals(at[1], s.get("lat").asDouble(), 1e-7);
            assertEquals(k + 1, s.get("rank").asInt());
            sites = sites.withAdded(s.get("id").asText(), "", at[0], at[1], Double.NaN, Double.NaN);
        }
        double recount = covered(type, sites);
        assertEquals(recount, r.get("coveredWeight").asDouble(), 1e-6 * recount);
        double baselineShare = session.baseline().type("elder_care").overall().share();
        assertEquals(baselineShare, r.get("baselineShare").asDouble(), 1e-9);
        assertEquals(0, r.get("curve").get(0).get("sites").asInt());
        assertEquals(baselineShare, r.get("curve").get(0).get("share").asDouble(), 1e-9);
        assertTrue(r.get("curve").size() >= 4);
        assertTrue(r.get("curve").get(3).get("share").asDouble() <= r.get("share").asDouble() + 1e-9);
        double gains = 0;
        for (JsonNode s : r.get("sites")) gains += s.get("marginalGain").asDouble();
        assertEquals(r.get("coveredWeight").asDouble() - gains, baselineShare * r.get("totalWeight").asDouble(), 1e-6 * recount);

        // the run is recorded in the workspace, with the job's sites and figures
        long runId = r.get("runId").asLong();
        JsonNode recorded = null;
        for (JsonNode run : json.readTree(mvc.perform(get("/api/siting/runs")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString())) {
            if (run.get("id").asLong() == runId) recorded = run;
        }
        assertTrue(recorded != null, "run " + runId + " listed");
        assertEquals("elder_care", recorded.get("type").asText());
        assertEquals("mclp", recorded.get("model").asText());
        assertEquals(3, recorded.get("parameters").get("p").asInt());
        assertEquals("file:candidates.csv", recorded.get("parameters").get("candidates").asText());
        assertEquals(r.get("coveredWeight").asDouble(), recorded.get("coveredWeight").asDouble(), 1e-9);
        assertEquals(r.get("objective").asDouble(), recorded.get("objective").asDouble(), 1e-9);
        for (int k = 0; k < 3; k++) {
            assertEquals(r.get("sites").get(k).get("id").asText(), recorded.get("sites").get(k).get("id").asText());
        }
    }

    @Test
    void sitingRequestsNeedingTheSessionAreChecked() throws Exception {
        problem(postJson("/api/siting/runs", "{\"type\":\"clinic\",\"model\":\"mclp\",\"p\":2,\"candidates\":\"file:../pom.xml\"}"),
                400, "candidates", "project folder");
        problem(postJson("/api/siting/runs", "{\"type\":\"clinic\",\"model\":\"mclp\",\"p\":2,\"candidates\":\"file:nope.csv\"}"),
                400, "candidates", "nope.csv");
        problem(postJson("/api/siting/runs", "{\"type\":\"clinic\",\"model\":\"mclp\",\"p\":2,\"solver\":\"fast\"}"),
                400, "solver", "greedy");
        problem(postJson("/api/siting/runs", "{\"type\":\"clinic\",\"model\":\"mclp\",\"p\":2,\"scenario\":987654}"),
                404, null, "987654");
    }

    @Test
    void aCancelledRunEndsCancelled() throws Exception {
        JsonNode job = json.readTree(mvc.perform(postJson("/api/siting/runs",
                "{\"type\":\"fitness\",\"model\":\"lscp\",\"target\":0.99,\"candidates\":\"streets\",\"solver\":\"exact\"}"))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString());
        mvc.perform(delete("/api/jobs/" + job.get("id").asText())).andExpect(status().isOk());
        JsonNode done = awaitJob(job.get("id").asText());
        assertEquals("CANCELLED", done.get("state").asText(), done.toString());
    }

    @Test
    void scenarioEditsAreVersionedRecountedAndCompared() throws Exception {
        String name = "方案-" + System.nanoTime();
        JsonNode created = json.readTree(mvc.perform(postJson("/api/scenarios", "{\"name\":\"" + name + "\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        long id = created.get("id").asLong();
        assertEquals(1, created.get("version").asLong());
        double baseline = session.baseline().type("elder_care").overall().share();
        assertEquals(baseline, created.get("coverage").get("elder_care").asDouble(), 1e-12);
        problem(postJson("/api/scenarios", "{\"name\":\"" + name + "\"}"), 400, "name", "exists");
        problem(postJson("/api/scenarios", "{}"), 400, "name", "required");

        double lon = 117.9105553;
        double lat = 29.9890497;
        JsonNode added = json.readTree(mvc.perform(postJson("/api/scenarios/" + id + "/edits",
                "{\"op\":\"add\",\"version\":1,\"type\":\"elder_care\",\"id\":\"CAND-010\",\"lon\":" + lon + ",\"lat\":" + lat + "}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertEquals(2, added.get("version").asLong());
        problem(postJson("/api/scenarios/" + id + "/edits", "{\"op\":\"remove\",\"version\":1,\"facility\":\"ELD-001\"}"),
                409, "version", "").andExpect(jsonPath("$.currentVersion").value(2));
        JsonNode removed = json.readTree(mvc.perform(postJson("/api/scenarios/" + id + "/edits",
                "{\"op\":\"remove\",\"version\":2,\"facility\":\"ELD-001\"}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertEquals(3, removed.get("version").asLong());
        TypeSpec type = session.type("elder_care").orElseThrow();
        FacilitySites edited = session.sites("elder_care").without("ELD-001").withAdded("CAND-010", "", lon, lat, Double.NaN, Double.NaN);
        double share = covered(type, edited) / session.study().demand().total(type.demand());
        assertEquals(share, removed.get("coverage").get("elder_care").asDouble(), 1e-9);
        assertEquals(session.baseline().type("fitness").overall().share(), removed.get("coverage").get("fitness").asDouble(), 1e-12);

        problem(postJson("/api/scenarios/" + id + "/edits", "{\"op\":\"remove\",\"version\":3,\"facility\":\"NOPE\"}"), 400, "facility", "NOPE");
        problem(postJson("/api/scenarios/" + id + "/edits", "{\"op\":\"fly\",\"version\":3}"), 400, "op", "add, move");
        problem(postJson("/api/scenarios/" + id + "/edits", "{\"op\":\"move\",\"version\":3,\"facility\":\"ELD-002\"}"), 400, "lon", "longitude");
        problem(postJson("/api/scenarios/" + id + "/edits", "{\"op\":\"add\",\"type\":\"elder_care\"}"), 400, "version", "required");
        problem(postJson("/api/scenarios/" + id + "/edits", "{\"op\":\"add\",\"version\":3,\"type\":\"pool\",\"lon\":1,\"lat\":1}"), 400, "type", "pool");
        problem(postJson("/api/scenarios/424242/edits", "{\"op\":\"remove\",\"version\":1,\"facility\":\"ELD-001\"}"), 404, null, "424242");
        problem(get("/api/scenarios/424242"), 404, null, "424242");
        mvc.perform(postJson("/api/scenarios/" + id + "/edits", "{\"op\":\"capacity\",\"version\":3,\"facility\":\"ELD-002\",\"capacity\":80}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(4))
                .andExpect(jsonPath("$.modifications[2].facility").value("ELD-002"));

        mvc.perform(get("/api/scenarios")).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == " + id + ")].edits").value(org.hamcrest.Matchers.contains(3)));
        JsonNode cmp = json.readTree(mvc.perform(get("/api/scenarios/compare").param("ids", "baseline," + id))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        JsonNode elder = null;
        for (JsonNode t : cmp.get("types")) if (t.get("type").asText().equals("elder_care")) elder = t;
        assertEquals(baseline, elder.get("shares").get(0).asDouble(), 1e-12);
        assertEquals(share, elder.get("shares").get(1).asDouble(), 1e-9);
        assertEquals("CAND-010", cmp.get("sites").get("added").get(0).get("id").asText());
        assertEquals("ELD-001", cmp.get("sites").get("removed").get(0).get("id").asText());
        assertTrue(cmp.get("units").size() > 0);
        problem(get("/api/scenarios/compare").param("ids", "baseline"), 400, "ids", "two");
        problem(get("/api/scenarios/compare").param("ids", "baseline,x"), 400, "ids", "not a scenario id");
    }

    private double covered(TypeSpec type, FacilitySites sites) {
        TypeTimes times = session.evaluator().evaluator().times(type, sites);
        double[] w = session.study().demand().values(type.demand());
        double covered = 0;
        for (int c = 0; c < times.size(); c++) {
            if (times.covered(c)) covered += w[c];
        }
        return covered;
    }

    private JsonNode awaitJob(String id) throws Exception {
        return FinishedJob.await(mvc, id, 120);
    }

    private ResultActions problem(RequestBuilder request, int status, String field, String detailPart) throws Exception {
        ResultActions r = mvc.perform(request)
                .andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.detail", containsString(detailPart)))
                .andExpect(content().string(not(containsString("Exception"))));
        if (field != null) r.andExpect(jsonPath("$.field").value(field));
        return r;
    }

    private static RequestBuilder postJson(String path, String body) {
        return post(path).contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
