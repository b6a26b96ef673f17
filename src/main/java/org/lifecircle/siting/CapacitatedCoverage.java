package org.lifecircle.siting;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.lifecircle.io.InputException;

/**
 * Capacitated maximal covering (Current &amp; Storbeck 1988): open p new sites; each open site
 * (new or existing) serves at most its capacity, only demand within the cutoff; maximise the
 * served weight. A row's weight <b>may be split</b> between several covering sites (x_ij is a
 * share), so for fixed sites the assignment is a maximum flow.
 *
 * <pre>
 *   max  Σ_i Σ_{j ∈ N_i} w_i x_ij
 *   s.t. Σ_{j ∈ N_i} x_ij ≤ 1           every demand row i
 *        Σ_i w_i x_ij ≤ c_j y_j          every candidate j
 *        x_ij ≤ y_j                      every covering pair (strengthening)
 *        Σ_{j free} y_j = p
 *        y_j = 1 (existing), y_j = 0 (excluded), y_j ∈ {0,1}, x_ij ≥ 0
 * </pre>
 *
 * Before solving, the model checks that the p largest free capacities plus the existing ones
 * can hold the coverable demand, and says so with the arithmetic when they cannot (as spopt
 * does). Heuristic: lazy greedy and best-improvement swaps, each move priced by a max flow;
 * O(p·N) flows per swap step, meant for up to a few hundred candidates.
 */
public final class CapacitatedCoverage {

    private CapacitatedCoverage() {
    }

    public static SitingResult solve(CoverageProblem problem, double[] capacities, int p, SolveOptions options) {
        long start = System.nanoTime();
        CandidateSet candidates = problem.candidates();
        problem.requireSiteCount(p);
        checkCapacity(problem, capacities, p);
        MergedDemand merged = problem.merged();
        SplitAssignment flow = new SplitAssignment(merged, capacities);
        int[] sites = LazyGreedy.run(new FlowGains(flow, candidates), candidates.freeColumns(), p).order();
        String solver = "greedy";
        if (options.solver() != SolverKind.GREEDY) {
            FlowSwapState state = new FlowSwapState(flow, candidates, p);
            state.reset(sites);
            SwapSearch.localSearch(state, options.deadlineNanos(start));
            sites = state.openFree();
            solver = "local";
        }
        Milp.Outcome exact = null;
        if (options.solver() == SolverKind.EXACT) {
            exact = exact(problem, capacities, p, flow, sites, options);
            if (exact.values() != null) {
                int[] milpSites = Mclp.chosen(exact.values(), candidates.freeColumns());
                if (flow.served(Mclp.openFlags(candidates, milpSites)) > flow.served(Mclp.openFlags(candidates, sites))) {
                    sites = milpSites;
                }
            }
            solver = "exact (" + exact.backend() + ")";
        }
        SitingResult.Builder b = report(problem, flow, sites, solver);
        if (exact != null && !Double.isNaN(exact.bound())) {
            b.lowerBound = b.objective;
            b.upperBound = Math.max(b.objective, exact.bound());
            b.provenOptimal = exact.optimal() && b.upperBound - b.lowerBound <= 1e-9 * Math.max(1, b.objective);
        }
        b.runtimeMs = (System.nanoTime() - start) / 1_000_000;
        return b.build();
    }

    /**
     * The coverage curve p = 1 … maxP of the greedy: each step opens the site that adds the most
     * served weight (priced by max flow, lazily), so point p is the greedy's p-site answer. No
     * capacity check: the curve shows where capacity runs out. O(maxP · N) flows at worst.
     */
    public static List<CurvePoint> curve(CoverageProblem problem, double[] capacities, int maxP) {
        problem.requireSiteCount(maxP);
        CandidateSet candidates = problem.candidates();
        FlowGains gains = new FlowGains(new SplitAssignment(problem.merged(), capacities), candidates);
        double served = gains.served;
        LazyGreedy.Steps steps = LazyGreedy.run(gains, candidates.freeColumns(), maxP);
        double total = problem.totalWeight();
        List<CurvePoint> points = new ArrayList<>(maxP);
        for (int p = 1; p <= maxP; p++) {
            double gain = steps.gains()[p - 1];
            served += gain;
            points.add(new CurvePoint(p, served, total == 0 ? 0 : served / total, gain, served));
        }
        return points;
    }

    static void checkCapacity(CoverageProblem problem, double[] capacities, int p) {
        CandidateSet candidates = problem.candidates();
        if (capacities.length != candidates.size()) {
            throw new IllegalArgumentException(capacities.length + " capacities for " + candidates.size() + " candidates");
        }
        for (int j = 0; j < capacities.length; j++) {
            if (!(capacities[j] >= 0) || Double.isInfinite(capacities[j])) {
                throw InputException.of("capacities", "capacity " + capacities[j] + " of candidate "
                        + candidates.id(j) + " is not a finite number ≥ 0");
            }
        }
        double[] freeCaps = Arrays.stream(candidates.freeColumns()).mapToDouble(j -> capacities[j]).sorted().toArray();
        double best = 0;
        for (int k = 0; k < p && k < freeCaps.length; k++) best += freeCaps[freeCaps.length - 1 - k];
        int[] fixed = candidates.fixedColumns();
        for (int j : fixed) best += capacities[j];
        double demand = problem.totalWeight() - problem.uncoverableWeight();
        if (best < demand - 1e-9 * Math.max(1, demand)) {
            throw InputException.of("capacities", String.format("capacity %s of the best %d sites (%d new%s) < demand %s"
                    + " within reach; raise p or the capacities", Numbers.format(best), p + fixed.length, p,
                    fixed.length == 0 ? "" : " + " + fixed.length + " existing", Numbers.format(demand)));
        }
    }

    static SitingResult.Builder report(CoverageProblem problem, SplitAssignment flow, int[] selected, String solver) {
        CandidateSet candidates = problem.candidates();
        MergedDemand merged = problem.merged();
        LazyGreedy.Steps steps = LazyGreedy.run(new FlowGains(flow, candidates), selected, selected.length);
        boolean[] open = new boolean[candidates.size()];
        for (int j : selected) open[j] = true;
        for (int j : candidates.fixedColumns()) open[j] = true;
        CoverageMatrix m = merged.matrix();
        double[] pairFlow = new double[m.pairCount()];
        double served = flow.solve(open, pairFlow);
        double[] weightAt = new double[candidates.size()];
        int[] mainSite = new int[m.demandCount()];
        for (int u = 0; u < m.demandCount(); u++) {
            mainSite[u] = -1;
            double most = 0;
            for (int k = m.rowStart[u]; k < m.rowStart[u + 1]; k++) {
                weightAt[m.rowColumn[k]] += pairFlow[k];
                if (pairFlow[k] > most) {
                    most = pairFlow[k];
                    mainSite[u] = m.rowColumn[k];
                }
            }
        }
        int[] assigned = new int[problem.coverage().demandCount()];
        for (int i = 0; i < assigned.length; i++) {
            int u = merged.mergedRowOf()[i];
            assigned[i] = u < 0 ? -1 : mainSite[u];
        }
        return CoverageReport.builder("capacitated", solver, candidates, steps.order(), steps.gains(), weightAt, assigned,
                served, served, problem.totalWeight(), problem.uncoverableWeight(), merged.mergedAway());
    }

    /** Greedy gains priced by max flow; the served weight is submodular in the open set. */
    private static final class FlowGains implements LazyGreedy.Gains {
        private final SplitAssignment flow;
        private final boolean[] open;
        private double served;

        FlowGains(SplitAssignment flow, CandidateSet candidates) {
            this.flow = flow;
            this.open = new boolean[candidates.size()];
            for (int j : candidates.fixedColumns()) open[j] = true;
            this.served = flow.served(open);
        }

        @Override
        public double gain(int j) {
            open[j] = true;
            double s = flow.served(open);
            open[j] = false;
            return s - served;
        }

        @Override
        public void open(int j) {
            open[j] = true;
            served = flow.served(open);
        }
    }

    /** Swap neighbourhood priced by one max flow per (in, out) pair. */
    private static final class FlowSwapState implements SwapNeighbourhood {
        private final SplitAssignment flow;
        private final CandidateSet candidates;
        private final int[] free;
        private final boolean[] open;
        private final int[] slots;
        private double served;

        FlowSwapState(SplitAssignment flow, CandidateSet candidates, int p) {
            this.flow = flow;
            this.candidates = candidates;
            this.free = candidates.freeColumns();
            this.open = new boolean[candidates.size()];
            this.slots = new int[p];
        }

        @Override
        public void reset(int[] openFree) {
            Arrays.fill(open, false);
            for (int j : candidates.fixedColumns()) open[j] = true;
            for (int s = 0; s < slots.length; s++) {
                slots[s] = openFree[s];
                open[openFree[s]] = true;
            }
            served = flow.served(open);
        }

        @Override
        public int[] openFree() {
            return slots.clone();
        }

        @Override
        public double cost() {
            return -served;
        }

        @Override
        public double bestSwap(int[] move, double minProfit) {
            double best = minProfit;
            boolean found = false;
            for (int out : slots) {
                open[out] = false;
                for (int in : free) {
                    if (open[in] || in == out) continue;
                    open[in] = true;
                    double profit = flow.served(open) - served;
                    open[in] = false;
                    if (profit > best) {
                        best = profit;
                        move[0] = in;
                        move[1] = out;
                        found = true;
                    }
                }
                open[out] = true;
            }
            return found ? best : Double.NaN;
        }

        @Override
        public void swap(int in, int out) {
            for (int s = 0; s < slots.length; s++) if (slots[s] == out) slots[s] = in;
            open[out] = false;
            open[in] = true;
            served = flow.served(open);
        }

        @Override
        public int closedNear(int out, java.util.SplittableRandom random) {
            return -1;
        }

        @Override
        public int[] freeColumns() {
            return free.clone();
        }

        @Override
        public boolean isOpen(int column) {
            return open[column];
        }
    }

    private static Milp.Outcome exact(CoverageProblem problem, double[] capacities, int p, SplitAssignment flow,
            int[] hintSites, SolveOptions options) {
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
            double[] pairFlow = new double[m.pairCount()];
            flow.solve(open, pairFlow);
            sites.requireCount(solver, p);
            MPConstraint[] cap = new MPConstraint[candidates.size()];
            for (int j = 0; j < candidates.size(); j++) {
                if (candidates.isExcluded(j)) continue;
                cap[j] = solver.makeConstraint(Double.NEGATIVE_INFINITY, candidates.isFixed(j) ? capacities[j] : 0, "cap" + j);
                if (varOf[j] >= 0) cap[j].setCoefficient(y[varOf[j]], -capacities[j]);
            }
            var objective = solver.objective();
            objective.setMaximization();
            for (int u = 0; u < m.demandCount(); u++) {
                double w = merged.weights()[u];
                if (w == 0) continue;
                MPConstraint once = solver.makeConstraint(Double.NEGATIVE_INFINITY, 1, "r" + u);
                for (int k = m.rowStart[u]; k < m.rowStart[u + 1]; k++) {
                    int j = m.rowColumn[k];
                    if (candidates.isExcluded(j)) continue;
                    MPVariable x = solver.makeNumVar(0, 1, "");
                    hint.add(x, Math.min(1, pairFlow[k] / w));
                    once.setCoefficient(x, 1);
                    cap[j].setCoefficient(x, w);
                    objective.setCoefficient(x, w);
                    if (varOf[j] >= 0) {
                        MPConstraint link = solver.makeConstraint(Double.NEGATIVE_INFINITY, 0, "");
                        link.setCoefficient(x, 1);
                        link.setCoefficient(y[varOf[j]], -1);
                    }
                }
            }
            return Milp.solve(solver, options.milpBackend(), y, hint, options.timeLimitSeconds());
        } finally {
            solver.delete();
        }
    }
}
