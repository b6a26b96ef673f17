package org.lifecircle.web.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.lifecircle.network.HandDrawnGrid;
import org.lifecircle.network.StreetNetwork;
import org.lifecircle.network.search.Cancellation;
import org.lifecircle.network.search.EdgeCosts;
import org.lifecircle.network.search.NetworkSearch;
import org.lifecircle.network.search.WorkCancelledException;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.LifecycleAutoConfiguration;
import org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * FEATURE UNDER TEST: over real HTTP on loopback (Tomcat, the expensive-read filter, its valve
 * and shutdown hook, graceful shutdown), an expensive read whose client disconnects stops: the
 * endpoint sees "the client disconnected" and the global count of search checkpoints stops
 * growing; a server closed with such a read in flight answers it 503 and stops within seconds
 * rather than waiting out the read. The endpoint searches a 300 × 300 grid until stopped (at most
 * 60 s), standing in for the 190 s isochrone request.
 */
class ExpensiveReadServerTest {

    static final AtomicReference<String> OUTCOME = new AtomicReference<>();
    static final CountDownLatch[] ENDED = {new CountDownLatch(1)};

    @RestController
    static class EndlessSearch {
        @GetMapping("/api/isochrones")
        String search() {
            StreetNetwork streets = HandDrawnGrid.square(300);
            NetworkSearch search = new NetworkSearch(streets);
            EdgeCosts costs = EdgeCosts.walking(streets, 4.5);
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            try {
                for (int run = 0; System.nanoTime() < end; run++) {
                    search.start(costs, Double.POSITIVE_INFINITY);
                    search.addSourceAtNode(run % streets.nodeCount(), 0, 0);
                    search.run();
                }
                OUTCOME.set("finished");
                return "finished";
            } catch (WorkCancelledException e) {
                OUTCOME.set(e.getMessage());
                throw e;
            } finally {
                ENDED[0].countDown();
            }
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration({ServletWebServerFactoryAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
        WebMvcAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class, JacksonAutoConfiguration.class,
        LifecycleAutoConfiguration.class})
    @Import({ExpensiveReadConfig.class, WorkCancelledAdvice.class, EndlessSearch.class})
    static class App {
    }

    private static ConfigurableApplicationContext start() {
        OUTCOME.set(null);
        ENDED[0] = new CountDownLatch(1);
        return new SpringApplicationBuilder(App.class).properties(
                "server.port=0", "server.address=127.0.0.1", "spring.main.banner-mode=off",
                "server.shutdown=graceful", "spring.lifecycle.timeout-per-shutdown-phase=5s",
                "lifecircle.limits.expensive.time-budget=60s", "lifecircle.limits.expensive.per-user=2",
                "lifecircle.limits.isochrones.max-cutoffs=12", "lifecircle.limits.raster.memory-budget=256MB").run();
    }

    private static Socket send(ConfigurableApplicationContext app) throws Exception {
        int port = ((ServletWebServerApplicationContext) app).getWebServer().getPort();
        Socket socket = new Socket("127.0.0.1", port);
        OutputStream out = socket.getOutputStream();
        out.write("GET /api/isochrones HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return socket;
    }

    private static void awaitSearching() throws InterruptedException {
        long before = Cancellation.checkpoints();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (Cancellation.checkpoints() < before + 100 && System.nanoTime() < deadline) Thread.sleep(50);
        assertTrue(Cancellation.checkpoints() >= before + 100, "the read is searching");
    }

    @Test
    void aClientThatDisconnectsStopsTheWork() throws Exception {
        try (ConfigurableApplicationContext app = start()) {
            Socket socket = send(app);
            awaitSearching();
            long closedAt = System.nanoTime();
            socket.close();
            assertTrue(ENDED[0].await(5, TimeUnit.SECONDS), "the read still runs 5 s after the client left");
            double seconds = (System.nanoTime() - closedAt) / 1e9;
            assertEquals("the client disconnected", OUTCOME.get());
            assertTrue(seconds < 2, "stopped " + seconds + " s after the disconnect");
            long after = Cancellation.checkpoints();
            Thread.sleep(500);
            assertEquals(after, Cancellation.checkpoints(), "no search runs after the disconnect");
        }
    }

    @Test
    void aServerWithAReadInFlightStopsWithinSeconds() throws Exception {
        ConfigurableApplicationContext app = start();
        try (Socket socket = send(app)) {
            awaitSearching();
            long closing = System.nanoTime();
            app.close();
            double seconds = (System.nanoTime() - closing) / 1e9;
            assertTrue(seconds < 5, "stopping took " + seconds + " s");
            assertEquals("the server is shutting down", OUTCOME.get());
            socket.setSoTimeout(5000);
            InputStream in = socket.getInputStream();
            String status = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            assertEquals("HTTP/1.1 503", status);
        } finally {
            app.close();
        }
    }
}
