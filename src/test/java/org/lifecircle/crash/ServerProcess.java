package org.lifecircle.crash;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code lifecircle serve} as a separate JVM on a free loopback port, on a given workspace folder
 * and project, with its output in a log file. {@link #kill} ends it with SIGKILL: on Linux
 * {@link Process#destroyForcibly()} sends signal 9, and the exit code 137 (128 + 9) proves it.
 */
final class ServerProcess {

    /** Exit code of a JVM ended by SIGKILL. */
    static final int KILLED_EXIT_CODE = 128 + 9;

    /** Servers still running when the test JVM exits (a failed or interrupted run) are killed with it. */
    private static final Set<Process> RUNNING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> RUNNING.forEach(Process::destroyForcibly), "kill-servers"));
    }

    private final Process process;
    private final Path log;
    final int port;

    private ServerProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /**
     * Starts the server; {@code adminPassword} becomes the first admin password when the build has
     * security. Rate limits are set far above what the write loop sends.
     */
    static ServerProcess start(Path project, Path workspace, Path log, String adminPassword) throws IOException {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Dcom.google.protobuf.use_unsafe_pre22_gencode=true",
                "-Dlifecircle.workspace=" + workspace,
                "-Dlifecircle.limits.rate.requests-per-second=100000", "-Dlifecircle.limits.rate.burst=100000",
                "-Dlifecircle.limits.rate.writes-per-second=100000", "-Dlifecircle.limits.rate.write-burst=100000",
                "-Dserver.address=127.0.0.1",
                "-cp", mainClassPath(), "org.lifecircle.cli.LifeCircle",
                "serve", "--project", project.toString(), "--port", Integer.toString(port)));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
        pb.environment().put("LIFECIRCLE_ADMIN_PASSWORD", adminPassword);
        Process process = pb.start();
        RUNNING.add(process);
        return new ServerProcess(process, log, port);
    }

    /**
     * The running JVM's class path without test classes: the test tree holds Spring test
     * configurations that component scanning would pick up in a plain application.
     */
    static String mainClassPath() {
        return Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !Path.of(entry).endsWith("test-classes"))
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    long pid() {
        return process.pid();
    }

    boolean alive() {
        return process.isAlive();
    }

    /**
     * Signs {@code client} in as {@code user} once the port answers, then waits until
     * {@code GET /api/project} says the project is loaded; the log's tail in the exception otherwise.
     */
    void awaitReady(ApiClient client, String user, String password, long timeoutSeconds)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        boolean signedIn = false;
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) throw new IOException("server exited with " + process.exitValue() + ":\n" + logTail());
            try {
                if (!signedIn) {
                    client.signIn(user, password);
                    signedIn = true;
                }
                ApiClient.Answer a = client.get("/api/project");
                if (a.ok() && a.body() != null && a.body().path("loaded").asBoolean()) return;
                last = "GET /api/project answered " + a.status() + ": " + a.text().substring(0, Math.min(300, a.text().length()));
            } catch (IOException e) {
                last = e.toString();
            }
            Thread.sleep(100);
        }
        throw new IOException("server not ready after " + timeoutSeconds + " s (" + last + "):\n" + logTail());
    }

    /** SIGKILL; returns the exit code (137 when the signal was SIGKILL). */
    int kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(60, TimeUnit.SECONDS)) throw new IllegalStateException("server " + pid() + " survived SIGKILL");
        RUNNING.remove(process);
        return process.exitValue();
    }

    /** SIGTERM (Spring closes the context and the workspace), then SIGKILL after 30 s. */
    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) kill();
        RUNNING.remove(process);
    }

    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
