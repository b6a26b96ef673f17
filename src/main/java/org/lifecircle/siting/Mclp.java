package org.lifecircle.siting;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import java.util.Arrays;
import java.util.List;

/**
 * Maximal covering location problem (Church &amp; ReVelle 1974): open p new sites so that the
 * demand weight within the cutoff of an open site (new or existing) is largest.
 *
 * <pre>
 *   max  Σ_i w_i z_i
 *   s.t. z_i ≤ Σ_{j ∈ N_i} y_j      for every demand row i (N_i: candidates covering i)
 *        Σ_{j free} y_j = p
 *        y_j = 1 (existing), y_j = 0 (excluded), y_j ∈ {0,1}, 0 ≤ z_i ≤ 1
 * </pre>
 *
 * Rows with equal N_i are merged first (weights summed), rows already covered by an existing
 * site become a constant. Solvers: lazy greedy (1 − 1/e guarantee), then the Resende–Werneck
 * swap search and a short variable-neighbourhood phase, then optionally the MILP above with the
 * heuristic as hint. Cost of the heuristic: O(nnz) greedy plus O(p·N + affected rows) per swap.
 */
public final class Mclp {

    private Mclp() {
    }

    public static SitingResult solve(CoverageProblem problem, int p, SolveOptions options) {
        long start = System.nanoTime();
        problem.requireSiteCount(p);
        MergedDemand merged = problem.merged();
        CandidateSet candidates = problem.candidates();
        long deadline = options.deadlineNanos(start);
        int[] sites = LazyGreedy.run(new CoverageGains(merged, candidates), candidates.freeColumns(), p).order();
        String solver = "greedy";
        Milp.Outcome exact = null;
        if (options.solver() != SolverKind.GREEDY) {
            CoverageSwapState state = new CoverageSwapState(merged, candidates, p);
            state.reset(sites);
            SwapSearch.vns(state, options.seed(), options.idleRounds(p), deadline);
            sites = state.openFree();
            solver = "local";
        }
        if (options.solver() == SolverKind.EXACT) {
            exact = exact(problem, p, sites, options);
            if (exact.values() != null) {
                int[] milpSites = chosen(exact.values(), candidates.freeColumns());
                if (covered(problem, milpSites) > covered(problem, sites)) sites = milpSites;
            }
            solver = "exact (" + exact.backend() + ")";
        }
        SitingResult.Builder b = CoverageReport.of(problem, sites, "mclp", solver);
        if (exact != null && !Double.isNaN(exact.bound())) {
            double constant = covered(problem, new int[0]);
            b.lowerBound = b.coveredWeight;
            b.upperBound = Math.max(b.coveredWeight, exact.bound() + constant);
            b.provenOptimal = exact.optimal() && b.upperBound - b.lowerBound <= 1e-9 * Math.max(1, b.coveredWeight);
        }
        b.runtimeMs = (System.nanoTime() - start) / 1_000_000;
        return b.build();
    }

    /** Coverage curve p = 1 … maxP (greedy order, each p improved by swaps when asked). */
    public static List<CurvePoint> curve(CoverageProblem problem, int maxP, boolean localSearch) {
        return CoverageReport.curve(problem, maxP, localSearch, Long.MAX_VALUE);
    }

    static int[] chosen(double[] y, int[] freeColumns) {
        int[] out = new int[freeColumns.length];
        int k = 0;
        for (int f = 0; f < freeColumns.length; f++) if (y[f] > 0.5) out[k++] = freeColumns[f];
        return Arrays.copyOf(out, k);
    }

    /** The MILP over merged rows; variables are indexed like the free columns. */
    private static Milp.Outcome exact(CoverageProblem problem, int p, int[] hintSites, SolveOptions options) {
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
            sites.requireCount(solver, p);
            var objective = solver.objective();
            objective.setMaximization();
            for (int u = 0; u < m.demandCount(); u++) {
                boolean byFixed = false;
                boolean byFree = false;
                for (int k = m.rowStart[u]; k < m.rowStart[u + 1]; k++) {
                    int j = m.rowColumn[k];
                    byFixed |= candidates.isFixed(j);
                    byFree |= varOf[j] >= 0;
                }
                if (byFixed || !byFree || merged.weights()[u] == 0) continue;
                MPVariable z = solver.makeNumVar(0, 1, "z" + u);
                objective.setCoefficient(z, merged.weights()[u]);
                MPConstraint c = solver.makeConstraint(Double.NEGATIVE_INFINITY, 0, "c" + u);
                c.setCoefficient(z, 1);
                boolean covered = false;
                for (int k = m.rowStart[u]; k < m.rowStart[u + 1]; k++) {
                    int f = varOf[m.rowColumn[k]];
                    if (f >= 0) c.setCoefficient(y[f], -1);
                    covered |= open[m.rowColumn[k]];
                }
                hint.add(z, covered ? 1 : 0);
            }
            return Milp.solve(solver, options.milpBackend(), y, hint, options.timeLimitSeconds());
        } finally {
            solver.delete();
        }
    }

    /** Open flags of the fixed sites and the given free ones. */
    static boolean[] openFlags(CandidateSet candidates, int[] sites) {
        boolean[] open = new boolean[candidates.size()];
        for (int j : candidates.fixedColumns()) open[j] = true;
        for (int j : sites) open[j] = true;
        return open;
    }

    /** Covered weight of the merged rows with the fixed and the given sites open. */
    static double covered(CoverageProblem problem, int[] sites) {
        CoverageGains g = new CoverageGains(problem.merged(), problem.candidates());
        for (int j : sites) g.open(j);
        return g.covered();
    }
}
