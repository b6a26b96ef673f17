package org.lifecircle.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * FEATURE UNDER TEST: {@code site --project} on the demo town: the files DESIGN.md promises, the
 * chosen sites' coordinates equal to the candidate file's, the curve ending at the reported
 * coverage, an exclusion layer honoured, and bad input as exit code 2 with one line.
 */
class ProjectSiteCommandTest {

    @TempDir
    Path dir;

    private String err;
    private String out;

    @Test
    void mclpOnTheDemoCandidatesWritesResultSitesAndCurve() throws IOException {
        Path outDir = dir.resolve("out");
        int code = run("site", "--project", "gis-data/project.yaml", "--type", "elder_care", "--model", "mclp", "--p", "4",
                "--candidates", "gis-data/candidates.csv", "--out", outDir.toString());
        assertEquals(0, code, err);
        JsonNode result = new ObjectMapper().readTree(outDir.resolve("result.json").toFile());
        for (String key : List.of("model", "p", "objective", "selected", "coveredWeight", "totalWeight", "runtimeMs")) {
            assertTrue(result.has(key), key);
        }
        assertEquals("mclp", result.get("model").asText());
        assertEquals(4, result.get("selected").size());
        assertEquals("network", result.get("travelTime").asText());
        Map<String, double[]> candidates = new HashMap<>();
        for (String line : Files.readAllLines(Path.of("gis-data/candidates.csv")).subList(1, 93)) {
            String[] f = line.split(",");
            candidates.put(f[0], new double[] {Double.parseDouble(f[1]), Double.parseDouble(f[2])});
        }
        JsonNode sites = new ObjectMapper().readTree(outDir.resolve("sites.geojson").toFile());
        int newSites = 0;
        for (JsonNode f : sites.get("features")) {
            if (f.get("properties").get("existing").asBoolean()) continue;
            newSites++;
            String id = f.get("properties").get("id").asText();
            assertEquals(result.get("selected").get(newSites - 1).asText(), id);
            assertEquals(candidates.get(id)[0], f.get("geometry").get("coordinates").get(0).asDouble(), 1e-7, id);
            assertEquals(candidates.get(id)[1], f.get("geometry").get("coordinates").get(1).asDouble(), 1e-7, id);
        }
        assertEquals(4, newSites);
        List<String> curve = Files.readAllLines(outDir.resolve("curve.csv"));
        assertEquals(5, curve.size());
        double lastCurve = Double.parseDouble(curve.get(4).split(",")[1]);
        assertTrue(lastCurve <= result.get("coveredWeight").asDouble() + 1e-6);
        assertTrue(out.contains("4 new sites of 92 candidates"), out);
    }

    @Test
    void excludeLayerKeepsSitesOut() throws IOException {
        Path first = dir.resolve("first");
        assertEquals(0, run("site", "--project", "gis-data/project.yaml", "--type", "fitness", "--model", "mclp", "--p", "1",
                "--candidates", "gis-data/candidates.csv", "--solver", "greedy", "--out", first.toString()), err);
        JsonNode result = new ObjectMapper().readTree(first.resolve("result.json").toFile());
        String chosen = result.get("selected").get(0).asText();
        String[] row = Files.readAllLines(Path.of("gis-data/candidates.csv")).stream().filter(l -> l.startsWith(chosen + ","))
                .findFirst().orElseThrow().split(",");
        double lon = Double.parseDouble(row[1]);
        double lat = Double.parseDouble(row[2]);
        Path exclude = dir.resolve("no-build.geojson");
        Files.writeString(exclude, String.format(java.util.Locale.ROOT, "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":"
                + "\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[%f,%f],[%f,%f],[%f,%f],"
                + "[%f,%f],[%f,%f]]]}}]}", lon - 1e-4, lat - 1e-4, lon + 1e-4, lat - 1e-4, lon + 1e-4, lat + 1e-4, lon - 1e-4,
                lat + 1e-4, lon - 1e-4, lat - 1e-4));
        Path second = dir.resolve("second");
        assertEquals(0, run("site", "--project", "gis-data/project.yaml", "--type", "fitness", "--model", "mclp", "--p", "1",
                "--candidates", "gis-data/candidates.csv", "--solver", "greedy", "--exclude", exclude.toString(),
                "--out", second.toString()), err);
        JsonNode again = new ObjectMapper().readTree(second.resolve("result.json").toFile());
        assertFalse(again.get("selected").get(0).asText().equals(chosen));
        assertEquals(91, again.get("candidateCount").asInt());
    }

    @Test
    void badInputIsOneLineWithExitCodeTwo() {
        assertBadInput("--type", "site", "--project", "gis-data/project.yaml", "--type", "swimming", "--model", "mclp",
                "--p", "2", "--candidates", "gis-data/candidates.csv", "--out", dir.toString());
        assertBadInput("--p", "site", "--project", "gis-data/project.yaml", "--type", "fitness", "--model", "mclp",
                "--out", dir.toString());
        assertBadInput("--site-capacity", "site", "--project", "gis-data/project.yaml", "--type", "fitness", "--model",
                "capacitated", "--p", "2", "--out", dir.toString());
        assertBadInput("nope.yaml", "site", "--project", "nope.yaml", "--type", "fitness", "--model", "mclp", "--p", "2",
                "--out", dir.toString());
    }

    private void assertBadInput(String expected, String... args) {
        int code = run(args);
        assertEquals(2, code, "exit code; stderr: " + err);
        assertEquals(1, err.lines().count(), "one line: " + err);
        assertTrue(err.contains(expected), "expected «" + expected + "» in: " + err);
        assertFalse(err.contains("Exception"), err);
    }

    private int run(String... args) {
        CliRun r = CliRun.of(args);
        err = r.err().trim();
        out = r.out().trim();
        return r.exit();
    }
}
