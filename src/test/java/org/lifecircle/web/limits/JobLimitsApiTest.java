package org.lifecircle.web.limits;

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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lifecircle.web.DemoSession;
import org.lifecircle.web.LimitsAppTest;
import org.lifecircle.web.TestAuth;
import org.lifecircle.web.job.JobService;
import org.lifecircle.web.job.JobSnapshot;
import org.lifecircle.web.session.SessionHolder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * FEATURE UNDER TEST: site-selection job limits over the API: a second run of the same user is
 * 409 naming the running job, a full queue 503, a run past the time limit (1 ms here) ends FAILED
 * naming the limit; and a timed-out, failed or cancelled run leaves the scenario it ran on and
 * the scenario list exactly as they were.
 */
@LimitsAppTest
class JobLimitsApiTest {

    private static final String SITING = "{\"type\":\"elder_care\",\"model\":\"mclp\",\"p\":2%s}";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAuth.TestClients clients;

    @Autowired
    JobService jobs;

    @Autowired
    SessionHolder holder;

    private final ObjectMapper json = new ObjectMapper();
    private final CountDownLatch release = new CountDownLatch(1);
    private final List<String> blockers = new ArrayList<>();

    @BeforeEach
    void loaded() throws InterruptedException {
        DemoSession.await(holder);
    }

    @AfterEach
    void releaseBlockers() throws Exception {
        release.countDown();
        for (String id : blockers) awaitJob(id);
    }

    @Test
    void aSecondRunOfTheSameUserIs409NamingTheRunningJob() throws Exception {
        String running = block(TestAuth.TestClients.owner(TestAuth.TestClients.clientOf("10.8.0.1")));
        mvc.perform(clients.from("10.8.0.1", siting("")))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.runningJob").value(running))
                .andExpect(jsonPath("$.detail", Matchers.containsString(running)));
        JsonNode other = json.readTree(mvc.perform(clients.from("10.8.0.2", siting("")))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString());
        release.countDown();
        awaitJob(other.get("id").asText());
    }

    @Test
    void aFullQueueIs503() throws Exception {
        String running = block(null);
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!jobs.get(running).state().name().equals("RUNNING") && System.nanoTime() < deadline) Thread.sleep(10);
        block(null);
        block(null);
        mvc.perform(clients.from("10.8.1.1", siting("")))
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.type").value("urn:lifecircle:problem:queue-full"));
    }

    @Test
    void timedOutFailedAndCancelledRunsLeaveTheScenarioAsItWas() throws Exception {
        long id = scenarioWithOneEdit();
        String before = scenario(id);
        String listBefore = scenarios();

        JsonNode timedOut = awaitJob(start("10.8.2.1", ",\"scenario\":" + id));
        assertEquals("FAILED", timedOut.get("state").asText(), timedOut.toString());
        assertTrue(timedOut.get("error").asText().contains("lifecircle.limits.jobs.time-limit"), timedOut.toString());
        assertEquals(before, scenario(id));

        JsonNode failed = awaitJob(start("10.8.2.1", ",\"scenario\":" + id + ",\"candidates\":\"file:project.yaml\""));
        assertEquals("FAILED", failed.get("state").asText(), failed.toString());
        assertTrue(failed.get("error").asText().contains("project.yaml"), failed.toString());
        assertEquals(before, scenario(id));

        block(null);
        String queued = start("10.8.2.1", ",\"scenario\":" + id);
        mvc.perform(delete("/api/jobs/" + queued)).andExpect(status().isOk());
        assertEquals("CANCELLED", awaitJob(queued).get("state").asText());
        assertEquals(before, scenario(id));
        assertEquals(listBefore, scenarios());
    }

    private long scenarioWithOneEdit() throws Exception {
        JsonNode created = json.readTree(mvc.perform(post("/api/scenarios").contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"limits-" + System.nanoTime() + "\"}")).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString());
        long id = created.get("id").asLong();
        mvc.perform(post("/api/scenarios/" + id + "/edits").contentType(MediaType.APPLICATION_JSON)
                .content("{\"op\":\"add\",\"version\":1,\"type\":\"elder_care\",\"lon\":117.89,\"lat\":30.01}"))
                .andExpect(status().isOk());
        return id;
    }

    private String scenario(long id) throws Exception {
        return mvc.perform(get("/api/scenarios/" + id)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private String scenarios() throws Exception {
        return mvc.perform(get("/api/scenarios")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private String start(String address, String extra) throws Exception {
        return json.readTree(mvc.perform(clients.from(address, siting(extra))).andExpect(status().isAccepted())
                .andReturn().getResponse().getContentAsString()).get("id").asText();
    }

    /** A job that holds the job thread (or a queue place) until the test ends. */
    private String block(String owner) {
        JobSnapshot s = jobs.submit("blocker", owner, null, ctx -> release.await(60, TimeUnit.SECONDS));
        blockers.add(s.id());
        return s.id();
    }

    private static MockHttpServletRequestBuilder siting(String extra) {
        return post("/api/siting/runs").contentType(MediaType.APPLICATION_JSON).content(String.format(SITING, extra));
    }


    private JsonNode awaitJob(String id) throws Exception {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (true) {
            JsonNode s = json.readTree(mvc.perform(clients.from("10.8.9.9", get("/api/jobs/" + id))).andReturn().getResponse()
                    .getContentAsString());
            String state = s.get("state").asText();
            if (!state.equals("QUEUED") && !state.equals("RUNNING")) return s;
            if (System.nanoTime() > deadline) throw new AssertionError("job " + id + " still " + state);
            Thread.sleep(100);
        }
    }
}
