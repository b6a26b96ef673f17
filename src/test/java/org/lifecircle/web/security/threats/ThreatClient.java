package org.lifecircle.web.security.threats;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * What an attacker's client sees: plain HTTP on the embedded Tomcat (so the container decodes the
 * path as in production, unlike MockMvc), with a browser-like cookie jar. The path is sent exactly
 * as written (percent-encodings untouched).
 */
final class ThreatClient {

    private final int port;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    ThreatClient(int port) {
        this.port = port;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(10)).build();
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** The anonymous session's CSRF pair: visits the login page and returns the XSRF-TOKEN cookie's value. */
    String csrfOfAnonymousSession() throws IOException, InterruptedException {
        send("GET", "/login.html", (String) null);
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).findFirst().orElseThrow(() -> new AssertionError("no XSRF-TOKEN cookie"));
    }

    /** Sends {@code method path} with an optional body of the given content type and header name/value pairs. */
    HttpResponse<String> send(String method, String path, String contentType, byte[] body, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) b.header("Content-Type", contentType);
        for (int i = 0; i < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> send(String method, String path, String jsonBody, String... headers)
            throws IOException, InterruptedException {
        return send(method, path, jsonBody == null ? null : "application/json",
                jsonBody == null ? null : jsonBody.getBytes(StandardCharsets.UTF_8), headers);
    }
}
