package org.lifecircle.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.test.web.servlet.MockMvc;

/** Polls {@code GET /api/jobs/{id}} every 100 ms until the job has ended; fails after the given seconds. */
final class FinishedJob {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FinishedJob() {
    }

    static JsonNode await(MockMvc mvc, String id, long seconds) throws Exception {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (true) {
            JsonNode s = JSON.readTree(mvc.perform(get("/api/jobs/" + id)).andReturn().getResponse().getContentAsString());
            String state = s.get("state").asText();
            if (!state.equals("QUEUED") && !state.equals("RUNNING")) return s;
            if (System.nanoTime() > deadline) throw new AssertionError("job " + id + " still " + state);
            Thread.sleep(100);
        }
    }
}
