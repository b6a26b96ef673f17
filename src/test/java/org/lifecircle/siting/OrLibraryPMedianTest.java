package org.lifecircle.siting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * FEATURE UNDER TEST: the p-median heuristic (lazy greedy, Resende–Werneck swaps, VNS) against
 * the published optima of OR-Library instances (Beasley 1990) spread over sizes n = 100 … 500
 * and p = 5 … 167: the optimum is reached or the gap is below 0.1 %; and the reported objective
 * equals the weighted distance of the returned sites computed here.
 */
class OrLibraryPMedianTest {

    @ParameterizedTest
    @ValueSource(strings = {"pmed1", "pmed2", "pmed5", "pmed6", "pmed11", "pmed16"})
    void heuristicReachesPublishedOptimum(String name) throws Exception {
        OrLibraryInstance in = OrLibraryInstance.read(name);
        double optimum = OrLibraryInstance.optima().get(name);
        SitingResult r = PMedian.solve(in.matrix(), in.weights(), in.candidates(), in.p, Double.POSITIVE_INFINITY,
                SolveOptions.of(SolverKind.LOCAL).withTimeLimit(20).withSeed(7));
        double check = 0;
        for (int i = 0; i < in.n; i++) {
            double best = Double.POSITIVE_INFINITY;
            for (int j : r.selected()) best = Math.min(best, in.distance[i][j]);
            check += best;
        }
        assertEquals(check, r.objective(), 1e-9, name);
        assertEquals(in.p, r.p());
        double gap = (r.objective() - optimum) / optimum;
        System.out.printf("%s n=%d p=%d objective %.0f optimum %.0f gap %.4f %% in %d ms%n", name, in.n, in.p,
                r.objective(), optimum, 100 * gap, r.runtimeMs());
        assertTrue(gap >= -1e-12, name + " below the published optimum: " + r.objective());
        assertTrue(gap < 0.001, name + " gap " + gap);
    }

    @ParameterizedTest
    @ValueSource(strings = {"pmed1", "pmed5"})
    void exactSolverProvesPublishedOptimum(String name) throws Exception {
        OrLibraryInstance in = OrLibraryInstance.read(name);
        double optimum = OrLibraryInstance.optima().get(name);
        SitingResult r = PMedian.solve(in.matrix(), in.weights(), in.candidates(), in.p, Double.POSITIVE_INFINITY,
                SolveOptions.of(SolverKind.EXACT).withTimeLimit(60));
        assertTrue(r.provenOptimal(), name);
        assertEquals(optimum, r.objective(), 1e-9, name);
        assertEquals(optimum, r.lowerBound(), 1e-6 * optimum, name);
        assertEquals(0, r.gap(), 1e-6, name);
    }
}
