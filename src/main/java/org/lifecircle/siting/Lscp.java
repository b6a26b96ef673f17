package org.lifecircle.siting;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import java.util.Arrays;
import org.lifecircle.io.InputException;

/**
 * Location set covering problem (Toregas, Swain, ReVelle &amp; Bergman 1971): the fewest new
 * sites so that, with the existing ones, every coverable demand row is covered, or (partial
 * cover) a target share of the total weight is.
 *
 * <pre>
 *   min  Σ_{j free} y_j
 *   s.t. Σ_{j ∈ N_i} y_j ≥ 1                       every coverable row i       (full cover)
 *     or z_i ≤ Σ_{j ∈ N_i} y_j,  Σ_i w_i z_i ≥ t·W                              (target share t)
 *        y_j = 1 (existing), y_j = 0 (excluded), y_j ∈ {0,1}, 0 ≤ z_i ≤ 1
 * </pre>
 *
 * Heuristic: greedy until the target is met (O(k·nnz) for k sites), drop redundant sites
 * (O(k·nnz)), then repeatedly try one site fewer with the MCLP swap search and VNS. Exact: the
 * MILP above with the heuristic as hint.
 */
public final class Lscp {

    private Lscp() {
    }

    /**
     * {@code targetShare}: share of the total weight to cover, in (0, 1]; NaN means every row
     * some non-excluded candidate covers.
     */
    public static SitingResult solve(CoverageProblem problem, double targetShare, SolveOptions options) {
        long start = System.nanoTime();
        CandidateSet candidates = problem.candidates();
        MergedDemand merged = problem.merged();
        double coverable = problem.totalWeight() - problem.uncoverableWeight();
        boolean full = Double.isNaN(targetShare);
        if (!full && !(targetShare > 0 && targetShare <= 1)) {
            throw InputException.of("target", "target share " + targetShare + " is not in (0, 1]");
        }
        double required = full ? coverable : targetShare * problem.totalWeight();
        double eps = 1e-9 * Math.max(1, problem.totalWeight());
        if (required > coverable + eps) {
            throw InputException.of("target", String.format(
                    "target %s of total weight %s = %s > coverable weight %s (%s lies where no candidate covers)",
                    targetShare, Numbers.format(problem.totalWeight()), Numbers.format(required),
                    Numbers.format(coverable), Numbers.format(problem.uncoverableWeight())));
        }
        CoverageGains gains = new CoverageGains(merged, candidates);
        int[] free = candidates.freeColumns();
        int[] sites = new int[0];
        if (gains.covered() < required - eps) {
            if (free.length == 0) CoverageProblem.requireSiteCount(1, candidates);
            sites = greedyUntil(gains, free, candidates.size(), required - eps);
        }
        String solver = "greedy";
        long deadline = options.deadlineNanos(start);
        if (options.solver() != SolverKind.GREEDY && sites.length > 0) {
            sites = dropRedundant(problem, sites, required - eps);
            while (sites.length > 1) {
                CoverageSwapState state = new CoverageSwapState(merged, candidates, sites.length - 1);
                state.reset(Arrays.copyOf(sites, sites.length - 1));
                SwapSearch.vns(state, options.seed(), options.idleRounds(sites.length - 1), deadline);
                if (state.coveredWeight() < required - eps) break;
                sites = state.openFree();
            }
            solver = "local";
        }
        Milp.Outcome exact = null;
        if (options.solver() == SolverKind.EXACT && sites.length > 0) {
            exact = exact(problem, full, required - eps, sites, options);
            if (exact.values() != null) {
                int[] milpSites = Mclp.chosen(exact.values(), free);
                if (milpSites.length < sites.length && Mclp.covered(problem, milpSites) >= required - eps) sites = milpSites;
            }
            solver = "exact (" + exact.backend() + ")";
        } else if (options.solver() == SolverKind.EXACT) {
            solver = "exact (no new site needed)";
        }
        SitingResult.Builder b = CoverageReport.of(problem, sites, "lscp", solver);
        b.objective = sites.length;
        if (exact != null && !Double.isNaN(exact.bound())) {
            b.upperBound = sites.length;
            b.lowerBound = Math.min(sites.length, Math.ceil(exact.bound() - 1e-6));
            b.provenOptimal = b.lowerBound == b.upperBound;
        } else if (sites.length == 0) {
            b.lowerBound = 0;
            b.upperBound = 0;
            b.provenOptimal = true;
        }
        b.runtimeMs = (System.nanoTime() - start) / 1_000_000;
        return b.build();
    }

    private static int[] greedyUntil(CoverageGains gains, int[] free, int candidateCount, double required) {
        int[] order = new int[free.length];
        int count = 0;
        boolean[] used = new boolean[candidateCount];
        while (gains.covered() < required && count < free.length) {
            int best = -1;
            double bestGain = -1;
            for (int j : free) {
                if (used[j]) continue;
                double g = gains.gain(j);
                if (g > bestGain) {
                    best = j;
                    bestGain = g;
                }
            }
            if (bestGain <= 0) break;
            used[best] = true;
            gains.open(best);
            order[count++] = best;
        }
        return Arrays.copyOf(order, count);
    }

    /** Removes, last first, every site whose removal keeps the target. O(p · nnz). */
    private static int[] dropRedundant(CoverageProblem problem, int[] sites, double required) {
        int[] kept = sites.clone();
        int n = kept.length;
        for (int s = n - 1; s >= 0; s--) {
            int[] without = new int[n - 1];
            int k = 0;
            for (int t = 0; t < n; t++) if (t != s) without[k++] = kept[t];
            CoverageGains g = new CoverageGains(problem.merged(), problem.candidates());
            for (int j : without) g.open(j);
            if (g.covered() >= required) {
                kept = without;
                n--;
            } else {
                kept = Arrays.copyOf(kept, n);
            }
        }
        return Arrays.copyOf(kept, n);
    }

    private static Milp.Outcome exact(CoverageProblem problem, boolean full, double required, int[] hintSites,
            SolveOptions options) {
        CandidateSet candidates = problem.candidates();
        MergedDemand merged = problem.merged();
        CoverageMatrix m = merged.matrix();
        MPSolver solver = Milp.create(options.milpBackend());
        try {
            Milp.Hint hint = new Milp.Hint();
            Milp.SiteVariables sites = new Milp.SiteVariables(solver, candidates, hintSites, hint);
            int[] varOf = sites.varOf;
            MPVariable[] y = sites.y;
            boolean[] open = sites.open;
            var objective = solver.objective();
            objective.setMinimization();
            for (MPVariable v : y) objective.setCoefficient(v, 1);
            double byFixedWeight = 0;
            MPConstraint share = full ? null : solver.makeConstraint(0, Double.POSITIVE_INFINITY, "share");
            for (int u = 0; u < m.demandCount(); u++) {
                boolean byFixed = false;
                boolean byFree = false;
                for (int k = m.rowStart[u]; k < m.rowStart[u + 1]; k++) {
                    int j = m.rowColumn[k];
                    byFixed |= candidates.isFixed(j);
                    byFree |= varOf[j] >= 0;
                }
                double w = merged.weights()[u];
                if (byFixed) byFixedWeight += w;
                if (byFixed || !byFree || w == 0) continue;
                MPConstraint c;
                if (full) {
                    c = solver.makeConstraint(1, Double.POSITIVE_INFINITY, "c" + u);
                } else {
                    MPVariable z = solver.makeNumVar(0, 1, "z" + u);
                    share.setCoefficient(z, w);
                    boolean covered = false;
                    for (int k = m.rowStart[u]; k < m.rowStart[u + 1]; k++) covered |= open[m.rowColumn[k]];
                    hint.add(z, covered ? 1 : 0);
                    c = solver.makeConstraint(0, Double.POSITIVE_INFINITY, "c" + u);
                    c.setCoefficient(z, -1);
                }
                for (int k = m.rowStart[u]; k < m.rowStart[u + 1]; k++) {
                    int f = varOf[m.rowColumn[k]];
                    if (f >= 0) c.setCoefficient(y[f], 1);
                }
            }
            if (share != null) share.setLb(required - byFixedWeight);
            return Milp.solve(solver, options.milpBackend(), y, hint, options.timeLimitSeconds());
        } finally {
            solver.delete();
        }
    }
}
