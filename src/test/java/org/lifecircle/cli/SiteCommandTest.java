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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * FEATURE UNDER TEST: {@code site} in matrix mode. A hand-made instance whose answers can be
 * worked out on paper, the files it writes, and every kind of bad input ending in exit code 2
 * with one line naming the file (and row) and the numbers involved.
 *
 * <pre>
 *   demand  weight   cost to A   B    C        cutoff 10
 *   d1      100         5       20   30        A covers d1, d2      (weight 300)
 *   d2      200         8       25   40        B covers d3          (weight 400)
 *   d3      400        50        3   12        C covers d4          (weight 50)
 *   d4       50        60       40    9
 * </pre>
 * MCLP p = 1 opens B (400 of 750); p = 2 opens B then A (700).
 */
class SiteCommandTest {

    @TempDir
    Path dir;

    private String err;
    private String out;

    private static final String OD = """
            from_id,to_id,seconds
            d1,A,5
            d1,B,20
            d1,C,30
            d2,A,8
            d2,B,25
            d2,C,40
            d3,A,50
            d3,B,3
            d3,C,12
            d4,A,60
            d4,B,40
            d4,C,9
            """;

    private static final String WEIGHTS = """
            id,weight
            d1,100
            d2,200
            d3,400
            d4,50
            """;

    private Path file(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    private int run(String... args) {
        CliRun r = CliRun.of(args);
        err = r.err().trim();
        out = r.out().trim();
        return r.exit();
    }

    private String[] base(String model, String... more) throws IOException {
        List<String> args = new java.util.ArrayList<>(List.of("site", "--matrix", file("od.csv", OD).toString(),
                "--weights", file("w.csv", WEIGHTS).toString(), "--model", model, "--out", dir.resolve("out").toString()));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    @Test
    void mclpWritesResultSitesCurveAndGeoJson() throws IOException {
        Path positions = file("cand.csv", "id,lon,lat\nA,116.1,39.9\nB,116.2,39.8\nC,116.3,39.7\n");
        int code = run(base("mclp", "--p", "2", "--cutoff", "10", "--candidates", positions.toString()));
        assertEquals(0, code, err);
        JsonNode json = new ObjectMapper().readTree(dir.resolve("out/result.json").toFile());
        assertEquals("mclp", json.get("model").asText());
        assertEquals("local", json.get("solver").asText());
        assertEquals(2, json.get("p").asInt());
        assertEquals(700, json.get("objective").asDouble(), 1e-9);
        assertEquals(700, json.get("coveredWeight").asDouble(), 1e-9);
        assertEquals(750, json.get("totalWeight").asDouble(), 1e-9);
        assertEquals("B", json.get("selected").get(0).asText());
        assertEquals("A", json.get("selected").get(1).asText());
        assertTrue(json.has("runtimeMs"));
        assertFalse(json.has("gap"), "no gap without an exact solver");
        assertEquals("""
                id,order,existing,marginal_gain,covered_weight
                B,1,false,400,400
                A,2,false,300,300
                """, Files.readString(dir.resolve("out/sites.csv")));
        assertEquals("""
                p,covered_weight,share,marginal_gain,objective
                1,400,0.5333333333333333,400,400
                2,700,0.9333333333333333,300,700
                """, Files.readString(dir.resolve("out/curve.csv")));
        assertEquals("demand_id,site_id\nd1,A\nd2,A\nd3,B\nd4,\n", Files.readString(dir.resolve("out/assignment.csv")));
        JsonNode geo = new ObjectMapper().readTree(dir.resolve("out/sites.geojson").toFile());
        assertEquals(2, geo.get("features").size());
        assertEquals(116.2, geo.get("features").get(0).get("geometry").get("coordinates").get(0).asDouble(), 1e-12);
    }

    @Test
    void exactSolverReportsBoundsAndExistingSitesCount() throws IOException {
        Path existing = file("existing.csv", "id\nC\n");
        int code = run(base("mclp", "--p", "1", "--cutoff", "10", "--solver", "exact", "--existing", existing.toString()));
        assertEquals(0, code, err);
        JsonNode json = new ObjectMapper().readTree(dir.resolve("out/result.json").toFile());
        assertEquals(450, json.get("objective").asDouble(), 1e-9, "C (existing, 50) + B (400)");
        assertEquals("C", json.get("existing").get(0).asText());
        assertEquals(450, json.get("lowerBound").asDouble(), 1e-9);
        assertEquals(450, json.get("upperBound").asDouble(), 1e-9);
        assertEquals(0, json.get("gap").asDouble(), 1e-9);
        assertTrue(json.get("solver").asText().startsWith("exact"));
    }

    @Test
    void lscpAndPMedianAnswers() throws IOException {
        assertEquals(0, run(base("lscp", "--cutoff", "10")), err);
        JsonNode lscp = new ObjectMapper().readTree(dir.resolve("out/result.json").toFile());
        assertEquals(3, lscp.get("p").asInt(), "A, B and C are each the only cover of some row");
        assertEquals(0, run(base("lscp", "--cutoff", "10", "--target", "0.9")), err);
        assertEquals(2, new ObjectMapper().readTree(dir.resolve("out/result.json").toFile()).get("p").asInt());
        assertEquals(0, run(base("pmedian", "--p", "2")), err);
        JsonNode pm = new ObjectMapper().readTree(dir.resolve("out/result.json").toFile());
        // {A, B}: 100·5 + 200·8 + 400·3 + 50·40 = 5300; {A, C}: 500 + 1600 + 4800 + 450 = 7350; {B, C}: 2000 + 5000 + 1200 + 450 = 8650
        assertEquals(5300, pm.get("objective").asDouble(), 1e-9);
        assertEquals(5300 / 750.0, pm.get("meanCost").asDouble(), 1e-9);
        // one site: A 25,100, B 10,200, C 16,250 -> B; two sites: {A, B} 5,300, saving 4,900
        assertEquals("""
                p,covered_weight,share,marginal_gain,objective
                1,750,1,,10200
                2,750,1,4900,5300
                """, Files.readString(dir.resolve("out/curve.csv")));
    }

    private void assertBadInput(String expected, String... args) {
        int code = run(args);
        assertEquals(2, code, "exit code; stderr: " + err);
        assertEquals(1, err.lines().count(), "one line: " + err);
        assertTrue(err.startsWith("error: "), err);
        assertTrue(err.contains(expected), "expected «" + expected + "» in: " + err);
        assertFalse(err.contains("Exception"), err);
    }

    @Test
    void pLargerThanCandidateCount() throws IOException {
        assertBadInput("p = 4 is larger than the 3 free candidates", base("mclp", "--p", "4", "--cutoff", "10"));
    }

    @Test
    void emptyCandidateSet() throws IOException {
        Path od = file("empty.csv", "from_id,to_id,seconds\n");
        assertBadInput("empty.csv: no pair, so the candidate set is empty",
                "site", "--matrix", od.toString(), "--model", "mclp", "--p", "1", "--cutoff", "5", "--out", dir.toString());
    }

    @Test
    void demandUnreachableFromEveryCandidate() throws IOException {
        Path od = file("od2.csv", OD + "d5,A,\nd5,B,\n");
        assertBadInput("od2.csv, row 14: demand 'd5' is unreachable from every candidate (all its costs are empty);"
                + " 1 such demand ids, weight 1 of 5",
                "site", "--matrix", od.toString(), "--model", "pmedian", "--p", "1", "--out", dir.toString());
    }

    @Test
    void weightsIdNotInMatrix() throws IOException {
        Path w = file("w2.csv", WEIGHTS + "d9,1200\n");
        assertBadInput("w2.csv, row 6: demand id 'd9' is not in", "site", "--matrix", file("od.csv", OD).toString(),
                "--weights", w.toString(), "--model", "mclp", "--p", "1", "--cutoff", "10", "--out", dir.toString());
        assertTrue(err.contains("unreachable from every candidate; 1 such ids, weight 1,200"), err);
    }

    @Test
    void existingIdNotACandidate() throws IOException {
        Path ex = file("ex.csv", "id\nA\nZ\n");
        assertBadInput("ex.csv, row 3: existing id 'Z' is not a candidate", base("mclp", "--p", "1", "--cutoff", "10",
                "--existing", ex.toString()));
    }

    @Test
    void capacitySmallerThanDemandIsReportedBeforeSolving() throws IOException {
        String od = "from_id,to_id,seconds\nd1,A,1\nd1,B,1\nd2,B,1\nd2,C,1\n";
        Path w = file("cw.csv", "id,weight\nd1,5000\nd2,7400\n");
        Path caps = file("caps.csv", "id,capacity\nA,4000\nB,5000\nC,3000\n");
        assertBadInput("capacities: capacity 9,000 of the best 2 sites (2 new) < demand 12,400",
                "site", "--matrix", file("cod.csv", od).toString(), "--weights", w.toString(), "--model", "capacitated",
                "--p", "2", "--cutoff", "10", "--capacities", caps.toString(), "--out", dir.toString());
    }

    @Test
    void capacitatedSplitsWeightWithinCapacity() throws IOException {
        // d1 (5,000) reaches A and B, d2 (6,000) reaches B and C; capacities 4,000 / 5,000 / 3,000.
        // All 11,000 fit only if d1 is split: C takes at most 3,000 of d2, so B takes ≥ 3,000 of d2 and
        // at most 2,000 of d1, whose other ≥ 3,000 go to A.
        String od = "from_id,to_id,seconds\nd1,A,1\nd1,B,1\nd2,B,1\nd2,C,1\n";
        Path w = file("cw.csv", "id,weight\nd1,5000\nd2,6000\n");
        Path caps = file("caps.csv", "id,capacity\nA,4000\nB,5000\nC,3000\n");
        assertEquals(0, run("site", "--matrix", file("cod.csv", od).toString(), "--weights", w.toString(), "--model",
                "capacitated", "--p", "3", "--cutoff", "10", "--capacities", caps.toString(), "--solver", "exact",
                "--out", dir.resolve("out").toString()), err);
        JsonNode json = new ObjectMapper().readTree(dir.resolve("out/result.json").toFile());
        assertEquals(11_000, json.get("objective").asDouble(), 1e-6);
        assertEquals(11_000, json.get("coveredWeight").asDouble(), 1e-6);
        java.util.Map<String, Double> capacity = java.util.Map.of("A", 4000.0, "B", 5000.0, "C", 3000.0);
        double sum = 0;
        for (String line : Files.readAllLines(dir.resolve("out/sites.csv")).subList(1, 4)) {
            String[] f = line.split(",");
            double served = Double.parseDouble(f[4]);
            assertTrue(served <= capacity.get(f[0]) + 1e-9, line);
            sum += served;
        }
        assertEquals(11_000, sum, 1e-6);
        // greedy curve by hand: B alone serves 5,000; B + A 4,000 + 5,000; all three 11,000
        List<String> curve = Files.readAllLines(dir.resolve("out/curve.csv"));
        assertEquals(List.of("p,covered_weight,share,marginal_gain,objective"), curve.subList(0, 1));
        double[][] expected = {{1, 5000, 5000}, {2, 9000, 4000}, {3, 11000, 2000}};
        for (int k = 0; k < 3; k++) {
            String[] f = curve.get(k + 1).split(",");
            assertEquals(expected[k][0], Double.parseDouble(f[0]), 0, curve.get(k + 1));
            assertEquals(expected[k][1], Double.parseDouble(f[1]), 1e-6, curve.get(k + 1));
            assertEquals(expected[k][2], Double.parseDouble(f[3]), 1e-6, curve.get(k + 1));
        }
    }

    @Test
    void negativeCostNamesFileAndRow() throws IOException {
        Path od = file("neg.csv", "from_id,to_id,seconds\nd1,A,5\nd2,A,-5\n");
        assertBadInput("neg.csv, row 3: cost -5 is negative",
                "site", "--matrix", od.toString(), "--model", "pmedian", "--p", "1", "--out", dir.toString());
    }

    @Test
    void nanWeightNamesFileAndRow() throws IOException {
        Path w = file("nan.csv", "id,weight\nd1,NaN\n");
        assertBadInput("nan.csv, row 2: weight NaN is not a finite number", "site", "--matrix",
                file("od.csv", OD).toString(), "--weights", w.toString(), "--model", "mclp", "--p", "1", "--cutoff", "10",
                "--out", dir.toString());
    }

    @Test
    void nanCostNamesFileAndRow() throws IOException {
        Path od = file("nanc.csv", "from_id,to_id,seconds\nd1,A,NaN\n");
        assertBadInput("nanc.csv, row 2: cost NaN is not a finite number",
                "site", "--matrix", od.toString(), "--model", "pmedian", "--p", "1", "--out", dir.toString());
    }

    @Test
    void targetAboveCoverableWeightSaysHowMuch() throws IOException {
        assertBadInput("target: target 0.99 of total weight 750 = 742.50 > coverable weight 400 (350 lies where no candidate covers)", base("lscp",
                "--cutoff", "4", "--target", "0.99"));
    }
}
