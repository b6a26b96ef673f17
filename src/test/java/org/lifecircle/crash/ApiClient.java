package org.lifecircle.crash;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * A JSON client of one running server. {@link #signIn} is the one place that knows about
 * authentication: it asks {@code POST /api/auth/token} for a bearer token with HTTP Basic and
 * goes on without one when the server answers 404 (a build without security).
 */
final class ApiClient {

    static final ObjectMapper JSON = new ObjectMapper();

    /** One answer: the status and the body as JSON ({@code null} when it is not JSON). */
    record Answer(int status, JsonNode body, String text) {
        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private volatile String authorization;

    ApiClient(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /** Signs in as {@code user}; returns whether the server has authentication at all. */
    boolean signIn(String user, String password) throws IOException, InterruptedException {
        String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/auth/token"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"label\":\"kill-restart\"}"))
                .build();
        Answer a = answer(http.send(request, HttpResponse.BodyHandlers.ofString()));
        if (a.status() == 404) {
            authorization = null;
            return false;
        }
        if (!a.ok() || a.body() == null || !a.body().hasNonNull("token")) {
            throw new IOException("POST /api/auth/token as " + user + " answered " + a.status() + ": " + a.text());
        }
        authorization = "Bearer " + a.body().get("token").asText();
        return true;
    }

    /** Whether requests carry a bearer token (the server has security). */
    boolean authenticated() {
        return authorization != null;
    }

    Answer get(String path) throws IOException, InterruptedException {
        return send(builder(path).GET().build());
    }

    Answer post(String path, Object body) throws IOException, InterruptedException {
        String json = JSON.writeValueAsString(body);
        return send(builder(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private HttpRequest.Builder builder(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        String auth = authorization;
        if (auth != null) b.header("Authorization", auth);
        return b;
    }

    private Answer send(HttpRequest request) throws IOException, InterruptedException {
        return answer(http.send(request, HttpResponse.BodyHandlers.ofString()));
    }

    private static Answer answer(HttpResponse<String> response) {
        JsonNode body = null;
        try {
            if (!response.body().isEmpty()) body = JSON.readTree(response.body());
        } catch (IOException notJson) {
            body = null;
        }
        return new Answer(response.statusCode(), body, response.body());
    }
}
