package org.lifecircle.bench;

import java.util.Map;
import org.lifecircle.siting.OrLibraryInstance;
import org.lifecircle.siting.PMedian;
import org.lifecircle.siting.SitingResult;
import org.lifecircle.siting.SolveOptions;
import org.lifecircle.siting.SolverKind;

/**
 * OR-Library p-median pmed1–pmed40: gap to the published optimum and time of the heuristic
 * (lazy greedy + Resende–Werneck swaps + VNS), next to OR-Tools' exact MILP (strong formulation)
 * time to proven optimum under a per-instance limit. Two untimed warm-up runs come first (JIT).
 *
 * <pre>bench/run OrLibraryBench [exactSeconds (0 = skip exact)] [vnsIdleRounds (-1 = auto)] [first] [last] [CBC|SCIP]</pre>
 */
public final class OrLibraryBench {

    public static void main(String[] args) throws Exception {
        double exactSeconds = args.length > 0 ? Double.parseDouble(args[0]) : 120;
        int idle = args.length > 1 ? Integer.parseInt(args[1]) : SolveOptions.AUTO_ROUNDS;
        int first = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        int last = args.length > 3 ? Integer.parseInt(args[3]) : 40;
        String backend = args.length > 4 ? args[4] : "CBC";
        Map<String, Double> optima = OrLibraryInstance.optima();
        for (String warm : new String[] {"pmed5", "pmed9"}) {
            OrLibraryInstance in = OrLibraryInstance.read(warm);
            PMedian.solve(in.matrix(), in.weights(), in.candidates(), in.p, Double.POSITIVE_INFINITY,
                    SolveOptions.of(SolverKind.LOCAL));
        }
        System.out.printf("%-7s %4s %4s %8s %8s %8s %9s | %10s %10s %s%n", "name", "n", "p", "optimum", "heur",
                "gap%", "heur ms", "exact ms", "exact obj", "exact status");
        int optimal = 0;
        int count = 0;
        double worstGap = 0;
        double worstTimeShare = 0;
        long heurTotal = 0;
        long exactTotal = 0;
        for (int k = first; k <= last; k++) {
            String name = "pmed" + k;
            OrLibraryInstance in = OrLibraryInstance.read(name);
            double opt = optima.get(name);
            SitingResult h = PMedian.solve(in.matrix(), in.weights(), in.candidates(), in.p, Double.POSITIVE_INFINITY,
                    new SolveOptions(SolverKind.LOCAL, 600, 1, "CBC", idle));
            double gap = (h.objective() - opt) / opt;
            count++;
            if (gap <= 1e-12) optimal++;
            worstGap = Math.max(worstGap, gap);
            heurTotal += h.runtimeMs();
            String exactCols = "";
            if (exactSeconds > 0) {
                long start = System.nanoTime();
                SitingResult e = PMedian.solve(in.matrix(), in.weights(), in.candidates(), in.p,
                        Double.POSITIVE_INFINITY, new SolveOptions(SolverKind.EXACT, exactSeconds, 1, backend, 0));
                long ms = (System.nanoTime() - start) / 1_000_000;
                exactCols = String.format("%10d %10.0f %s", ms, e.objective(), e.provenOptimal() ? "proven optimal"
                        : String.format("NOT proven (limit %.0f s, bound %.1f, gap %.3f %%)", exactSeconds,
                                e.lowerBound(), 100 * e.gap()));
                worstTimeShare = Math.max(worstTimeShare, (double) h.runtimeMs() / ms);
                exactTotal += ms;
            }
            System.out.printf("%-7s %4d %4d %8.0f %8.0f %8.4f %9d | %s%n", name, in.n, in.p, opt, h.objective(),
                    100 * gap, h.runtimeMs(), exactCols);
        }
        System.out.printf("heuristic optimal on %d of %d, worst gap %.4f %%, total heuristic time %.1f s%n", optimal,
                count, 100 * worstGap, heurTotal / 1000.0);
        if (exactSeconds > 0) {
            System.out.printf("heuristic / exact time: %.1f %% in total (%.1f s / %.1f s), largest single ratio %.1f %%"
                    + " (an unproven exact run counts with its time limit)%n", 100.0 * heurTotal / exactTotal,
                    heurTotal / 1000.0, exactTotal / 1000.0, 100 * worstTimeShare);
        }
    }
}
