package org.lifecircle.web.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.lifecircle.network.HandDrawnGrid;
import org.lifecircle.network.StreetNetwork;
import org.lifecircle.network.search.EdgeCosts;
import org.lifecircle.network.search.NetworkSearch;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * FEATURE UNDER TEST: the expensive-read filter with the real searches behind a stand-in
 * endpoint: a read that searches past its time budget answers 503 problem+json naming the
 * budget and its property, soon after the budget; a client already running its limit of reads
 * gets 429 with Retry-After; encoded spellings of an expensive path are counted too; other
 * paths are not counted.
 */
class ExpensiveReadFilterTest {

    /** Searches a 300 × 300 grid over and over, as a huge isochrone request would. */
    @RestController
    static class EndlessSearch {
        private final StreetNetwork streets;

        EndlessSearch() {
            streets = HandDrawnGrid.square(300);
        }

        @GetMapping({"/api/isochrones", "/api/layers"})
        String search() {
            NetworkSearch search = new NetworkSearch(streets);
            EdgeCosts costs = EdgeCosts.walking(streets, 4.5);
            for (int run = 0; run < 40; run++) {
                search.start(costs, Double.POSITIVE_INFINITY);
                search.addSourceAtNode(run, 0, 0);
                search.run();
            }
            return "done";
        }
    }

    private final ObjectMapper json = new ObjectMapper();

    private MockMvc mvc(ExpensiveReads reads) {
        return MockMvcBuilders.standaloneSetup(new EndlessSearch())
                .setControllerAdvice(new WorkCancelledAdvice())
                .addFilters(new ExpensiveReadFilter(reads, json))
                .build();
    }

    @Test
    void aReadPastItsBudgetIs503NamingTheBudget() throws Exception {
        ExpensiveReads reads = new ExpensiveReads(Duration.ofMillis(50), 2);
        MockMvc mvc = mvc(reads);
        long start = System.nanoTime();
        MvcResult r = mvc.perform(get("/api/isochrones")).andReturn();
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(503, r.getResponse().getStatus(), r.getResponse().getContentAsString());
        assertEquals("application/problem+json", r.getResponse().getContentType());
        JsonNode body = json.readTree(r.getResponse().getContentAsString());
        assertEquals("50 ms (lifecircle.limits.expensive.time-budget)", body.get("budget").asText());
        assertEquals("lifecircle.limits.expensive.time-budget", body.get("limit").asText());
        assertTrue(body.get("detail").asText().contains("time budget of 50 ms"), body.toString());
        assertTrue(seconds < 2, "answered after " + seconds + " s");
        // the same work unbounded completes: the 503 came from the budget, not from the work failing
        MvcResult unbounded = mvc(new ExpensiveReads(Duration.ofMinutes(10), 2)).perform(get("/api/isochrones")).andReturn();
        assertEquals(200, unbounded.getResponse().getStatus());
    }

    @Test
    void aClientAtItsLimitGets429AndOtherPathsAreNotCounted() throws Exception {
        ExpensiveReads reads = new ExpensiveReads(Duration.ofSeconds(10), 2);
        String client = "address:127.0.0.1";
        assertTrue(reads.tryStart(client));
        assertTrue(reads.tryStart(client));
        for (String path : new String[] {"/api/isochrones", "/api/%69sochrones"}) {
            MvcResult r = mvc(reads).perform(get(URI.create(path))).andReturn();
            assertEquals(429, r.getResponse().getStatus(), path);
            assertEquals("10", r.getResponse().getHeader("Retry-After"));
            JsonNode body = json.readTree(r.getResponse().getContentAsString());
            assertEquals("lifecircle.limits.expensive.per-user", body.get("limit").asText());
        }
        MockMvc mvc = mvc(reads);
        assertEquals(200, mvc.perform(get("/api/layers")).andReturn().getResponse().getStatus());
        reads.finish(client);
        assertEquals(200, mvc.perform(get("/api/isochrones")).andReturn().getResponse().getStatus());
        assertTrue(reads.tryStart(client), "the finished read gave its place back");
        assertTrue(!reads.tryStart(client), "two running again");
    }
}
