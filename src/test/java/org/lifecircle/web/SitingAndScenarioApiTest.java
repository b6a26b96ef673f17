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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lifecircle.coverage.FacilitySites;
import org.lifecircle.coverage.PointReach;
import org.lifecircle.coverage.TypeSpec;
import org.lifecircle.coverage.TypeTimes;
import org.lifecircle.population.DemandCells;
import org.lifecircle.population.UnitAssignment;
import org.lifecircle.scenario.RemoveFacility;
import org.lifecircle.scenario.ScenarioEdits;
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
            sites = ScenarioEdits.edited(sites, ScenarioEdits.add(sites, s.get("id").asText(), at[0], at[1]));
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
        FacilitySites baseElder = session.sites("elder_care");
        FacilitySites edited = ScenarioEdits.edited(baseElder, new RemoveFacility("ELD-001"),
                ScenarioEdits.add(baseElder, "CAND-010", lon, lat));
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
        assertEquals(session.study().unitLevels().get(0).units().size(), cmp.get("units").size(), "one row per unit of the first level");
        problem(get("/api/scenarios/compare").param("ids", "baseline"), 400, "ids", "two");
        problem(get("/api/scenarios/compare").param("ids", "baseline,x"), 400, "ids", "not a scenario id");
    }

    @Test
    void comparisonOfThreeScenariosRecountsEveryUnitOfEveryLevelFromTheCellTimes() throws Exception {
        double[] cand3 = {117.8853792, 29.9970130};
        double[] cand1 = {117.8938963, 30.0132282};
        double[] cand4 = {117.8755616, 30.0073749};
        long a = create("比较A-" + System.nanoTime());
        mvc.perform(postJson("/api/scenarios/" + a + "/edits", "{\"op\":\"add\",\"version\":1,\"type\":\"clinic\",\"id\":\"CAND-003\",\"lon\":"
                + cand3[0] + ",\"lat\":" + cand3[1] + "}")).andExpect(status().isOk());
        mvc.perform(postJson("/api/scenarios/" + a + "/edits", "{\"op\":\"remove\",\"version\":2,\"facility\":\"CLI-001\"}"))
                .andExpect(status().isOk());
        long b = create("比较B-" + System.nanoTime());
        JsonNode withSites = json.readTree(mvc.perform(postJson("/api/scenarios/" + b + "/sites",
                "{\"version\":1,\"type\":\"elder_care\",\"sites\":[{\"id\":\"CAND-001\",\"name\":\"状元社区备选地块\",\"lon\":" + cand1[0]
                        + ",\"lat\":" + cand1[1] + "},{\"lon\":" + cand4[0] + ",\"lat\":" + cand4[1] + "}]}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertEquals(2, withSites.get("version").asLong());
        assertEquals(2, withSites.get("modifications").size());
        assertEquals("CAND-001", withSites.get("modifications").get(0).get("facility").asText());
        String madeUp = withSites.get("modifications").get(1).get("facility").asText();
        assertTrue(madeUp.startsWith("new-elder_care-"), madeUp);
        problem(postJson("/api/scenarios/" + b + "/sites", "{\"version\":2,\"type\":\"elder_care\",\"sites\":[{\"id\":\"CAND-001\",\"lon\":1,\"lat\":1}]}"),
                400, "sites[0]", "CAND-001");
        problem(postJson("/api/scenarios/" + b + "/sites", "{\"version\":2,\"type\":\"elder_care\",\"sites\":[{\"lon\":1}]}"),
                400, "sites[0].lat", "latitude");
        problem(postJson("/api/scenarios/" + b + "/sites", "{\"version\":2,\"type\":\"pool\",\"sites\":[{\"lon\":1,\"lat\":1}]}"),
                400, "type", "pool");

        // the reference facility sets, built from the project's sets and the edits by hand
        Map<String, FacilitySites> baseline = session.baselineSites();
        Map<String, FacilitySites> inA = new HashMap<>(baseline);
        inA.put("clinic", added(removed(baseline.get("clinic"), "CLI-001"), "CAND-003", cand3));
        Map<String, FacilitySites> inB = new HashMap<>(baseline);
        inB.put("elder_care", added(added(baseline.get("elder_care"), "CAND-001", cand1), madeUp, cand4));
        List<Map<String, FacilitySites>> sets = List.of(baseline, inA, inB);

        JsonNode cmp = json.readTree(mvc.perform(get("/api/scenarios/compare").param("ids", "baseline," + a + "," + b))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertEquals(3, cmp.get("scenarios").size());
        assertEquals(Long.toString(b), cmp.get("scenarios").get(2).get("id").asText());
        DemandCells cells = session.study().demand();
        List<UnitAssignment> levels = session.evaluator().assignments();
        assertEquals(session.study().unitLevels().size(), cmp.get("levels").size());
        assertTrue(levels.size() > 1, "the demo has several unit levels: " + levels.size());
        int unitsChecked = 0;
        for (int t = 0; t < session.study().types().size(); t++) {
            TypeSpec type = session.study().types().get(t);
            JsonNode row = cmp.get("types").get(t);
            assertEquals(type.key(), row.get("type").asText());
            for (int k = 0; k < sets.size(); k++) {
                TypeTimes times = session.evaluator().evaluator().times(type, sets.get(k).get(type.key()));
                double demand = 0;
                double covered = 0;
                for (int i = 0; i < cells.size(); i++) {
                    double d = cells.value(type.demand(), i);
                    demand += d;
                    if (times.seconds(i) <= type.thresholdSeconds()) covered += d;
                }
                String what = type.key() + " scenario " + k;
                assertEquals(demand, row.get("population").asDouble(), 1e-6 * demand, what);
                assertEquals(covered, row.get("covered").get(k).asDouble(), 1e-6 * demand, what);
                assertEquals(covered / demand, row.get("shares").get(k).asDouble(), 1e-9, what);
                for (int l = 0; l < levels.size(); l++) {
                    UnitAssignment level = levels.get(l);
                    JsonNode got = cmp.get("levels").get(l);
                    assertEquals(session.study().unitLevels().get(l).level(), got.get("level").asText());
                    assertEquals(level.units().size(), got.get("units").size());
                    double[] unitDemand = new double[level.units().size()];
                    double[] unitCovered = new double[level.units().size()];
                    for (int i = 0; i < cells.size(); i++) {
                        int u = level.unitOfCell()[i];
                        if (u < 0) continue;
                        double d = cells.value(type.demand(), i);
                        unitDemand[u] += d;
                        if (times.seconds(i) <= type.thresholdSeconds()) unitCovered[u] += d;
                    }
                    for (int u = 0; u < unitDemand.length; u++) {
                        JsonNode unit = got.get("units").get(u);
                        assertEquals(level.units().id(u), unit.get("id").asText());
                        JsonNode share = unit.get("types").get(type.key());
                        String where = what + " " + got.get("level").asText() + " " + unit.get("id").asText();
                        assertEquals(unitDemand[u], share.get("population").asDouble(), 1e-6 * (1 + unitDemand[u]), where);
                        assertEquals(unitCovered[u], share.get("covered").get(k).asDouble(), 1e-6 * (1 + unitDemand[u]), where);
                        if (unitDemand[u] > 0) {
                            assertEquals(unitCovered[u] / unitDemand[u], share.get("shares").get(k).asDouble(), 1e-9, where);
                        } else {
                            assertTrue(share.get("shares").get(k).isNull(), where);
                        }
                        unitsChecked++;
                    }
                }
            }
        }
        assertTrue(unitsChecked > 100, "units checked: " + unitsChecked);
        assertEquals(cmp.get("levels").get(0).get("units"), cmp.get("units"), "units is the first level");
        assertEquals("CAND-003", cmp.get("sites").get("added").get(0).get("id").asText());
        assertEquals("CLI-001", cmp.get("sites").get("removed").get(0).get("id").asText());
        assertEquals(cmp.get("sites"), cmp.get("sitesByScenario").get(1));
        assertEquals(2, cmp.get("sitesByScenario").get(2).get("added").size());
        assertEquals(0, cmp.get("sitesByScenario").get(0).get("added").size());
        problem(get("/api/scenarios/compare").param("ids", "baseline,baseline,baseline,baseline,baseline,baseline,baseline,"
                + "baseline,baseline,baseline,baseline,baseline,baseline"), 400, "ids", "at most 12");
    }

    @Test
    void pointCheckOnAScenarioReachesItsFacilitiesAndFollowsItsEdits() throws Exception {
        double[] cand3 = {117.8853792, 29.9970130};
        long a = create("点位-" + System.nanoTime());
        mvc.perform(postJson("/api/scenarios/" + a + "/edits", "{\"op\":\"add\",\"version\":1,\"type\":\"clinic\",\"id\":\"CAND-003\",\"lon\":"
                + cand3[0] + ",\"lat\":" + cand3[1] + "}")).andExpect(status().isOk());
        Map<String, FacilitySites> sites = new HashMap<>(session.baselineSites());
        sites.put("clinic", added(sites.get("clinic"), "CAND-003", cand3));
        assertPointCheck(a, cand3, sites);
        double[] moved = {cand3[0] + 0.004, cand3[1] + 0.002};
        mvc.perform(postJson("/api/scenarios/" + a + "/edits", "{\"op\":\"move\",\"version\":2,\"facility\":\"CAND-003\",\"lon\":"
                + moved[0] + ",\"lat\":" + moved[1] + "}")).andExpect(status().isOk());
        sites.put("clinic", added(session.baselineSites().get("clinic"), "CAND-003", moved));
        assertPointCheck(a, cand3, sites);
        assertPointCheck(a, moved, sites);
        problem(get("/api/check").param("lon", "117.9").param("lat", "30").param("scenario", "424242"), 404, null, "424242");
    }

    private void assertPointCheck(long scenario, double[] at, Map<String, FacilitySites> sites) throws Exception {
        JsonNode body = json.readTree(mvc.perform(get("/api/check").param("lon", Double.toString(at[0]))
                .param("lat", Double.toString(at[1])).param("scenario", Long.toString(scenario)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        PointReach reach = session.evaluator().evaluator().reach(at[0], at[1], session.study().types(), sites, new double[] {5, 10, 15});
        for (int t = 0; t < reach.types().size(); t++) {
            PointReach.TypeReach expected = reach.types().get(t);
            JsonNode got = body.get("types").get(t);
            assertEquals(expected.typeKey(), got.get("type").asText());
            assertEquals(expected.reached().size(), got.get("reachable").size(), expected.typeKey());
            for (int f = 0; f < expected.reached().size(); f++) {
                assertEquals(expected.reached().get(f).id(), got.get("reachable").get(f).get("id").asText());
                assertEquals(expected.reached().get(f).seconds(), got.get("reachable").get(f).get("walkSeconds").asDouble(), 1e-9);
            }
        }
    }

    private long create(String name) throws Exception {
        return json.readTree(mvc.perform(postJson("/api/scenarios", "{\"name\":\"" + name + "\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asLong();
    }

    /** {@code sites} with one more facility (no area, no capacity), built from its arrays. */
    private static FacilitySites added(FacilitySites sites, String id, double[] lonLat) {
        int n = sites.size();
        String[] ids = new String[n + 1];
        String[] names = new String[n + 1];
        double[] lon = new double[n + 1];
        double[] lat = new double[n + 1];
        for (int i = 0; i < n; i++) {
            ids[i] = sites.id(i);
            names[i] = sites.name(i);
            lon[i] = sites.lon(i);
            lat[i] = sites.lat(i);
        }
        ids[n] = id;
        names[n] = id;
        lon[n] = lonLat[0];
        lat[n] = lonLat[1];
        return new FacilitySites(sites.typeKey(), ids, names, lon, lat, new double[n + 1], new double[n + 1]);
    }

    /** {@code sites} without facility {@code id}, built from its arrays. */
    private static FacilitySites removed(FacilitySites sites, String id) {
        List<Integer> keep = new ArrayList<>();
        for (int i = 0; i < sites.size(); i++) {
            if (!sites.id(i).equals(id)) keep.add(i);
        }
        assertEquals(sites.size() - 1, keep.size(), "one " + id);
        int n = keep.size();
        String[] ids = new String[n];
        String[] names = new String[n];
        double[] lon = new double[n];
        double[] lat = new double[n];
        for (int k = 0; k < n; k++) {
            int i = keep.get(k);
            ids[k] = sites.id(i);
            names[k] = sites.name(i);
            lon[k] = sites.lon(i);
            lat[k] = sites.lat(i);
        }
        return new FacilitySites(sites.typeKey(), ids, names, lon, lat, new double[n], new double[n]);
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
