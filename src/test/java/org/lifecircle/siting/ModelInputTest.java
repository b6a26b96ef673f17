package org.lifecircle.siting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.lifecircle.io.InputException;

/**
 * FEATURE UNDER TEST: the model API refuses impossible specifications before solving, with the
 * numbers in the message, and handles existing / excluded candidates as stated.
 *
 * <pre>
 *   demand  weight   A    B    C          (costs; "-" = unreachable)
 *   r1        3      1    4    -
 *   r2        7      -    -    2          C is the only site r2 reaches
 *   r3        5      6    1    -
 * </pre>
 */
class ModelInputTest {

    private static final double INF = Double.POSITIVE_INFINITY;
    private static final double[][] COST = {{1, 4, INF}, {INF, INF, 2}, {6, 1, INF}};
    private static final double[] WEIGHTS = {3, 7, 5};

    private static CostMatrix matrix() {
        return CostMatrix.dense(COST, 3);
    }

    @Test
    void pMedianSaysHowMuchWeightReachesNoCandidate() {
        CandidateSet noC = CandidateSet.of("A", "B", "C").withExcluded(2);
        InputException e = assertThrows(InputException.class, () -> PMedian.solve(matrix(), WEIGHTS, noC, 1, INF,
                SolveOptions.of(SolverKind.LOCAL)));
        assertEquals("row 2", e.location());
        assertTrue(e.getMessage().contains("1 demand rows with weight 7 of 15 reach no candidate"), e.getMessage());
    }

    @Test
    void pLargerThanFreeCandidatesCountsExistingAndExcluded() {
        CandidateSet set = CandidateSet.of("A", "B", "C").withFixed(0).withExcluded(2);
        CoverageProblem problem = CoverageProblem.of(matrix(), 5, WEIGHTS, set);
        InputException e = assertThrows(InputException.class, () -> Mclp.solve(problem, 2, SolveOptions.of(SolverKind.LOCAL)));
        assertEquals("p: p = 2 is larger than the 1 free candidates (3 candidates, 1 existing, 1 excluded)", e.getMessage());
    }

    @Test
    void emptyCandidateSetIsRefused() {
        CostMatrix empty = CostMatrix.builder(2, 0).build();
        InputException e = assertThrows(InputException.class, () -> CoverageProblem.of(empty, 5, new double[] {1, 1},
                CandidateSet.of()));
        assertEquals("candidates: the candidate set is empty", e.getMessage());
    }

    @Test
    void capacityCheckShowsTheArithmeticWithExistingSites() {
        CandidateSet set = CandidateSet.of("A", "B", "C").withFixed(2);
        CoverageProblem problem = CoverageProblem.of(matrix(), 5, WEIGHTS, set);
        InputException e = assertThrows(InputException.class, () -> CapacitatedCoverage.solve(problem,
                new double[] {4, 2, 6}, 1, SolveOptions.of(SolverKind.LOCAL)));
        assertEquals("capacities: capacity 10 of the best 2 sites (1 new + 1 existing) < demand 15 within reach;"
                + " raise p or the capacities", e.getMessage());
    }

    @Test
    void negativeWeightNamesTheRow() {
        InputException e = assertThrows(InputException.class, () -> CoverageProblem.of(matrix(), 5,
                new double[] {3, -1, 5}, CandidateSet.of("A", "B", "C")));
        assertEquals("weights, row 2: weight -1.0 is not a finite number ≥ 0", e.getMessage());
    }

    @Test
    void existingSitesCountTowardCoverageAndLscpMayNeedNoNewSite() {
        CandidateSet withC = CandidateSet.of("A", "B", "C").withFixed(2);
        CoverageProblem problem = CoverageProblem.of(matrix(), 5, WEIGHTS, withC);
        SitingResult mclp = Mclp.solve(problem, 1, SolveOptions.of(SolverKind.EXACT));
        assertEquals(15, mclp.objective(), 1e-9, "C covers r2 (7); A or B then covers r1 and r3 (8)");
        assertEquals(7, mclp.existingWeight()[0], 1e-9);
        SitingResult lscp = Lscp.solve(problem, 7.0 / 15, SolveOptions.of(SolverKind.EXACT));
        assertEquals(0, lscp.p());
        assertTrue(lscp.provenOptimal());
        SitingResult needOne = Lscp.solve(problem, Double.NaN, SolveOptions.of(SolverKind.EXACT));
        assertEquals(1, needOne.p());
        assertEquals("B", needOne.selectedIds()[0], "only B (cost 4 and 1) covers both r1 and r3 within 5");
    }
}
