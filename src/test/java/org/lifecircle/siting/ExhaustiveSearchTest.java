package org.lifecircle.siting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * FEATURE UNDER TEST: every model's exact solver reaches the optimum found by enumerating all
 * site sets on small seeded random instances (some with existing, excluded or unreachable
 * pairs); the heuristics are feasible, never better than the optimum, report the objective of
 * the sites they return, and their gap to the optimum is bounded. The seed is in every message.
 */
class ExhaustiveSearchTest {

    private static final int INSTANCES = 16;
    private static final double CUTOFF = 300;

    private static RandomInstance instance(long seed) {
        return new RandomInstance(seed, 14 + (int) (seed % 5), 9 + (int) (seed % 3), seed % 3 == 0 ? 1 : 0,
                seed % 4 == 0 ? 1 : 0, seed % 5 == 0 ? 0.2 : 0);
    }

    private static int p(long seed) {
        return 2 + (int) (seed % 3);
    }

    private static SolveOptions options(SolverKind kind) {
        return SolveOptions.of(kind).withTimeLimit(30);
    }

    @Test
    void mclpExactEqualsEnumerationAndHeuristicsStayClose() {
        double[] worstGap = new double[2];
        int[] optimal = new int[2];
        for (long seed = 1; seed <= INSTANCES; seed++) {
            RandomInstance in = instance(seed);
            int p = p(seed);
            CoverageProblem problem = CoverageProblem.of(in.matrix(), CUTOFF, in.weights, in.candidateSet());
            double optimum = BruteForce.best(in, p, open -> BruteForce.covered(in, CUTOFF, open), true);
            SitingResult exact = Mclp.solve(problem, p, options(SolverKind.EXACT));
            assertEquals(optimum, exact.objective(), 1e-6, in.toString());
            assertTrue(exact.provenOptimal(), in.toString());
            assertEquals(0, exact.gap(), 1e-9, in.toString());
            assertComplete(in, exact, CUTOFF);
            SolverKind[] kinds = {SolverKind.GREEDY, SolverKind.LOCAL};
            for (int k = 0; k < 2; k++) {
                SitingResult r = Mclp.solve(problem, p, options(kinds[k]));
                double value = BruteForce.covered(in, CUTOFF, BruteForce.openOf(in, r));
                assertEquals(value, r.objective(), 1e-6, in + " " + kinds[k]);
                assertTrue(value <= optimum + 1e-9, in + " " + kinds[k]);
                assertComplete(in, r, CUTOFF);
                worstGap[k] = Math.max(worstGap[k], (optimum - value) / optimum);
                if (value >= optimum - 1e-9) optimal[k]++;
            }
        }
        System.out.printf("MCLP: greedy optimal %d/%d (worst gap %.2f %%), local optimal %d/%d (worst gap %.2f %%)%n",
                optimal[0], INSTANCES, 100 * worstGap[0], optimal[1], INSTANCES, 100 * worstGap[1]);
        assertTrue(worstGap[1] <= worstGap[0] + 1e-12);
        assertTrue(worstGap[1] < 0.05, "local search gap " + worstGap[1]);
        assertTrue(optimal[1] >= INSTANCES - 2, "local search optimal on " + optimal[1]);
    }

    @Test
    void pMedianExactEqualsEnumerationAndHeuristicsStayClose() {
        double[] worstGap = new double[2];
        int[] optimal = new int[2];
        for (long seed = 1; seed <= INSTANCES; seed++) {
            RandomInstance in = new RandomInstance(seed, 14 + (int) (seed % 5), 9 + (int) (seed % 3),
                    seed % 3 == 0 ? 1 : 0, seed % 4 == 0 ? 1 : 0, 0);
            int p = p(seed);
            double optimum = BruteForce.best(in, p, open -> BruteForce.medianCost(in, open), false);
            CostMatrix matrix = in.matrix();
            SitingResult exact = PMedian.solve(matrix, in.weights, in.candidateSet(), p, Double.POSITIVE_INFINITY,
                    options(SolverKind.EXACT));
            assertEquals(optimum, exact.objective(), 1e-6, in.toString());
            assertTrue(exact.provenOptimal(), in.toString());
            assertEquals(0, exact.gap(), 1e-6, in.toString());
            assertComplete(in, exact, Double.POSITIVE_INFINITY);
            SolverKind[] kinds = {SolverKind.GREEDY, SolverKind.LOCAL};
            for (int k = 0; k < 2; k++) {
                SitingResult r = PMedian.solve(matrix, in.weights, in.candidateSet(), p, Double.POSITIVE_INFINITY,
                        options(kinds[k]));
                double value = BruteForce.medianCost(in, BruteForce.openOf(in, r));
                assertEquals(value, r.objective(), 1e-6, in + " " + kinds[k]);
                assertTrue(value >= optimum - 1e-9, in + " " + kinds[k]);
                assertComplete(in, r, Double.POSITIVE_INFINITY);
                worstGap[k] = Math.max(worstGap[k], (value - optimum) / optimum);
                if (value <= optimum + 1e-9) optimal[k]++;
            }
        }
        System.out.printf("p-median: greedy optimal %d/%d (worst gap %.2f %%), local optimal %d/%d (worst gap %.2f %%)%n",
                optimal[0], INSTANCES, 100 * worstGap[0], optimal[1], INSTANCES, 100 * worstGap[1]);
        assertEquals(INSTANCES, optimal[1], "local search (swap + VNS) should be optimal on every small instance");
    }

    @Test
    void pMedianWithMaxCostMatchesEnumerationOfReachableAssignments() {
        for (long seed = 1; seed <= 8; seed++) {
            RandomInstance in = new RandomInstance(seed, 12, 9, 0, 0, 0);
            double maxCost = 700;
            int p = p(seed);
            RandomInstance capped = new RandomInstance(seed, 12, 9, 0, 0, 0);
            for (double[] row : capped.cost) {
                for (int j = 0; j < row.length; j++) if (row[j] > maxCost) row[j] = Double.POSITIVE_INFINITY;
            }
            boolean everyRowReaches = Arrays.stream(capped.cost).allMatch(row -> Arrays.stream(row).anyMatch(Double::isFinite));
            if (!everyRowReaches) continue;
            double optimum = BruteForce.best(capped, p, open -> BruteForce.medianCost(capped, open), false);
            SitingResult exact = PMedian.solve(in.matrix(), in.weights, in.candidateSet(), p, maxCost,
                    options(SolverKind.EXACT));
            SitingResult local = PMedian.solve(in.matrix(), in.weights, in.candidateSet(), p, maxCost,
                    options(SolverKind.LOCAL));
            if (Double.isFinite(optimum)) {
                assertEquals(optimum, exact.objective(), 1e-6, in.toString());
                assertEquals(optimum, local.objective(), 1e-6, in.toString());
                assertEquals(exact.totalWeight(), exact.coveredWeight(), 1e-9, in.toString());
            } else {
                assertTrue(exact.coveredWeight() < exact.totalWeight(), in.toString());
            }
        }
    }

    @Test
    void lscpExactEqualsEnumeration() {
        int heuristicOptimal = 0;
        for (long seed = 1; seed <= INSTANCES; seed++) {
            RandomInstance in = instance(seed);
            double target = seed % 2 == 0 ? Double.NaN : 0.8;
            CoverageProblem problem = CoverageProblem.of(in.matrix(), CUTOFF, in.weights, in.candidateSet());
            double total = Arrays.stream(in.weights).sum();
            boolean[] all = in.fixed.clone();
            for (int j = 0; j < in.candidates; j++) all[j] |= in.isFree(j);
            double required = Double.isNaN(target) ? BruteForce.covered(in, CUTOFF, all) : target * total;
            if (BruteForce.covered(in, CUTOFF, all) < required - 1e-9) continue;
            int fewest = -1;
            for (int k = 0; fewest < 0; k++) {
                double best = BruteForce.best(in, k, open -> BruteForce.covered(in, CUTOFF, open), true);
                if (best >= required - 1e-9) fewest = k;
            }
            SitingResult exact = Lscp.solve(problem, target, options(SolverKind.EXACT));
            assertEquals(fewest, exact.p(), in + " target " + target);
            assertEquals(fewest, exact.objective(), 1e-9, in.toString());
            assertTrue(exact.provenOptimal(), in.toString());
            assertTrue(BruteForce.covered(in, CUTOFF, BruteForce.openOf(in, exact)) >= required - 1e-9, in.toString());
            for (SolverKind kind : new SolverKind[] {SolverKind.GREEDY, SolverKind.LOCAL}) {
                SitingResult r = Lscp.solve(problem, target, options(kind));
                assertTrue(r.p() >= fewest, in + " " + kind);
                assertTrue(BruteForce.covered(in, CUTOFF, BruteForce.openOf(in, r)) >= required - 1e-9, in + " " + kind);
                if (kind == SolverKind.LOCAL && r.p() == fewest) heuristicOptimal++;
            }
        }
        System.out.printf("LSCP: local search reached the fewest sites on %d instances%n", heuristicOptimal);
    }

    @Test
    void capacitatedExactEqualsEnumeration() {
        int localOptimal = 0;
        int checked = 0;
        for (long seed = 1; seed <= INSTANCES; seed++) {
            RandomInstance in = instance(seed);
            int p = p(seed);
            double[] capacity = new double[in.candidates];
            java.util.SplittableRandom r = new java.util.SplittableRandom(seed * 31);
            for (int j = 0; j < capacity.length; j++) capacity[j] = 100 + r.nextInt(400);
            CoverageProblem problem = CoverageProblem.of(in.matrix(), CUTOFF, in.weights, in.candidateSet());
            try {
                CapacitatedCoverage.checkCapacity(problem, capacity, p);
            } catch (org.lifecircle.io.InputException tooSmall) {
                for (int j = 0; j < capacity.length; j++) capacity[j] += 600;
            }
            double optimum = BruteForce.best(in, p, open -> BruteForce.served(in, CUTOFF, capacity, open), true);
            SitingResult exact = CapacitatedCoverage.solve(problem, capacity, p, options(SolverKind.EXACT));
            assertEquals(optimum, exact.objective(), 1e-6, in.toString());
            assertTrue(exact.provenOptimal(), in.toString());
            assertEquals(BruteForce.served(in, CUTOFF, capacity, BruteForce.openOf(in, exact)), exact.objective(), 1e-6);
            double[] sites = exact.siteWeight();
            for (int s = 0; s < sites.length; s++) {
                assertTrue(sites[s] <= capacity[exact.selected()[s]] + 1e-6, in + " site over capacity");
            }
            SitingResult local = CapacitatedCoverage.solve(problem, capacity, p, options(SolverKind.LOCAL));
            double value = BruteForce.served(in, CUTOFF, capacity, BruteForce.openOf(in, local));
            assertEquals(value, local.objective(), 1e-6, in.toString());
            assertTrue(value <= optimum + 1e-6, in.toString());
            if (value >= optimum - 1e-6) localOptimal++;
            checked++;
        }
        System.out.printf("capacitated: local search optimal on %d/%d%n", localOptimal, checked);
        assertTrue(localOptimal >= checked - 3, "local optimal on " + localOptimal + " of " + checked);
    }

    /** Weights add up, assigned rows go to open sites within the cutoff. */
    private static void assertComplete(RandomInstance in, SitingResult r, double cutoff) {
        boolean[] open = BruteForce.openOf(in, r);
        double assigned = 0;
        int[] site = r.assignedSite();
        assertEquals(in.demand, site.length);
        for (int i = 0; i < in.demand; i++) {
            if (site[i] < 0) continue;
            assertTrue(open[site[i]], in + " row " + i + " assigned to a closed site");
            assertTrue(in.cost[i][site[i]] <= cutoff, in + " row " + i + " assigned beyond the cutoff");
            assigned += in.weights[i];
        }
        assertEquals(r.coveredWeight(), assigned, 1e-6, in.toString());
        double perSite = Arrays.stream(r.siteWeight()).sum() + Arrays.stream(r.existingWeight()).sum();
        assertEquals(r.coveredWeight(), perSite, 1e-6, in.toString());
        assertEquals(in.weights.length, r.demandRows());
    }
}
