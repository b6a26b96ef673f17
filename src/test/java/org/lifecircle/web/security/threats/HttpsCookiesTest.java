package org.lifecircle.web.security.threats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.lifecircle.web.TestAuth;
import org.lifecircle.web.WebApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * THREAT: the session cookie read off the wire (issue #18 item 6). Served over HTTPS
 * ({@code server.ssl.*} with a PKCS#12 keystore made by the JDK's keytool for 127.0.0.1, as
 * docs/api.md describes), the {@code XSRF-TOKEN} and, after signing in, the {@code JSESSIONID}
 * cookies carry {@code Secure}, and responses carry {@code Strict-Transport-Security}.
 */
@SpringBootTest(classes = WebApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {TestAuth.WORKSPACE_PROPERTY, TestAuth.ADMIN_PASSWORD_PROPERTY, "server.ssl.enabled=true",
            "server.ssl.key-store-type=PKCS12", "server.ssl.key-store-password=" + HttpsCookiesTest.STORE_PASSWORD,
            "server.address=127.0.0.1"})
class HttpsCookiesTest {

    static final String STORE_PASSWORD = "test-store-password";
    private static Path keystore;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void keystore(DynamicPropertyRegistry registry) throws Exception {
        Path folder = Files.createDirectories(Path.of("target", "test-workspaces", "https-" + UUID.randomUUID()));
        keystore = folder.resolve("server.p12").toAbsolutePath();
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Process p = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", "lifecircle", "-keyalg", "EC",
                "-groupname", "secp256r1", "-validity", "2", "-storetype", "PKCS12", "-keystore", keystore.toString(),
                "-storepass", STORE_PASSWORD, "-dname", "CN=127.0.0.1", "-ext", "SAN=ip:127.0.0.1")
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, "keytool: " + output);
        registry.add("server.ssl.key-store", keystore::toString);
    }

    @Test
    void cookiesAreSecureOverHttps() throws Exception {
        HttpClient client = HttpClient.newBuilder().sslContext(trusting(keystore)).cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(10)).build();
        String base = "https://127.0.0.1:" + port;
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(base + "/login.html")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        String csrfCookie = cookie(page, "XSRF-TOKEN");
        assertTrue(csrfCookie.contains("; Secure"), csrfCookie);
        assertTrue(page.headers().firstValue("Strict-Transport-Security").isPresent(), page.headers().toString());

        String csrf = csrfCookie.substring("XSRF-TOKEN=".length(), csrfCookie.indexOf(';'));
        HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create(base + "/api/auth/login"))
                .header("Content-Type", "application/json").header("X-XSRF-TOKEN", csrf)
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + TestAuth.ADMIN + "\",\"password\":\""
                        + TestAuth.ADMIN_PASSWORD + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, login.statusCode(), login.body());
        String session = cookie(login, "JSESSIONID");
        assertTrue(session.contains("; Secure") && session.contains("HttpOnly") && session.contains("SameSite=Lax"), session);
    }

    private static String cookie(HttpResponse<String> r, String name) {
        List<String> cookies = r.headers().allValues("Set-Cookie");
        return cookies.stream().filter(c -> c.startsWith(name + "=")).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " cookie in " + cookies));
    }

    private static SSLContext trusting(Path store) throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            ks.load(in, STORE_PASSWORD.toCharArray());
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(ks);
        SSLContext ssl = SSLContext.getInstance("TLS");
        ssl.init(null, tmf.getTrustManagers(), null);
        return ssl;
    }
}
