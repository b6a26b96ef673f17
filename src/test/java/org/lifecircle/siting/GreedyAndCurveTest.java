package org.lifecircle.siting;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * FEATURE UNDER TEST: the lazy greedy opens the same sites as a plain greedy that recomputes
 * every gain each step; the coverage curve's greedy values are that greedy's prefixes, its
 * local-search values lie between greedy and the enumerated optimum for each p, and the
 * covered optimum never falls as the coverage cutoff grows.
 */
class GreedyAndCurveTest {

    private static final double CUTOFF = 250;

    /** Plain greedy with dense arrays: every step recomputes every candidate's gain. */
    private static int[] plainGreedy(RandomInstance in, double cutoff, int steps) {
        boolean[] covered = new boolean[in.demand];
        boolean[] used = new boolean[in.candidates];
        int[] order = new int[steps];
        for (int s = 0; s < steps; s++) {
            int best = -1;
            double bestGain = -1;
            for (int j = 0; j < in.candidates; j++) {
                if (used[j]) continue;
                double g = 0;
                for (int i = 0; i < in.demand; i++) if (!covered[i] && in.cost[i][j] <= cutoff) g += in.weights[i];
                if (g > bestGain) {
                    best = j;
                    bestGain = g;
                }
            }
            used[best] = true;
            order[s] = best;
            for (int i = 0; i < in.demand; i++) if (in.cost[i][best] <= cutoff) covered[i] = true;
        }
        return order;
    }

    @Test
    void lazyGreedyOpensTheSameSitesAsPlainGreedy() {
        for (long seed = 1; seed <= 20; seed++) {
            RandomInstance in = new RandomInstance(seed, 200, 40, 0, 0, 0);
            CoverageProblem problem = CoverageProblem.of(in.matrix(), CUTOFF, in.weights, in.candidateSet());
            int[] lazy = LazyGreedy.run(new CoverageGains(problem.merged(), problem.candidates()),
                    problem.candidates().freeColumns(), 12).order();
            assertArrayEquals(plainGreedy(in, CUTOFF, 12), lazy, "seed " + seed);
        }
    }

    @Test
    void curveFollowsGreedyAndLocalSearchStaysBelowTheOptimum() {
        for (long seed = 1; seed <= 6; seed++) {
            RandomInstance in = new RandomInstance(seed, 30, 11, 0, 0, 0);
            CoverageProblem problem = CoverageProblem.of(in.matrix(), CUTOFF, in.weights, in.candidateSet());
            List<CurvePoint> greedy = Mclp.curve(problem, 6, false);
            List<CurvePoint> local = Mclp.curve(problem, 6, true);
            int[] order = plainGreedy(in, CUTOFF, 6);
            double previous = 0;
            for (int p = 1; p <= 6; p++) {
                boolean[] open = new boolean[in.candidates];
                for (int s = 0; s < p; s++) open[order[s]] = true;
                double expected = BruteForce.covered(in, CUTOFF, open);
                CurvePoint g = greedy.get(p - 1);
                assertEquals(p, g.p());
                assertEquals(expected, g.coveredWeight(), 1e-9, "seed " + seed + " p " + p);
                assertEquals(expected - previous, g.marginalGain(), 1e-9);
                assertEquals(expected / problem.totalWeight(), g.share(), 1e-12);
                previous = expected;
                final int size = p;
                double optimum = BruteForce.best(in, size, o -> BruteForce.covered(in, CUTOFF, o), true);
                double ls = local.get(p - 1).coveredWeight();
                assertTrue(ls >= expected - 1e-9 && ls <= optimum + 1e-9, "seed " + seed + " p " + p);
            }
        }
    }

    @Test
    void coveredOptimumNeverFallsAsTheCutoffGrows() {
        for (long seed = 1; seed <= 3; seed++) {
            RandomInstance in = new RandomInstance(seed, 25, 10, 0, 0, 0);
            double last = -1;
            for (double cutoff = 100; cutoff <= 600; cutoff += 100) {
                CoverageProblem problem = CoverageProblem.of(in.matrix(), cutoff, in.weights, in.candidateSet());
                double covered = Mclp.solve(problem, 2, SolveOptions.of(SolverKind.EXACT).withTimeLimit(20)).objective();
                assertTrue(covered >= last, "seed " + seed + " cutoff " + cutoff);
                last = covered;
            }
        }
    }

    /** Plain greedy on the independent max flow of {@link BruteForce#served}: every step tries every free site. */
    private static double[] plainCapacitatedGreedy(RandomInstance in, double[] capacity, int steps) {
        boolean[] open = new boolean[in.candidates];
        double[] served = new double[steps];
        for (int s = 0; s < steps; s++) {
            int best = -1;
            double bestServed = -1;
            for (int j = 0; j < in.candidates; j++) {
                if (open[j]) continue;
                open[j] = true;
                double v = BruteForce.served(in, CUTOFF, capacity, open);
                open[j] = false;
                if (v > bestServed + 1e-9) {
                    best = j;
                    bestServed = v;
                }
            }
            open[best] = true;
            served[s] = bestServed;
        }
        return served;
    }

    @Test
    void capacitatedCurveIsTheGreedyOfMaxFlowsAndStaysBelowTheOptimum() {
        for (long seed = 1; seed <= 8; seed++) {
            RandomInstance in = new RandomInstance(seed, 30, 10, 0, 0, 0);
            java.util.SplittableRandom r = new java.util.SplittableRandom(seed * 17);
            double[] capacity = new double[in.candidates];
            for (int j = 0; j < capacity.length; j++) capacity[j] = 50 + 400 * r.nextDouble();
            CoverageProblem problem = CoverageProblem.of(in.matrix(), CUTOFF, in.weights, in.candidateSet());
            List<CurvePoint> curve = CapacitatedCoverage.curve(problem, capacity, 5);
            double[] greedy = plainCapacitatedGreedy(in, capacity, 5);
            double previous = 0;
            for (int p = 1; p <= 5; p++) {
                CurvePoint c = curve.get(p - 1);
                String where = "seed " + seed + " p " + p;
                assertEquals(p, c.p());
                assertEquals(greedy[p - 1], c.coveredWeight(), 1e-6, where);
                assertEquals(c.coveredWeight() - previous, c.marginalGain(), 1e-6, where);
                assertEquals(c.coveredWeight() / problem.totalWeight(), c.share(), 1e-12, where);
                final int size = p;
                double optimum = BruteForce.best(in, size, o -> BruteForce.served(in, CUTOFF, capacity, o), true);
                assertTrue(c.coveredWeight() <= optimum + 1e-6, where + ": " + c.coveredWeight() + " > optimum " + optimum);
                if (p == 1) assertEquals(optimum, c.coveredWeight(), 1e-6, where + ": one greedy step is optimal");
                previous = c.coveredWeight();
            }
        }
    }
}
