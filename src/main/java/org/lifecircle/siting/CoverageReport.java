package org.lifecircle.siting;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a set of open sites into a complete {@link SitingResult} for a coverage model: orders
 * the new sites greedily (each one's marginal covered weight after the existing sites and the
 * sites before it), assigns every original demand row to its nearest open covering site (the
 * first in that order when the matrix has no costs) and sums the weight per site. O(nnz).
 */
final class CoverageReport {

    private CoverageReport() {
    }

    static SitingResult.Builder of(CoverageProblem problem, int[] selected, String model, String solver) {
        CandidateSet candidates = problem.candidates();
        MergedDemand merged = problem.merged();
        LazyGreedy.Steps steps = LazyGreedy.run(new CoverageGains(merged, candidates), selected, selected.length);
        int n = candidates.size();
        int[] rank = new int[n];
        java.util.Arrays.fill(rank, -1);
        int[] fixed = candidates.fixedColumns();
        for (int f = 0; f < fixed.length; f++) rank[fixed[f]] = f;
        for (int s = 0; s < steps.order().length; s++) rank[steps.order()[s]] = fixed.length + s;
        CoverageMatrix m = problem.coverage();
        int rows = m.demandCount();
        int[] assigned = new int[rows];
        double[] weightAt = new double[n];
        double covered = 0;
        for (int i = 0; i < rows; i++) {
            int best = -1;
            double bestCost = Double.POSITIVE_INFINITY;
            for (int k = m.rowStart[i]; k < m.rowStart[i + 1]; k++) {
                int j = m.rowColumn[k];
                if (rank[j] < 0) continue;
                double c = m.rowCost == null ? 0 : m.rowCost[k];
                if (best < 0 || c < bestCost || (c == bestCost && rank[j] < rank[best])) {
                    best = j;
                    bestCost = c;
                }
            }
            assigned[i] = best;
            if (best >= 0) {
                weightAt[best] += problem.weight(i);
                covered += problem.weight(i);
            }
        }
        return builder(model, solver, candidates, steps.order(), steps.gains(), weightAt, assigned, covered, covered,
                problem.totalWeight(), problem.uncoverableWeight(), merged.mergedAway());
    }

    /**
     * The result fields every model fills alike: the new sites in greedy {@code order} with their
     * marginal gains, the existing (fixed) sites, the weight each serves ({@code weightAt}, per
     * column), each demand row's site and the totals. O(n).
     */
    static SitingResult.Builder builder(String model, String solver, CandidateSet candidates, int[] order,
            double[] marginalGain, double[] weightAt, int[] assigned, double covered, double objective, double totalWeight,
            double uncoverableWeight, int mergedRows) {
        SitingResult.Builder b = new SitingResult.Builder();
        b.model = model;
        b.solver = solver;
        b.objective = objective;
        b.selected = order;
        b.selectedIds = ids(candidates, order);
        b.marginalGain = marginalGain;
        b.siteWeight = pick(weightAt, order);
        b.existing = candidates.fixedColumns();
        b.existingWeight = pick(weightAt, b.existing);
        b.assignedSite = assigned;
        b.coveredWeight = covered;
        b.totalWeight = totalWeight;
        b.uncoverableWeight = uncoverableWeight;
        b.mergedRows = mergedRows;
        return b;
    }

    private static String[] ids(CandidateSet candidates, int[] columns) {
        String[] ids = new String[columns.length];
        for (int k = 0; k < columns.length; k++) ids[k] = candidates.id(columns[k]);
        return ids;
    }

    private static double[] pick(double[] perColumn, int[] columns) {
        double[] out = new double[columns.length];
        for (int k = 0; k < columns.length; k++) out[k] = perColumn[columns[k]];
        return out;
    }

    /** Covered weight for p = 1 … maxP: greedy prefixes, each optionally improved by swaps. */
    static List<CurvePoint> curve(CoverageProblem problem, int maxP, boolean localSearch, long deadlineNanos) {
        problem.requireSiteCount(maxP);
        MergedDemand merged = problem.merged();
        CandidateSet candidates = problem.candidates();
        CoverageGains gains = new CoverageGains(merged, candidates);
        double base = gains.covered();
        LazyGreedy.Steps steps = LazyGreedy.run(gains, candidates.freeColumns(), maxP);
        List<CurvePoint> points = new ArrayList<>(maxP);
        double total = problem.totalWeight();
        double previous = base;
        double greedyCovered = base;
        for (int p = 1; p <= maxP; p++) {
            greedyCovered += steps.gains()[p - 1];
            double covered = greedyCovered;
            if (localSearch) {
                CoverageSwapState state = new CoverageSwapState(merged, candidates, p);
                state.reset(java.util.Arrays.copyOf(steps.order(), p));
                SwapSearch.localSearch(state, deadlineNanos);
                covered = Math.max(covered, state.coveredWeight());
            }
            points.add(new CurvePoint(p, covered, total == 0 ? 0 : covered / total, covered - previous, covered));
            previous = covered;
        }
        return points;
    }
}
