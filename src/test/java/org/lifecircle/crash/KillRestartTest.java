package org.lifecircle.crash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * FEATURE UNDER TEST: nothing the server acknowledged is lost when it is killed. The app runs as
 * a separate JVM ({@code LifeCircle serve}) on its own workspace under {@code target/}; three
 * writers create, copy and edit scenarios through the HTTP API; the server is killed with SIGKILL
 * (exit code 137 checked) mid-write, restarted on the same workspace, and every acknowledged write
 * must be there, versions consistent with the edits, no half-written scenario, and the server must
 * answer. Three cycles here; {@code bench/kill-cycles N} runs more.
 */
class KillRestartTest {

    @Test
    void acknowledgedWritesSurviveSigkillAndRestart() throws Exception {
        long seed = 0x5EEDC401L;
        Path work = Path.of("target", "kill-restart", Long.toUnsignedString(seed, 36)).toAbsolutePath();
        KillCycles.Report report = KillCycles.run(work, Path.of("gis-data").toAbsolutePath(), 3, seed, System.out);
        String context = "seed " + seed + ": " + report.summary() + "\nlogs in " + work + "\n" + String.join("\n", report.problems());
        assertTrue(report.problems().isEmpty(), context);
        assertEquals(3, report.survived(), context);
        assertEquals(0, report.lost(), context);
        assertTrue(report.acknowledged() >= 3 * 5, "fewer acknowledged writes than the cycles wait for: " + context);
        assertTrue(report.killsMidWrite() >= 1, "no kill landed while a write was on the wire: " + context);
        System.out.println(report.summary());
        try (Stream<Path> files = Files.walk(work)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }
}
