package org.lifecircle.web.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.lifecircle.web.LimitsAppTest;
import org.lifecircle.web.TestAuth;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * FEATURE UNDER TEST: request rate per client on /api/**: the burst is served, the next request
 * is 429 problem+json with Retry-After and the limit named, other clients and the static page are
 * unaffected, and writes have their own stricter bucket.
 */
@LimitsAppTest
class RateLimitApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAuth.TestClients clients;

    @Autowired
    Limits limits;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aClientPastItsBurstIsToldToRetryAndOthersAreNot() throws Exception {
        assertEquals(100, limits.rate().burst(), "the default burst");
        assertEquals(20, limits.rate().requestsPerSecond(), "the default rate");
        MvcResult refused = firstRefusal("10.7.0.1", () -> get("/api/project"),
                limits.rate().burst(), limits.rate().requestsPerSecond());
        assertTrue(refused.getResponse().getContentType().startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE));
        assertEquals("1", refused.getResponse().getHeader("Retry-After"));
        JsonNode body = json.readTree(refused.getResponse().getContentAsString());
        assertEquals(429, body.get("status").asInt());
        assertEquals("urn:lifecircle:problem:rate-limited", body.get("type").asText());
        assertEquals("lifecircle.limits.rate.requests-per-second", body.get("limit").asText());
        assertTrue(body.get("detail").asText().contains("20 requests per second"), body.toString());
        assertTrue(mvc.perform(clients.from("10.7.0.2", get("/api/project"))).andReturn().getResponse().getStatus() != 429,
                "another client is served");
        mvc.perform(clients.from("10.7.0.1", get("/index.html"))).andExpect(status().isOk());
    }

    @Test
    void writesHaveTheirOwnStricterBucket() throws Exception {
        MvcResult refused = firstRefusal("10.7.1.1",
                () -> post("/api/scenarios").contentType(MediaType.APPLICATION_JSON).content("{}"),
                limits.rate().writeBurst(), limits.rate().writesPerSecond());
        JsonNode body = json.readTree(refused.getResponse().getContentAsString());
        assertEquals("lifecircle.limits.rate.writes-per-second", body.get("limit").asText());
        assertTrue(Integer.parseInt(refused.getResponse().getHeader("Retry-After")) >= 1);
        assertTrue(mvc.perform(clients.from("10.7.1.1", get("/api/project"))).andReturn().getResponse().getStatus() != 429,
                "reads still pass");
    }

    /** Sends requests until one is refused; the number served is the burst plus at most what refilled meanwhile. */
    private MvcResult firstRefusal(String address, Supplier<MockHttpServletRequestBuilder> request, int burst,
            double perSecond) throws Exception {
        long start = System.nanoTime();
        int served = 0;
        while (true) {
            MvcResult r = mvc.perform(clients.from(address, request.get())).andReturn();
            if (r.getResponse().getStatus() == 429) {
                assertTrue(served >= burst, "refused after " + served + " of a burst of " + burst);
                return r;
            }
            served++;
            assertTrue(served <= burst + perSecond * (System.nanoTime() - start) / 1e9 + 1, "served " + served);
        }
    }

}
