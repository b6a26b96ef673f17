package org.lifecircle.crash;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * SIGKILL-and-restart cycles against a real server process. Each cycle: writers write scenarios
 * through the HTTP API back to back; after a random number of acknowledged writes the server is
 * killed with SIGKILL a random fraction of one write's duration after a write went on the wire
 * (so mid-write); it is restarted on the same workspace and {@link RestartCheck} verifies every
 * acknowledged write, the versions, and that only the writes on the wire may additionally show,
 * whole. Stops at the first cycle with a problem. Cost: one server start per cycle plus one.
 */
public final class KillCycles {

    static final int WRITERS = 3;
    private static final String ADMIN = "admin";

    /** What the cycles showed; {@code lost} counts acknowledged writes missing after a restart. */
    public record Report(long seed, int cycles, int survived, int acknowledged, int lost, int onTheWireCommitted,
            int onTheWireAbsent, int killsMidWrite, boolean authenticated, double meanRestartSeconds, List<String> problems) {

        public String summary() {
            return String.format(java.util.Locale.ROOT,
                    "kill cycles: %d of %d survived; writes acknowledged %d, lost %d; on the wire at the kill: %d committed,"
                            + " %d not; kills mid-write %d; authentication %s; mean restart %.1f s; seed %d",
                    survived, cycles, acknowledged, lost, onTheWireCommitted, onTheWireAbsent, killsMidWrite,
                    authenticated ? "on" : "absent (no /api/auth/token)", meanRestartSeconds, seed);
        }
    }

    private KillCycles() {
    }

    public static Report run(Path workDir, Path gisData, int cycles, long seed, PrintStream out)
            throws IOException, InterruptedException {
        Random random = new Random(seed);
        Files.createDirectories(workDir);
        Path project = SmallProject.write(workDir.resolve("project"), gisData, seed);
        Path workspace = workDir.resolve("workspace");
        String password = "kill-" + Long.toHexString(random.nextLong());
        List<String> problems = new ArrayList<>();
        List<Writer> writers = new ArrayList<>();
        for (int i = 1; i <= WRITERS; i++) writers.add(new Writer(i, random.nextLong(), problems));
        int survived = 0;
        int acknowledged = 0;
        int lost = 0;
        int committed = 0;
        int absent = 0;
        int midWrite = 0;
        long restartNanos = 0;
        ServerProcess server = ServerProcess.start(project, workspace, workDir.resolve("server-0.log"), password);
        ApiClient client = new ApiClient(server.port);
        server.awaitReady(client, ADMIN, password, 300);
        boolean authenticated = client.authenticated();
        int restarts = 0;
        try {
            for (int cycle = 1; cycle <= cycles && problems.isEmpty(); cycle++) {
                List<Thread> threads = new ArrayList<>();
                for (Writer w : writers) {
                    w.connect(client);
                    Thread t = new Thread(w, "writer-" + w.number);
                    t.start();
                    threads.add(t);
                }
                int target = 5 + random.nextInt(40);
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
                while (acknowledged(writers) < target && problemCount(problems) == 0 && System.nanoTime() < deadline) {
                    Thread.sleep(5);
                }
                while (writers.stream().noneMatch(Writer::writing) && System.nanoTime() < deadline) Thread.sleep(1);
                long writeMillis = Math.max(1, writers.stream().mapToLong(Writer::lastWriteNanos).max().orElse(0) / 1_000_000);
                Thread.sleep(random.nextInt((int) Math.min(writeMillis, 2000)));
                boolean writing = writers.stream().anyMatch(Writer::writing);
                int exit = server.kill();
                if (exit != ServerProcess.KILLED_EXIT_CODE) {
                    synchronized (problems) {
                        problems.add("cycle " + cycle + ": server exit code " + exit + ", not " + ServerProcess.KILLED_EXIT_CODE + " (SIGKILL)");
                    }
                }
                for (Writer w : writers) w.stop();
                for (Thread t : threads) t.join(TimeUnit.SECONDS.toMillis(60));
                int cycleWrites = acknowledged(writers);
                acknowledged += cycleWrites;
                if (writing) midWrite++;

                long restart = System.nanoTime();
                server = ServerProcess.start(project, workspace, workDir.resolve("server-" + cycle + ".log"), password);
                client = new ApiClient(server.port);
                server.awaitReady(client, ADMIN, password, 300);
                long restartedNanos = System.nanoTime() - restart;
                restartNanos += restartedNanos;
                restarts++;
                RestartCheck check = new RestartCheck();
                check.verify(client, writers);
                lost += check.lost;
                committed += check.onTheWireCommitted;
                absent += check.onTheWireAbsent;
                ApiClient.Answer probe = client.get("/api/check?lon=117.91&lat=30.0");
                if (!probe.ok()) check.problems.add("point check after restart answered " + probe.status() + ": " + probe.text());
                synchronized (problems) {
                    for (String p : check.problems) problems.add("cycle " + cycle + ": " + p);
                }
                out.printf("cycle %d: %d writes acknowledged, killed %s (exit %d), restarted in %.1f s, %d scenarios checked,"
                        + " %d on the wire committed, %d lost, %d problems%n", cycle, cycleWrites,
                        writing ? "mid-write" : "between writes", exit, restartedNanos / 1e9,
                        writers.stream().mapToInt(w -> w.scenarios.size()).sum(), check.onTheWireCommitted, check.lost,
                        check.problems.size());
                if (problemCount(problems) == 0) survived++;
            }
        } finally {
            server.stop();
        }
        return new Report(seed, cycles, survived, acknowledged, lost, committed, absent, midWrite, authenticated,
                restarts == 0 ? 0 : restartNanos / 1e9 / restarts, List.copyOf(problems));
    }

    private static int acknowledged(List<Writer> writers) {
        return writers.stream().mapToInt(Writer::acknowledged).sum();
    }

    private static int problemCount(List<String> problems) {
        synchronized (problems) {
            return problems.size();
        }
    }
}
