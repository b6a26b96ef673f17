package org.lifecircle.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifecircle.project.Project;
import org.lifecircle.project.ProjectLoader;

/**
 * FEATURE UNDER TEST: {@code lifecircle demo [--out DIR] [--seed N]} writes a complete demo
 * project (exit 0) whose project.yaml loads; bad arguments exit 2 with a one-line reason.
 */
class DemoCommandTest {

    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void demoWritesAProjectThatLoads() throws IOException {
        Path out = dir.resolve("town");
        CliRun r = run("demo", "--out", out.toString(), "--seed", "3");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("demo town written to " + out + " (seed 3)"), r.out());
        for (String f : List.of("roads.geojson", "river.geojson", "population.tif", "elderly.tif", "facilities.csv",
                "candidates.csv", "villages.geojson", "communities.geojson", "project.yaml", "PROVENANCE.md")) {
            assertTrue(Files.size(out.resolve(f)) > 0, f);
        }
        try (var listing = Files.list(out)) {
            assertEquals(10, listing.count(), "no temporary files left behind");
        }
        Project p = ProjectLoader.load(out.resolve("project.yaml"));
        assertEquals(6, p.types().size());
        assertTrue(Files.readString(out.resolve("PROVENANCE.md")).contains("seed **3**"));
    }

    @Test
    void outThatIsAFileIsBadInput() throws IOException {
        Path file = Files.writeString(dir.resolve("taken.txt"), "x");
        CliRun r = run("demo", "--out", file.toString());
        assertEquals(LifeCircle.EXIT_BAD_INPUT, r.exit());
        assertEquals("error: " + file + ": --out must be a folder, this is a file", r.err().strip());
    }

    @Test
    void outUnderAFileIsBadInput() throws IOException {
        Path file = Files.writeString(dir.resolve("taken.txt"), "x");
        Path out = file.resolve("town");
        CliRun r = run("demo", "--out", out.toString());
        assertEquals(LifeCircle.EXIT_BAD_INPUT, r.exit(), r.err());
        assertTrue(r.err().startsWith("error: " + out + ": cannot write the demo there: "), r.err());
        assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
    }

    @Test
    void seedMustBeANumber() {
        CliRun r = run("demo", "--seed", "abc");
        assertEquals(LifeCircle.EXIT_BAD_INPUT, r.exit());
        assertTrue(r.err().startsWith("error: ") && r.err().contains("--seed"), r.err());
        assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
    }
}
