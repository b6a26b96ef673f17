package org.lifecircle.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifecircle.store.StoreLocation;
import org.lifecircle.store.Workspace;
import org.lifecircle.store.layer.Feature;
import org.lifecircle.store.layer.Layer;
import org.lifecircle.store.layer.LayerInfo;
import org.lifecircle.store.layer.PopulationGrid;
import org.lifecircle.store.project.Project;
import org.lifecircle.store.result.EvaluationRecord;
import org.lifecircle.store.result.SelectedSite;
import org.lifecircle.store.result.SitingRun;
import org.lifecircle.store.result.SitingRunRecord;
import org.lifecircle.store.result.TypeCoverage;
import org.lifecircle.store.scenario.ScenarioRecord;

/**
 * FEATURE UNDER TEST: {@code import} and the workspace save of {@code evaluate} on the demo
 * project. References are independent of the store code: the facility rows of facilities.csv,
 * the population totals of gis-data/PROVENANCE.md, the road lengths of roads.geojson measured
 * here with the haversine formula, and the files {@code evaluate} itself wrote (summary.json,
 * cells.csv).
 */
class WorkspaceImportTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DEMO = "示范县城 Demo Town";

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void evaluateSavesLayersAndAnEvaluationThatMatchItsFiles(@TempDir Path tmp) throws IOException {
        Path ws = tmp.resolve("ws");
        Path out = tmp.resolve("out");
        CliRun r = run("evaluate", "--project", "gis-data/project.yaml", "--out", out.toString(), "--workspace", ws.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("saved evaluation"), r.out());

        JsonNode summary = JSON.readTree(out.resolve("summary.json").toFile());
        List<String> lines = Files.readAllLines(out.resolve("cells.csv"));
        List<String> header = Arrays.asList(lines.get(0).split(","));
        try (Workspace w = Workspace.open(StoreLocation.embedded(ws))) {
            Project p = w.projects().find(DEMO).orElseThrow();
            Map<String, LayerInfo> layers = layers(w, p.id());
            assertEquals(Files.readAllLines(Path.of("gis-data/facilities.csv")).size() - 1, layers.get("facilities").featureCount());
            assertTrue(!layers.containsKey("network"), "evaluate leaves the network in its file: " + layers.keySet());

            PopulationGrid grid = w.layers().loadGrid(layers.get("population").id());
            assertEquals(List.of("population", "elderly"), grid.bandNames());
            assertEquals(183_229, Arrays.stream(grid.bandValues()[0]).sum(), 1.0);
            assertEquals(39_453, Arrays.stream(grid.bandValues()[1]).sum(), 1.0);
            assertEquals(lines.size() - 1, grid.cellCount());

            ScenarioRecord baseline = w.scenarios().find(p.id(), "baseline").orElseThrow();
            EvaluationRecord e = w.evaluations().latest(baseline.id()).orElseThrow();
            assertEquals("network", e.evaluation().travelMode());
            assertEquals(6, e.evaluation().types().size());
            for (TypeCoverage t : e.evaluation().types()) {
                JsonNode s = summary.get("types").get(t.facilityType());
                assertEquals(s.get("population").asDouble(), t.population(), 1e-3, t.facilityType());
                assertEquals(s.get("covered").asDouble(), t.covered(), 1e-3, t.facilityType());
                assertEquals(s.get("share").asDouble(), t.share(), 1e-9, t.facilityType());
                int column = header.indexOf(t.facilityType() + "_seconds");
                for (int i = 1; i < lines.size(); i++) {
                    String v = lines.get(i).split(",", -1)[column];
                    int expected = v.isEmpty() ? -1 : (int) Math.round(Double.parseDouble(v));
                    assertEquals(expected, t.cellSeconds()[i - 1], Math.abs(expected) < 1 ? 0 : 1, t.facilityType() + " cell " + i);
                }
            }
            assertTrue(e.evaluation().units().stream().anyMatch(u -> u.facilityType().equals("fitness")), "unit rows saved");
        }

        CliRun again = run("evaluate", "--project", "gis-data/project.yaml", "--out", out.toString(), "--workspace", ws.toString());
        assertEquals(0, again.exit(), again.err());
        try (Workspace w = Workspace.open(StoreLocation.embedded(ws))) {
            Project p = w.projects().find(DEMO).orElseThrow();
            assertEquals(1, p.version(), "unchanged project file, unchanged definition");
            ScenarioRecord baseline = w.scenarios().find(p.id(), "baseline").orElseThrow();
            assertEquals(2, w.evaluations().list(baseline.id()).size());
            assertEquals(List.of("facilities", "population", "units-community", "units-street", "units-township",
                    "units-village", "villages"), List.copyOf(layers(w, p.id()).keySet()));
        }
    }

    @Test
    void projectSiteRunIsSavedWithTheFiguresOfItsResultJson(@TempDir Path tmp) throws IOException {
        Path ws = tmp.resolve("ws");
        Path out = tmp.resolve("site");
        CliRun r = run("site", "--project", "gis-data/project.yaml", "--type", "elder_care", "--model", "mclp", "--p", "3",
                "--candidates", "gis-data/candidates.csv", "--out", out.toString(), "--workspace", ws.toString());
        assertEquals(0, r.exit(), r.err());
        JsonNode result = JSON.readTree(out.resolve("result.json").toFile());
        try (Workspace w = Workspace.open(StoreLocation.embedded(ws))) {
            Project p = w.projects().find(DEMO).orElseThrow();
            List<SitingRunRecord> runs = w.sitingRuns().list(p.id());
            assertEquals(1, runs.size());
            SitingRun run = runs.get(0).run();
            assertEquals("elder_care", run.facilityType());
            assertEquals("mclp", run.model());
            List<String> selected = new ArrayList<>();
            result.get("selected").forEach(n -> selected.add(n.asText()));
            assertEquals(selected, run.selected().stream().map(SelectedSite::candidateId).toList());
            assertEquals(result.get("objective").asDouble(), run.objective(), 1e-6);
            assertEquals(result.get("coveredWeight").asDouble(), run.coveredWeight(), 1e-6);
            assertEquals(result.get("totalWeight").asDouble(), run.totalWeight(), 1e-6);
            assertEquals(3, ((Number) run.parameters().get("p")).intValue());
        }
        CliRun matrixWithStore = run("site", "--matrix", "m.csv", "--model", "mclp", "--p", "1", "--out", out.toString(),
                "--store", "h2gis:" + ws);
        assertEquals(2, matrixWithStore.exit(), matrixWithStore.err());
        assertTrue(matrixWithStore.err().contains("--store"), matrixWithStore.err());
    }

    @Test
    void importStoresTheNetworkWithTheLengthOfItsRoads(@TempDir Path tmp) throws IOException {
        Path ws = tmp.resolve("ws");
        CliRun r = run("import", "--project", "gis-data/project.yaml", "--workspace", ws.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("imported project '" + DEMO + "'"), r.out());
        double roadsMeters = haversineLength(JSON.readTree(Path.of("gis-data/roads.geojson").toFile()));
        try (Workspace w = Workspace.open(StoreLocation.embedded(ws))) {
            Project p = w.projects().find(DEMO).orElseThrow();
            Map<String, LayerInfo> layers = layers(w, p.id());
            Layer network = w.layers().load(layers.get("network").id());
            double stored = 0;
            for (Feature f : network.features()) stored += ((Number) f.properties().get("length_m")).doubleValue();
            assertEquals(roadsMeters, stored, roadsMeters * 0.005, "stored edge lengths against the road file");
            Layer villages = w.layers().load(layers.get("villages").id());
            assertEquals(JSON.readTree(Path.of("gis-data/villages.geojson").toFile()).get("features").size(), villages.size());
            Set<String> fileIds = new TreeSet<>();
            Set<String> streets = new TreeSet<>();
            for (JsonNode f : JSON.readTree(Path.of("gis-data/communities.geojson").toFile()).get("features")) {
                fileIds.add(f.get("properties").get("id").asText());
                if (f.get("properties").has("street")) streets.add(f.get("properties").get("street").asText());
            }
            Set<String> storedIds = new TreeSet<>();
            for (String level : List.of("units-community", "units-township")) {
                for (Feature f : w.layers().load(layers.get(level).id()).features()) storedIds.add(f.id());
            }
            assertEquals(fileIds, storedIds, "communities and townships, one layer per level: " + layers.keySet());
            assertEquals(streets.size(), layers.get("units-street").featureCount(), "streets dissolved from the communities");
            assertEquals(villages.size(), layers.get("units-village").featureCount());
        }
        CliRun skip = run("import", "--project", "gis-data/project.yaml", "--workspace", tmp.resolve("ws2").toString(),
                "--skip-network");
        assertEquals(0, skip.exit(), skip.err());
        assertTrue(!skip.out().contains("network"), skip.out());
    }

    @Test
    void aWorkspaceThatCannotBeWrittenIsAWarningByDefaultAndAnErrorWhenNamed(@TempDir Path tmp) throws IOException {
        Path notAFolder = Files.writeString(tmp.resolve("file"), "x");
        Path out = tmp.resolve("out");
        CliRun byDefault = run("evaluate", "--project", "gis-data/project.yaml", "--out", out.toString(),
                "--workspace", notAFolder.resolve("ws").toString());
        assertEquals(0, byDefault.exit(), byDefault.err());
        assertTrue(byDefault.err().startsWith("warning: the results files are written"), byDefault.err());
        assertTrue(Files.exists(out.resolve("summary.json")));

        CliRun named = run("evaluate", "--project", "gis-data/project.yaml", "--out", out.toString(),
                "--store", "h2gis:" + notAFolder.resolve("ws"));
        assertEquals(1, named.exit(), named.err());
        assertTrue(named.err().startsWith("error: the results files are written"), named.err());
        assertTrue(!named.err().contains("\tat "), "no stack trace: " + named.err());

        CliRun bad = run("import", "--project", tmp.resolve("missing.yaml").toString(), "--workspace", tmp.resolve("ws").toString());
        assertEquals(2, bad.exit(), bad.err());
        assertTrue(bad.err().contains("missing.yaml"), bad.err());
    }

    private static Map<String, LayerInfo> layers(Workspace w, long project) {
        return w.layers().list(project).stream()
                .collect(Collectors.toMap(LayerInfo::name, l -> l, (a, b) -> { throw new AssertionError("duplicate " + a); }, TreeMap::new));
    }

    private static double haversineLength(JsonNode geojson) {
        double sum = 0;
        for (JsonNode f : geojson.get("features")) {
            JsonNode g = f.get("geometry");
            if (g.get("type").asText().equals("LineString")) sum += lineLength(g.get("coordinates"));
            else for (JsonNode part : g.get("coordinates")) sum += lineLength(part);
        }
        return sum;
    }

    private static double lineLength(JsonNode coords) {
        double sum = 0;
        for (int i = 1; i < coords.size(); i++) {
            double lon1 = Math.toRadians(coords.get(i - 1).get(0).asDouble());
            double lat1 = Math.toRadians(coords.get(i - 1).get(1).asDouble());
            double lon2 = Math.toRadians(coords.get(i).get(0).asDouble());
            double lat2 = Math.toRadians(coords.get(i).get(1).asDouble());
            double h = Math.pow(Math.sin((lat2 - lat1) / 2), 2) + Math.cos(lat1) * Math.cos(lat2) * Math.pow(Math.sin((lon2 - lon1) / 2), 2);
            sum += 2 * 6_371_008.8 * Math.asin(Math.sqrt(h));
        }
        return sum;
    }
}
