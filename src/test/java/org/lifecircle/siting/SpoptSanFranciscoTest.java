package org.lifecircle.siting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * FEATURE UNDER TEST: the models reproduce PySAL spopt's own published results on its San
 * Francisco test data (205 census tracts weighted by POP2000, 16 candidate stores, network
 * distances in metres; service radius 5000 m; p = 4): MCLP leaves 21 tracts uncovered and covers
 * 875,247 people; p-median's population-weighted mean distance is 2982.1268579890657 m; LSCP
 * needs 8 stores. Rows and columns are sorted by name, as spopt builds its matrix.
 */
class SpoptSanFranciscoTest {

    private static final double RADIUS_METRES = 5000;
    private static CostMatrix matrix;
    private static double[] population;
    private static CandidateSet stores;

    @BeforeAll
    static void load() throws IOException {
        Path dir = Path.of(System.getProperty("lifecircle.shared", "../shared"), "data", "spopt-sf");
        Map<String, Double> pop = new TreeMap<>();
        List<String> demandLines = Files.readAllLines(dir.resolve("SF_demand_205_centroid_uniform_weight.csv"));
        List<String> header = List.of(unquote(demandLines.get(0)).split(","));
        int nameCol = header.indexOf("NAME");
        int popCol = header.indexOf("POP2000");
        for (String line : demandLines.subList(1, demandLines.size())) {
            String[] f = unquote(line).split(",");
            pop.put(f[nameCol], Double.parseDouble(f[popCol]));
        }
        List<String> distLines = Files.readAllLines(dir.resolve("SF_network_distance_candidateStore_16_censusTract_205_new.csv"));
        TreeSet<String> storeNames = new TreeSet<>();
        for (String line : distLines.subList(1, distLines.size())) storeNames.add(line.split(",")[1]);
        List<String> tracts = List.copyOf(pop.keySet());
        List<String> storeList = List.copyOf(storeNames);
        CostMatrix.Builder b = CostMatrix.builder(tracts.size(), storeList.size());
        for (String line : distLines.subList(1, distLines.size())) {
            String[] f = line.split(",");
            b.add(tracts.indexOf(f[2]), storeList.indexOf(f[1]), Double.parseDouble(f[0]));
        }
        matrix = b.build();
        population = pop.values().stream().mapToDouble(Double::doubleValue).toArray();
        stores = CandidateSet.of(storeList.toArray(String[]::new));
        assertEquals(205, matrix.demandCount());
        assertEquals(16, matrix.candidateCount());
        assertEquals(205 * 16, matrix.pairCount());
    }

    private static String unquote(String line) {
        return line.replace("\"", "");
    }

    @Test
    void mclpLeaves21TractsUncovered() {
        CoverageProblem problem = CoverageProblem.of(matrix, RADIUS_METRES, population, stores);
        for (SolverKind kind : SolverKind.values()) {
            SitingResult r = Mclp.solve(problem, 4, SolveOptions.of(kind).withTimeLimit(30));
            long uncovered = java.util.Arrays.stream(r.assignedSite()).filter(s -> s < 0).count();
            if (kind == SolverKind.GREEDY) continue;
            assertEquals(21, uncovered, kind.toString());
            assertEquals(875_247, r.coveredWeight(), 1e-9, kind.toString());
            assertEquals(875_247, r.objective(), 1e-9, kind.toString());
            if (kind == SolverKind.EXACT) assertTrue(r.provenOptimal());
        }
    }

    @Test
    void pMedianMeanDistanceMatchesSpopt() {
        double total = java.util.Arrays.stream(population).sum();
        for (SolverKind kind : new SolverKind[] {SolverKind.LOCAL, SolverKind.EXACT}) {
            SitingResult r = PMedian.solve(matrix, population, stores, 4, Double.POSITIVE_INFINITY,
                    SolveOptions.of(kind).withTimeLimit(30));
            assertEquals(2982.1268579890657, r.objective() / total, 1e-9, kind.toString());
            assertEquals(total, r.coveredWeight(), 1e-9);
        }
    }

    @Test
    void lscpNeedsEightStores() {
        CoverageProblem problem = CoverageProblem.of(matrix, RADIUS_METRES, population, stores);
        SitingResult exact = Lscp.solve(problem, Double.NaN, SolveOptions.of(SolverKind.EXACT).withTimeLimit(30));
        assertEquals(8, exact.p());
        assertTrue(exact.provenOptimal());
        assertEquals(problem.totalWeight(), exact.coveredWeight(), 1e-9);
        SitingResult local = Lscp.solve(problem, Double.NaN, SolveOptions.of(SolverKind.LOCAL));
        assertEquals(8, local.p());
    }
}
