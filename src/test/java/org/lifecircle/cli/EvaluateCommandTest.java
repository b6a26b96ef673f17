package org.lifecircle.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifecircle.network.geodesy.Wgs84;

/**
 * FEATURE UNDER TEST: {@code evaluate} end to end on a small project worked out by hand, and its
 * answers to bad input. The project is the 5 × 4 street grid of the coverage grid test (100 m
 * north–south, LX = 100.67 m east–west blocks) as a GeoJSON line layer, one population cell
 * centred on every node with 10·(5y + x + 1) people, two fitness facilities at the south-west
 * and north-east corners, 250 s at 3.6 km/h: 1,260 of 2,100 people covered (0.6).
 */
class EvaluateCommandTest {

    private static final double D = 100 / Wgs84.metersPerDegreeLat(0);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private Path write(String name, String text) throws IOException {
        Path file = tmp.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    private void gridRoads() throws IOException {
        StringBuilder sb = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[\n");
        boolean first = true;
        for (int y = 0; y < 4; y++) {
            for (int x = 0; x < 5; x++) {
                for (int[] end : new int[][] {{x + 1, y}, {x, y + 1}}) {
                    if (end[0] > 4 || end[1] > 3) continue;
                    sb.append(first ? "" : ",\n").append(String.format(Locale.ROOT,
                            "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"LineString\","
                                    + "\"coordinates\":[[%.15f,%.15f],[%.15f,%.15f]]}}",
                            x * D, y * D, end[0] * D, end[1] * D));
                    first = false;
                }
            }
        }
        write("roads.geojson", sb.append("\n]}\n").toString());
    }

    private void population(String name, String cellValueOverride) throws IOException {
        StringBuilder sb = new StringBuilder();
        sb.append("ncols 5\nnrows 4\n");
        sb.append(String.format(Locale.ROOT, "xllcorner %.15f%nyllcorner %.15f%ncellsize %.15f%n", -D / 2, -D / 2, D));
        sb.append("NODATA_value -9999\n");
        for (int y = 3; y >= 0; y--) {
            for (int x = 0; x < 5; x++) {
                String v = Integer.toString(10 * (5 * y + x + 1));
                if (cellValueOverride != null && x == 2 && y == 1) v = cellValueOverride;
                sb.append(x == 0 ? "" : " ").append(v);
            }
            sb.append('\n');
        }
        write(name, sb.toString());
    }

    private void facilities(String type) throws IOException {
        write("facilities.csv", String.format(Locale.ROOT,
                "id,lon,lat,type,name,area_m2,capacity%nF1,0,0,%s,西南健身点,300,30%nF2,%.15f,%.15f,%s,东北健身点,900,96%n",
                type, 4 * D, 3 * D, type));
    }

    private Path project(String body) throws IOException {
        return write("project.yaml", "name: 网格镇 Grid town\n" + body);
    }

    private static final String TYPES = "types:\n  fitness: { minutes: 4.1666666666666667, speedKmh: 3.6 }\n";

    @Test
    void handWorkedProjectGivesExactCoverageInEveryOutput() throws IOException {
        gridRoads();
        population("pop.asc", null);
        facilities("fitness");
        Path project = project("network: roads.geojson\npopulation: { path: pop.asc, crs: \"EPSG:4326\" }\n"
                + "facilities: facilities.csv\n" + TYPES);
        Path out = tmp.resolve("out");
        CliRun r = run("evaluate", "--project", project.toString(), "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("fitness"), r.out());

        JsonNode summary = JSON.readTree(out.resolve("summary.json").toFile());
        JsonNode fitness = summary.at("/types/fitness");
        assertEquals(2100, fitness.get("population").asDouble(), 1e-6);
        assertEquals(1260, fitness.get("covered").asDouble(), 1e-6);
        assertEquals(0.6, fitness.get("share").asDouble(), 1e-12);
        assertEquals(250.0 / 60, fitness.get("minutes").asDouble(), 1e-9);
        assertEquals("total", fitness.get("demand").asText());
        assertEquals("network", summary.get("travelTime").asText());
        assertEquals(1, fitness.at("/gaps/count").asInt());
        assertEquals(840, fitness.at("/gaps/uncovered").asDouble(), 1e-6);
        assertEquals(0.1, fitness.at("/twoStepFloatingCatchment/facilities/0/ratio").asDouble(), 1e-12);

        List<String> cells = Files.readAllLines(out.resolve("cells.csv"));
        assertEquals("id,lon,lat,population,fitness_seconds", String.join(",", List.of(cells.get(0).split(",")).subList(0, 5)));
        assertEquals(21, cells.size());
        double covered = 0;
        for (String line : cells.subList(1, cells.size())) {
            String[] f = line.split(",", -1);
            if (!f[4].isEmpty() && Double.parseDouble(f[4]) <= 250) covered += Double.parseDouble(f[3]);
        }
        assertEquals(1260, covered, 1e-9);
        // the south-west corner cell is row 3, column 0 of the raster: id 15, 0 s from F1
        assertTrue(cells.contains("15,0,0,10,0,,true,network"), String.join("\n", cells));

        JsonNode gaps = JSON.readTree(out.resolve("gaps.geojson").toFile());
        assertEquals("FeatureCollection", gaps.get("type").asText());
        assertEquals(1, gaps.get("features").size());
        assertEquals(8, gaps.at("/features/0/properties/cells").asInt());
        JsonNode catchments = JSON.readTree(out.resolve("catchments.geojson").toFile());
        assertEquals(2, catchments.get("features").size());

        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("data:image/png;base64,"));
        assertFalse(html.contains("{{"), "every template slot filled");
        assertTrue(html.contains("60.0 %"), "the share in the coverage table");
        assertFalse(html.contains("<script"), "no scripts: the report opens offline");
        assertEquals(List.of("id,name,lon,lat,served_all,missing_types,travel_time"), Files.readAllLines(out.resolve("villages.csv")));
    }

    @Test
    void withoutANetworkEveryOutputSaysStraightLine() throws IOException {
        population("pop.asc", null);
        facilities("fitness");
        Path project = project("population: { path: pop.asc, crs: \"EPSG:4326\" }\nfacilities: facilities.csv\n" + TYPES);
        Path out = tmp.resolve("out");
        CliRun r = run("evaluate", "--project", project.toString(), "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("straight-line"), r.out());
        JsonNode summary = JSON.readTree(out.resolve("summary.json").toFile());
        assertEquals("straight-line", summary.get("travelTime").asText());
        assertEquals("straight-line", summary.at("/types/fitness/travelTime").asText());
        assertTrue(summary.get("notes").get(0).asText().contains("straight-line"));
        // straight lines cover four more cells than the streets: (2,1), (1,2) and their mirrors
        assertEquals(1260 + 80 + 120 + 130 + 90, summary.at("/types/fitness/covered").asDouble(), 1e-6);
        assertTrue(Files.readString(out.resolve("report.html")).contains("STRAIGHT-LINE FALLBACK"));
        assertEquals("straight-line", JSON.readTree(out.resolve("gaps.geojson").toFile()).get("travelTime").asText());
        assertTrue(Files.readAllLines(out.resolve("cells.csv")).get(1).endsWith(",straight-line"));
    }

    @Test
    void pointPopulationKeepsTheFileIdsAndVillagePointsAreChecked() throws IOException {
        gridRoads();
        facilities("fitness");
        StringBuilder pop = new StringBuilder("id,lon,lat,population\n");
        for (int y = 0; y < 4; y++) {
            for (int x = 0; x < 5; x++) {
                pop.append(String.format(Locale.ROOT, "P%d%d,%.15f,%.15f,%d%n", x, y, x * D, y * D, 10 * (5 * y + x + 1)));
            }
        }
        write("pop.csv", pop.toString());
        write("villages.csv", String.format(Locale.ROOT, "id,lon,lat,name%nV1,0,0,西村%nV2,%.15f,%.15f,东村%n", 4 * D, 0.0));
        Path project = project("network: roads.geojson\npopulation: pop.csv\nfacilities: facilities.csv\n" + TYPES
                + "villages: { path: villages.csv, radiusMeters: 50 }\n");
        Path out = tmp.resolve("out");
        CliRun r = run("evaluate", "--project", project.toString(), "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        JsonNode summary = JSON.readTree(out.resolve("summary.json").toFile());
        assertEquals(1260, summary.at("/types/fitness/covered").asDouble(), 1e-6);
        assertEquals("points", summary.at("/demand/kind").asText());
        List<String> cells = Files.readAllLines(out.resolve("cells.csv"));
        assertTrue(cells.stream().anyMatch(l -> l.startsWith("P00,0,0,10,0,")), String.join("\n", cells));
        assertEquals(1, summary.at("/types/fitness/gaps/count").asInt());
        List<String> villages = Files.readAllLines(out.resolve("villages.csv"));
        assertEquals(3, villages.size());
        // V1 sits on F1; V2 at (4,0) is 300 s from F2 and 403 s from F1, beyond 250 s and 50 m
        assertTrue(villages.get(1).startsWith("V1,西村,0,0,true,,true,0,F1,0,0,network"), villages.get(1));
        assertTrue(villages.get(2).startsWith("V2,东村,"), villages.get(2));
        assertTrue(villages.get(2).contains(",false,fitness,false,0,F2,300,300,network"), villages.get(2));
        assertEquals(0.5, summary.at("/villages/fullyServedShare").asDouble(), 1e-12);
    }

    @Test
    void elderlyDemandComesFromTheShareOrTheNationalDefault() throws IOException {
        gridRoads();
        population("pop.asc", null);
        facilities("elder_care");
        String types = "types:\n  elder_care: { minutes: 4.1666666666666667, speedKmh: 3.6 }\n";
        Path given = project("network: roads.geojson\npopulation: { path: pop.asc, crs: \"EPSG:4326\" }\n"
                + "facilities: facilities.csv\nelderlyShare: 0.25\n" + types);
        CliRun r = run("evaluate", "--project", given.toString(), "--out", tmp.resolve("a").toString());
        assertEquals(0, r.exit(), r.err());
        JsonNode a = JSON.readTree(tmp.resolve("a/summary.json").toFile());
        assertEquals("elderly", a.at("/types/elder_care/demand").asText());
        assertEquals(0.25 * 2100, a.at("/types/elder_care/population").asDouble(), 1e-6);
        assertEquals(0.25 * 1260, a.at("/types/elder_care/covered").asDouble(), 1e-6);
        assertEquals(2100, a.at("/types/elder_care/totalPopulation/population").asDouble(), 1e-6);
        assertEquals(0, a.get("notes").size());

        Path absent = project("network: roads.geojson\npopulation: { path: pop.asc, crs: \"EPSG:4326\" }\n"
                + "facilities: facilities.csv\n" + types);
        r = run("evaluate", "--project", absent.toString(), "--out", tmp.resolve("b").toString());
        assertEquals(0, r.exit(), r.err());
        JsonNode b = JSON.readTree(tmp.resolve("b/summary.json").toFile());
        assertEquals(0.187 * 2100, b.at("/types/elder_care/population").asDouble(), 1e-6);
        assertTrue(b.get("notes").get(0).asText().contains("18.70 %"), b.get("notes").toString());
        assertTrue(r.out().contains("note:"), r.out());
    }

    @Test
    void projectNamingAMissingFileIsBadInput() throws IOException {
        facilities("fitness");
        Path project = project("population: nowhere.tif\nfacilities: facilities.csv\n" + TYPES);
        CliRun r = run("evaluate", "--project", project.toString(), "--out", tmp.resolve("out").toString());
        assertEquals(2, r.exit());
        assertOneLine(r.err(), "project.yaml", "nowhere.tif");
    }

    @Test
    void rasterWithoutACoordinateSystemIsBadInput() throws IOException {
        population("pop.asc", null);
        facilities("fitness");
        Path project = project("population: pop.asc\nfacilities: facilities.csv\n" + TYPES);
        CliRun r = run("evaluate", "--project", project.toString(), "--out", tmp.resolve("out").toString());
        assertEquals(2, r.exit());
        assertOneLine(r.err(), "pop.asc", "coordinate reference system");
    }

    @Test
    void facilityTypeNotInTheStandardsPackIsBadInput() throws IOException {
        population("pop.asc", null);
        facilities("fitness");
        Path project = project("population: { path: pop.asc, crs: \"EPSG:4326\" }\nfacilities: facilities.csv\n"
                + "types:\n  swimming_pool: { minutes: 15 }\n");
        CliRun r = run("evaluate", "--project", project.toString(), "--out", tmp.resolve("out").toString());
        assertEquals(2, r.exit());
        assertOneLine(r.err(), "project.yaml", "swimming_pool", "not in the standards pack");
    }

    @Test
    void negativePopulationIsBadInput() throws IOException {
        population("pop.asc", "-5");
        facilities("fitness");
        Path project = project("population: { path: pop.asc, crs: \"EPSG:4326\" }\nfacilities: facilities.csv\n" + TYPES);
        CliRun r = run("evaluate", "--project", project.toString(), "--out", tmp.resolve("out").toString());
        assertEquals(2, r.exit());
        assertOneLine(r.err(), "pop.asc", "-5");
    }

    @Test
    void notANumberPopulationIsBadInput() throws IOException {
        write("pop.csv", "id,lon,lat,population\nA,0,0,12\nB,0.001,0.001,NaN\n");
        facilities("fitness");
        Path project = project("population: pop.csv\nfacilities: facilities.csv\n" + TYPES);
        CliRun r = run("evaluate", "--project", project.toString(), "--out", tmp.resolve("out").toString());
        assertEquals(2, r.exit());
        assertOneLine(r.err(), "pop.csv", "row 3");
    }

    private static void assertOneLine(String err, String... fragments) {
        String trimmed = err.strip();
        assertFalse(trimmed.contains("\n"), "one line: " + err);
        assertTrue(trimmed.startsWith("error: "), err);
        for (String f : fragments) assertTrue(trimmed.contains(f), "'" + f + "' in: " + err);
    }
}
