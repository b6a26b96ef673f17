package org.lifecircle.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * FEATURE UNDER TEST: {@code evaluate} on the demo project in gis-data/ satisfies the output
 * contract of DESIGN.md. Expectations are independent of the coverage code: the population
 * totals of gis-data/PROVENANCE.md (183,229 people, 39,453 aged 60+), the thresholds of
 * project.yaml, and coverage recomputed from cells.csv itself.
 */
class EvaluateDemoTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> TYPES = List.of("fitness", "elder_care", "clinic", "kindergarten",
            "primary_school", "community_service");
    private static final Map<String, Double> MINUTES = Map.of("fitness", 15.0, "elder_care", 15.0, "clinic", 15.0,
            "kindergarten", 5.0, "primary_school", 10.0, "community_service", 15.0);

    private static JsonNode summary;
    private static List<String[]> cells;
    private static String[] header;
    private static Path out;

    @BeforeAll
    static void evaluateTheDemo(@TempDir Path tmp) throws IOException {
        out = tmp.resolve("out");
        StringWriter err = new StringWriter();
        CommandLine cl = LifeCircle.commandLine();
        cl.setOut(new PrintWriter(new StringWriter(), true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute("evaluate", "--project", "gis-data/project.yaml", "--out", out.toString());
        assertEquals(0, exit, err.toString());
        summary = JSON.readTree(out.resolve("summary.json").toFile());
        List<String> lines = Files.readAllLines(out.resolve("cells.csv"));
        header = lines.get(0).split(",");
        cells = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) cells.add(line.split(",", -1));
    }

    @Test
    void cellsCsvHasTheContractColumnsAndThePopulationOfTheRasters() {
        List<String> expected = new ArrayList<>(List.of("id", "lon", "lat", "population"));
        for (String t : TYPES) expected.add(t + "_seconds");
        assertEquals(expected, List.of(header).subList(0, expected.size()));
        double population = 0;
        double elderly = 0;
        int elderlyColumn = List.of(header).indexOf("elderly");
        for (String[] row : cells) {
            population += Double.parseDouble(row[3]);
            elderly += Double.parseDouble(row[elderlyColumn]);
            assertTrue(Double.parseDouble(row[1]) > 117.79 && Double.parseDouble(row[1]) < 118.01, row[1]);
        }
        assertEquals(183_229, population, 1.0);
        assertEquals(39_453, elderly, 1.0);
        assertEquals(summary.at("/demand/cells").asInt(), cells.size());
    }

    @Test
    void summaryHasEveryTypeWithPopulationCoveredShareAndMinutes() {
        List<String> keys = new ArrayList<>();
        Iterator<String> it = summary.get("types").fieldNames();
        it.forEachRemaining(keys::add);
        assertEquals(TYPES, keys);
        for (String t : TYPES) {
            JsonNode n = summary.at("/types/" + t);
            double population = n.get("population").asDouble();
            double covered = n.get("covered").asDouble();
            assertEquals(covered / population, n.get("share").asDouble(), 1e-6, t);
            assertTrue(n.get("share").asDouble() > 0 && n.get("share").asDouble() < 1, t);
            assertEquals(MINUTES.get(t), n.get("minutes").asDouble(), 1e-9, t);
            assertEquals(t.equals("elder_care") ? 39_453 : 183_229, population, 1.0, t);
            assertEquals(t.equals("elder_care") ? "elderly" : "total", n.get("demand").asText(), t);
            assertEquals("network", n.get("travelTime").asText());
        }
        assertEquals("network", summary.get("travelTime").asText());
    }

    @Test
    void coveredPopulationCanBeRecomputedFromCellsCsv() {
        int elderlyColumn = List.of(header).indexOf("elderly");
        for (int k = 0; k < TYPES.size(); k++) {
            String t = TYPES.get(k);
            double limit = MINUTES.get(t) * 60;
            double covered = 0;
            double boundary = 0;
            for (String[] row : cells) {
                String s = row[4 + k];
                if (s.isEmpty()) continue;
                double seconds = Double.parseDouble(s);
                double people = Double.parseDouble(row[t.equals("elder_care") ? elderlyColumn : 3]);
                if (seconds <= limit) covered += people;
                if (Math.abs(seconds - limit) <= 0.05) boundary += people;
            }
            assertEquals(summary.at("/types/" + t + "/covered").asDouble(), covered, boundary + 0.01 * cells.size() * 1e-3 + 1e-6, t);
        }
    }

    @Test
    void unitTablesAddUpToTheStudyArea() {
        Map<String, Integer> unitsPerLevel = new HashMap<>();
        for (JsonNode level : summary.get("units")) {
            String name = level.get("level").asText();
            unitsPerLevel.put(name, level.get("units").size());
            for (String t : TYPES) {
                double population = level.at("/outside/types/" + t + "/population").asDouble();
                double covered = level.at("/outside/types/" + t + "/covered").asDouble();
                for (JsonNode unit : level.get("units")) {
                    population += unit.at("/types/" + t + "/population").asDouble();
                    covered += unit.at("/types/" + t + "/covered").asDouble();
                }
                assertEquals(summary.at("/types/" + t + "/population").asDouble(), population, 0.01, name + " " + t);
                assertEquals(summary.at("/types/" + t + "/covered").asDouble(), covered, 0.01, name + " " + t);
            }
        }
        assertEquals(Map.of("community", 9, "street", 3, "township", 1, "village", 12), unitsPerLevel);
    }

    @Test
    void villagesAndReportAreWritten() throws IOException {
        List<String> villages = Files.readAllLines(out.resolve("villages.csv"));
        assertEquals(13, villages.size());
        // requiredTypes of project.yaml: clinic, elder_care, community_service (in the order of types:)
        assertTrue(villages.get(0).startsWith("id,name,lon,lat,served_all,missing_types,elder_care_served,"), villages.get(0));
        assertTrue(villages.get(0).contains(",clinic_served,") && villages.get(0).contains(",community_service_served,"));
        assertTrue(!villages.get(0).contains("fitness"), villages.get(0));
        assertEquals(12, summary.at("/villages/count").asInt());
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("示范县城 Demo Town"));
        assertTrue(html.contains("GB 50180-2018") || html.contains("盘政办发"), "clauses cited");
        assertTrue(Files.size(out.resolve("gaps.geojson")) > 1000);
    }
}
