package org.lifecircle.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifecircle.store.layer.Feature;
import org.lifecircle.store.layer.Layer;
import org.lifecircle.store.layer.LayerInfo;

/**
 * FEATURE UNDER TEST: saves are atomic on the embedded file database. A child JVM saves a large
 * layer in a loop ({@link SaveLoop}) and is killed with SIGKILL at a random moment within one save's
 * duration after its second commit (so usually mid-save);
 * the reopened workspace must hold one complete generation, no older than the last one the child
 * reported committed (a save that returned is durable), and no mixture of two.
 */
class CrashDuringSaveTest {

    private static final int BASE_FEATURES = 8_000;

    @TempDir
    Path dir;

    private long lastCommitNanos = System.nanoTime();
    private int commitLines;

    /** Generations the child reported committed so far; notes when a new report appeared. */
    private List<Integer> committed(Path log) throws java.io.IOException {
        List<Integer> out = new ArrayList<>();
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            if (line.startsWith("committed ")) out.add(Integer.parseInt(line.substring("committed ".length()).strip()));
        }
        if (out.size() != commitLines) {
            commitLines = out.size();
            lastCommitNanos = System.nanoTime();
        }
        return out;
    }

    @Test
    void killDuringSaveLeavesTheLastCommittedLayer() throws Exception {
        long seed = 0x5EEDC501L;
        Random r = new Random(seed);
        for (int kill = 1; kill <= 3; kill++) {
            commitLines = 0;
            Path log = dir.resolve("child-" + kill + ".log");
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx1g", "-cp", System.getProperty("java.class.path"), SaveLoop.class.getName(), dir.toString(),
                    Integer.toString(BASE_FEATURES)).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
            List<Integer> commits = committed(log);
            while (commits.size() < 2 && child.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(20);
                commits = committed(log);
            }
            assertEquals(2, commits.size(), "child did not commit twice (seed " + seed + "):\n" + Files.readString(log));
            long saveMillis = (System.nanoTime() - lastCommitNanos) / 1_000_000;
            Thread.sleep(r.nextInt((int) Math.max(50, Math.min(saveMillis, 3000))));
            child.destroyForcibly();
            assertTrue(child.waitFor(60, TimeUnit.SECONDS));
            commits = committed(log);
            int lastCommitted = commits.get(commits.size() - 1);
            try (Workspace ws = Workspace.open(null, dir)) {
                long project = ws.projects().find("crash").orElseThrow().id();
                LayerInfo info = ws.layers().find(project, "big").orElseThrow();
                Layer layer = ws.layers().load(info.id());
                int generation = SaveLoop.generationOf(ws, info.id());
                String context = "kill " + kill + ", seed " + seed + ", last reported commit " + lastCommitted
                        + ", found generation " + generation;
                assertTrue(generation == lastCommitted || generation == lastCommitted + 1, context);
                assertEquals(BASE_FEATURES + generation, layer.size(), context);
                assertEquals(layer.size(), info.featureCount(), context);
                assertEquals("generation-" + generation, layer.source(), context);
                for (Feature f : layer.features()) {
                    assertEquals((long) generation, f.properties().get("generation"), context + " feature " + f.number());
                }
                assertEquals(SaveLoop.layer(BASE_FEATURES + generation, generation).features(), layer.features(), context);
            }
        }
    }
}
