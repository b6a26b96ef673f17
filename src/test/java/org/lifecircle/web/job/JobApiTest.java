package org.lifecircle.web.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.lifecircle.web.TestAuth;
import org.lifecircle.web.WebAppTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * FEATURE UNDER TEST: the job endpoints over real HTTP: the server-sent event stream delivers a
 * counting job's progress in order and ends with 'done'; GET answers the result; DELETE cancels a
 * running job mid-way; unknown ids are 404 problems, for the stream too.
 */
@WebAppTest
class JobApiTest {

    private static final int STEPS = 50;

    @Autowired
    JobService jobs;

    @Autowired
    TestAuth.TestUsers users;

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void eventStreamCarriesEveryStepInOrderThenDone() throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        JobSnapshot job = jobs.submit("count", ctx -> {
            go.await(20, TimeUnit.SECONDS);
            int count = 0;
            for (int i = 1; i <= STEPS; i++) {
                count++;
                ctx.progress((double) i / STEPS, "counted " + i);
                Thread.sleep(2);
            }
            return count;
        });
        HttpResponse<java.io.InputStream> response = http.send(
                signedIn(uri("/api/jobs/" + job.id() + "/events")).header("Accept", "text/event-stream").build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
        go.countDown();

        List<String[]> events = readEvents(response);
        assertTrue(events.size() >= STEPS + 1, "got " + events.size() + " events");
        String[] last = events.get(events.size() - 1);
        assertEquals("done", last[0]);
        long previousId = -1;
        double previousProgress = -1;
        List<String> messages = new ArrayList<>();
        for (String[] e : events) {
            JsonNode data = json.readTree(e[2]);
            long id = Long.parseLong(e[1]);
            assertEquals(id, data.get("sequence").asLong(), "event id is the sequence");
            assertTrue(id > previousId, "events in order: " + id + " after " + previousId);
            assertTrue(data.get("progress").asDouble() >= previousProgress);
            assertTrue(!data.has("result"), "progress events carry no result");
            previousId = id;
            previousProgress = data.get("progress").asDouble();
            if (data.hasNonNull("message") && data.get("message").asText().startsWith("counted ")) {
                String m = data.get("message").asText();
                if (messages.isEmpty() || !messages.get(messages.size() - 1).equals(m)) messages.add(m);
            }
        }
        for (int i = 0; i < messages.size(); i++) assertEquals("counted " + (STEPS - messages.size() + i + 1), messages.get(i));
        assertEquals("counted " + STEPS, messages.get(messages.size() - 1));
        assertEquals(STEPS, messages.size(), "the stream opened before the job ran, so every step was seen");
        assertEquals("SUCCEEDED", json.readTree(last[2]).get("state").asText());

        JsonNode finished = getJson("/api/jobs/" + job.id(), 200);
        assertEquals(STEPS, finished.get("result").asInt());
        assertEquals(1.0, finished.get("progress").asDouble());
    }

    @Test
    void deleteCancelsARunningJobMidWay() throws Exception {
        CountDownLatch halfway = new CountDownLatch(1);
        AtomicInteger counted = new AtomicInteger();
        JobSnapshot job = jobs.submit("count", ctx -> {
            for (int i = 1; i <= 1_000_000; i++) {
                ctx.throwIfCancelled();
                counted.set(i);
                ctx.progress(i / 1_000_000.0, null);
                if (i == 100) halfway.countDown();
                Thread.sleep(1);
            }
            return counted.get();
        });
        assertTrue(halfway.await(20, TimeUnit.SECONDS));
        HttpResponse<String> cancel = http.send(signedIn(uri("/api/jobs/" + job.id())).DELETE().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, cancel.statusCode());
        JsonNode state = null;
        for (int i = 0; i < 400; i++) {
            state = getJson("/api/jobs/" + job.id(), 200);
            if (!state.get("state").asText().equals("RUNNING")) break;
            Thread.sleep(25);
        }
        assertEquals("CANCELLED", state.get("state").asText());
        assertTrue(counted.get() >= 100 && counted.get() < 1_000_000, "stopped mid-way at " + counted.get());
        assertTrue(!state.has("result"));
        List<String[]> replay = readEvents(http.send(signedIn(uri("/api/jobs/" + job.id() + "/events")).build(),
                HttpResponse.BodyHandlers.ofInputStream()));
        assertEquals(1, replay.size(), "a finished job's stream is its final state");
        assertEquals("done", replay.get(0)[0]);
        assertEquals("CANCELLED", json.readTree(replay.get(0)[2]).get("state").asText());
    }

    @Test
    void unknownJobsAreNotFoundProblems() throws Exception {
        for (String path : List.of("/api/jobs/nope", "/api/jobs/nope/events")) {
            HttpResponse<String> r = http.send(signedIn(uri(path)).header("Accept", "text/event-stream, application/json").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(404, r.statusCode(), path);
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), path);
            JsonNode body = json.readTree(r.body());
            assertEquals("job", body.get("kind").asText());
            assertEquals("nope", body.get("id").asText());
        }
        HttpResponse<String> r = http.send(signedIn(uri("/api/jobs/nope")).DELETE().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(404, r.statusCode());
    }

    /** Reads server-sent events until the stream closes: [name, id, data] each. */
    private static List<String[]> readEvents(HttpResponse<java.io.InputStream> response) throws Exception {
        List<String[]> events = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            String name = null;
            String id = null;
            StringBuilder data = new StringBuilder();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isEmpty()) {
                    if (data.length() > 0) events.add(new String[] {name == null ? "message" : name, id, data.toString()});
                    name = null;
                    id = null;
                    data.setLength(0);
                } else if (line.startsWith("event:")) {
                    name = line.substring(6).trim();
                } else if (line.startsWith("id:")) {
                    id = line.substring(3).trim();
                } else if (line.startsWith("data:")) {
                    data.append(line.substring(5));
                }
            }
        }
        return events;
    }

    private JsonNode getJson(String path, int status) throws Exception {
        HttpResponse<String> r = http.send(signedIn(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(status, r.statusCode(), path + ": " + r.body());
        return json.readTree(r.body());
    }

    /** A request carrying the test planner's bearer token. */
    private HttpRequest.Builder signedIn(URI uri) {
        return HttpRequest.newBuilder(uri).header("Authorization", users.plannerBearer());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
