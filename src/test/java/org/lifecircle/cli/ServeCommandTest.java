package org.lifecircle.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifecircle.web.WebApplication;
import org.lifecircle.web.limits.Limits;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;

/**
 * FEATURE UNDER TEST: {@code serve}'s options beyond project and port (issue #18 item 6):
 * {@code --address} binds the server to one address, {@code --lifecircle.*=VALUE} and
 * {@code --server.*=VALUE} reach the server as properties (the limits docs/api.md lists), and
 * anything else, or such a property without {@code =}, is an unknown option with exit code 2.
 */
class ServeCommandTest {

    @TempDir
    Path workspace;

    @Test
    void otherOptionsAreUnknownWithExitCode2() {
        for (String[] args : List.of(new String[] {"serve", "--bogus=1"},
                new String[] {"serve", "--lifecircle.limits.rate.burst", "5"},
                new String[] {"serve", "--spring.main.sources=x"},
                new String[] {"serve", "--address", ""})) {
            CliRun run = CliRun.of(args);
            assertEquals(2, run.exit(), String.join(" ", args) + ": " + run.err());
            assertTrue(run.err().startsWith("error: "), run.err());
            assertTrue(run.err().contains("Unknown option") || run.err().contains("--address"), run.err());
        }
    }

    @Test
    void addressAndPassedOnPropertiesReachTheServer() throws Exception {
        CommandLine cl = LifeCircle.commandLine();
        CommandLine.ParseResult parsed = cl.parseArgs("serve", "--address", "127.0.0.1", "--port", "0",
                "--lifecircle.limits.rate.burst=7", "--server.tomcat.accept-count=33");
        ServeCommand serve = parsed.subcommand().commandSpec().commandLine().getCommand();
        List<String> properties = serve.serverArguments();
        assertEquals(List.of("--server.address=127.0.0.1", "--lifecircle.limits.rate.burst=7",
                "--server.tomcat.accept-count=33"), properties);

        try (ConfigurableApplicationContext app = WebApplication.start(null, null, workspace, 0, properties)) {
            assertEquals(7, app.getBean(Limits.class).rate().burst());
            assertEquals("127.0.0.1", app.getEnvironment().getProperty("server.address"));
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            assertEquals(200, health("127.0.0.1", port), "served on the bound address");
        }
    }

    private static int health(String host, int port) throws IOException, InterruptedException {
        HttpResponse<Void> r = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://" + host + ":" + port + "/api/health")).build(),
                HttpResponse.BodyHandlers.discarding());
        return r.statusCode();
    }
}
