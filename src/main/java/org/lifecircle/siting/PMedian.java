package org.lifecircle.siting;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.lifecircle.io.InputException;

/**
 * p-median problem (Hakimi 1964; ReVelle &amp; Swain 1970): open p new sites so that the total
 * weighted cost from each demand row to its nearest open site (new or existing) is smallest,
 * optionally only over pairs with cost ≤ a maximum. Strong formulation, with an unassigned slack
 * only for rows that some choice of p sites would leave out of reach:
 *
 * <pre>
 *   min  Σ_i Σ_j w_i d_ij x_ij + Σ_i w_i M s_i
 *   s.t. Σ_j x_ij + s_i = 1          for every demand row i (j over the pairs in reach)
 *        x_ij ≤ y_j                  for every pair (i, j), j free
 *        Σ_{j free} y_j = p
 *        y_j = 1 (existing), y_j = 0 (excluded), y_j ∈ {0,1}, x_ij, s_i ≥ 0
 * </pre>
 *
 * M exceeds any total cost, so a row is left unassigned only when nothing in reach can be open.
 * Heuristic: lazy greedy, then the Resende–Werneck fast swap search inside a variable
 * neighbourhood search; cost O(p·N) per swap scan plus the affected rows. Rows with identical
 * cost rows are not merged here (they are rare in cost matrices).
 */
public final class PMedian {

    private PMedian() {
    }

    /** Checked inputs of one p-median model. */
    record Data(CostMatrix cost, double[] weights, CandidateSet candidates, double penalty, double totalWeight) {
    }

    /** {@code maxCost}: pairs above it are out of reach; +∞ for none. */
    public static SitingResult solve(CostMatrix cost, double[] weights, CandidateSet candidates, int p,
            double maxCost, SolveOptions options) {
        long start = System.nanoTime();
        Data data = check(cost, weights, candidates, maxCost);
        CoverageProblem.requireSiteCount(p, candidates);
        long deadline = options.deadlineNanos(start);
        int[] sites = LazyGreedy.run(new MedianGains(data.cost, data.weights, candidates, data.penalty),
                candidates.freeColumns(), p).order();
        String solver = "greedy";
        if (options.solver() != SolverKind.GREEDY) {
            MedianSwapState state = new MedianSwapState(data.cost, data.weights, candidates, p, data.penalty);
            state.reset(sites);
            SwapSearch.vns(state, options.seed(), options.idleRounds(p), deadline);
            sites = state.openFree();
            solver = "local";
        }
        Milp.Outcome exact = null;
        if (options.solver() == SolverKind.EXACT) {
            exact = exact(data, p, sites, options);
            if (exact.values() != null) {
                int[] milpSites = Mclp.chosen(exact.values(), candidates.freeColumns());
                if (penalisedCost(data, milpSites) < penalisedCost(data, sites)) sites = milpSites;
            }
            solver = "exact (" + exact.backend() + ")";
        }
        SitingResult.Builder b = report(data, sites, solver);
        if (exact != null && !Double.isNaN(exact.bound()) && b.coveredWeight >= data.totalWeight) {
            b.upperBound = b.objective;
            b.lowerBound = Math.min(b.objective, exact.bound());
            b.provenOptimal = exact.optimal() && b.upperBound - b.lowerBound <= 1e-9 * Math.max(1, b.objective);
        }
        b.runtimeMs = (System.nanoTime() - start) / 1_000_000;
        return b.build();
    }

    /** Objective for p = 1 … maxP: greedy prefixes, each optionally improved by swaps. */
    public static List<CurvePoint> curve(CostMatrix cost, double[] weights, CandidateSet candidates, int maxP,
            double maxCost, boolean localSearch) {
        Data data = check(cost, weights, candidates, maxCost);
        CoverageProblem.requireSiteCount(maxP, candidates);
        MedianGains gains = new MedianGains(data.cost, data.weights, candidates, data.penalty);
        int[] order = LazyGreedy.run(gains, candidates.freeColumns(), maxP).order();
        List<CurvePoint> points = new ArrayList<>();
        double previous = Double.NaN;
        boolean previousComplete = false;
        for (int p = 1; p <= maxP; p++) {
            int[] sites = Arrays.copyOf(order, p);
            if (localSearch) {
                MedianSwapState state = new MedianSwapState(data.cost, data.weights, candidates, p, data.penalty);
                state.reset(sites);
                SwapSearch.localSearch(state, Long.MAX_VALUE);
                sites = state.openFree();
            }
            SitingResult.Builder b = report(data, sites, "");
            double gain = previousComplete ? previous - b.objective : Double.NaN;
            points.add(new CurvePoint(p, b.coveredWeight, b.coveredWeight / Math.max(1e-300, data.totalWeight),
                    gain, b.objective));
            previous = b.objective;
            previousComplete = b.coveredWeight >= data.totalWeight;
        }
        return points;
    }

    private static double penalisedCost(Data data, int[] sites) {
        MedianGains g = new MedianGains(data.cost, data.weights, data.candidates, data.penalty);
        for (int j : sites) g.open(j);
        return g.cost();
    }

    static Data check(CostMatrix cost, double[] weights, CandidateSet candidates, double maxCost) {
        if (weights.length != cost.demandCount()) {
            throw new IllegalArgumentException(weights.length + " weights for " + cost.demandCount() + " rows");
        }
        if (candidates.size() != cost.candidateCount()) {
            throw new IllegalArgumentException(candidates.size() + " candidates for " + cost.candidateCount() + " columns");
        }
        if (candidates.size() == 0) throw InputException.of("candidates", "the candidate set is empty");
        if (!(maxCost >= 0)) throw InputException.of("max cost", "maximum cost " + maxCost + " is not a number ≥ 0");
        CostMatrix m = Double.isInfinite(maxCost) ? cost : cost.capped(maxCost);
        double total = 0;
        double minWeight = Double.POSITIVE_INFINITY;
        double unreachable = 0;
        int unreachableRows = 0;
        int firstUnreachable = -1;
        for (int i = 0; i < weights.length; i++) {
            double w = weights[i];
            if (!(w >= 0) || Double.isInfinite(w)) {
                throw InputException.atRow("weights", i + 1L, "weight " + w + " is not a finite number ≥ 0");
            }
            total += w;
            if (w > 0) minWeight = Math.min(minWeight, w);
            boolean reach = false;
            for (int k = m.rowStart[i]; k < m.rowStart[i + 1] && !reach; k++) {
                reach = !candidates.isExcluded(m.rowColumn[k]);
            }
            if (!reach && w > 0) {
                unreachable += w;
                unreachableRows++;
                if (firstUnreachable < 0) firstUnreachable = i;
            }
        }
        if (unreachableRows > 0) {
            throw InputException.atRow("demand", firstUnreachable + 1L, String.format(
                    "%d demand rows with weight %s of %s reach no candidate%s (first: this row)",
                    unreachableRows, Numbers.format(unreachable), Numbers.format(total),
                    Double.isInfinite(maxCost) ? "" : " within cost " + Numbers.format(maxCost)));
        }
        double penalty = (m.maxCost() + 1) * (total / (Double.isInfinite(minWeight) ? 1 : minWeight) + 1);
        return new Data(m, weights.clone(), candidates, penalty, total);
    }

    /** Greedy order of the chosen sites, nearest-site assignment and totals. */
    static SitingResult.Builder report(Data data, int[] selected, String solver) {
        CandidateSet candidates = data.candidates;
        MedianGains gains = new MedianGains(data.cost, data.weights, candidates, data.penalty);
        int[] order = new int[selected.length];
        double[] marginal = new double[selected.length];
        boolean[] used = new boolean[candidates.size()];
        for (int s = 0; s < selected.length; s++) {
            boolean complete = !gains.anyUnassigned();
            int best = -1;
            double bestGain = Double.NEGATIVE_INFINITY;
            for (int j : selected) {
                if (used[j]) continue;
                double g = gains.gain(j);
                if (g > bestGain || (g == bestGain && j < best)) {
                    best = j;
                    bestGain = g;
                }
            }
            used[best] = true;
            order[s] = best;
            marginal[s] = complete ? bestGain : Double.NaN;
            gains.open(best);
        }
        CostMatrix m = data.cost;
        boolean[] open = new boolean[candidates.size()];
        for (int j : selected) open[j] = true;
        for (int j : candidates.fixedColumns()) open[j] = true;
        int[] assigned = new int[m.demandCount()];
        double[] weightAt = new double[candidates.size()];
        double objective = 0;
        double covered = 0;
        for (int i = 0; i < m.demandCount(); i++) {
            assigned[i] = -1;
            for (int k = m.rowStart[i]; k < m.rowStart[i + 1]; k++) {
                int j = m.rowColumn[k];
                if (!open[j]) continue;
                assigned[i] = j;
                weightAt[j] += data.weights[i];
                objective += data.weights[i] * m.rowCost[k];
                covered += data.weights[i];
                break;
            }
        }
        return CoverageReport.builder("pmedian", solver, candidates, order, marginal, weightAt, assigned, covered, objective,
                data.totalWeight, 0, 0);
    }

    private static Milp.Outcome exact(Data data, int p, int[] hintSites, SolveOptions options) {
        CandidateSet candidates = data.candidates;
        CostMatrix m = data.cost;
        MPSolver solver = Milp.create(options.milpBackend());
        try {
            Milp.Hint hint = new Milp.Hint();
            Milp.SiteVariables sites = new Milp.SiteVariables(solver, candidates, hintSites, hint);
            int[] varOf = sites.varOf;
            MPVariable[] y = sites.y;
            boolean[] open = sites.open;
            int[] free = sites.free;
            sites.requireCount(solver, p);
            var objective = solver.objective();
            objective.setMinimization();
            for (int i = 0; i < m.demandCount(); i++) {
                double w = data.weights[i];
                MPConstraint assign = solver.makeConstraint(1, 1, "a" + i);
                int freeInReach = 0;
                boolean fixedInReach = false;
                boolean assigned = false;
                for (int k = m.rowStart[i]; k < m.rowStart[i + 1]; k++) {
                    int j = m.rowColumn[k];
                    if (candidates.isExcluded(j)) continue;
                    MPVariable x = solver.makeNumVar(0, 1, "");
                    hint.add(x, open[j] && !assigned ? 1 : 0);
                    assigned |= open[j];
                    assign.setCoefficient(x, 1);
                    objective.setCoefficient(x, w * m.rowCost[k]);
                    if (candidates.isFixed(j)) {
                        fixedInReach = true;
                    } else {
                        freeInReach++;
                        MPConstraint link = solver.makeConstraint(Double.NEGATIVE_INFINITY, 0, "");
                        link.setCoefficient(x, 1);
                        link.setCoefficient(y[varOf[j]], -1);
                    }
                }
                if (!fixedInReach && freeInReach <= free.length - p) {
                    MPVariable s = solver.makeNumVar(0, 1, "s" + i);
                    assign.setCoefficient(s, 1);
                    objective.setCoefficient(s, w * data.penalty);
                    hint.add(s, assigned ? 0 : 1);
                }
            }
            return Milp.solve(solver, options.milpBackend(), y, hint, options.timeLimitSeconds());
        } finally {
            solver.delete();
        }
    }
}
