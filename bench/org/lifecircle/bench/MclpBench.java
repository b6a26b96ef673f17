package org.lifecircle.bench;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.lifecircle.siting.CandidateSet;
import org.lifecircle.siting.CoverageMatrix;
import org.lifecircle.siting.CoverageProblem;
import org.lifecircle.siting.Mclp;
import org.lifecircle.siting.SitingResult;
import org.lifecircle.siting.SolveOptions;
import org.lifecircle.siting.SolverKind;

/**
 * MCLP on synthetic spatial instances: n demand points and 1,000 candidates uniform in a
 * 10 km × 10 km square (seeded), weights 1–10, coverage = within 500 m, p = 50. Prints the
 * signature merging, the heuristic's time and covered weight (greedy; greedy + swaps; + VNS),
 * and the exact MILP's objective and bound under a time limit, with the heuristic's gap. Times
 * are this thread's CPU seconds (the machine is shared) next to wall-clock seconds.
 *
 * <pre>bench/run MclpBench [exactSeconds] [p] [n ...]   (-Dbackend=SCIP for another MILP backend)</pre>
 */
public final class MclpBench {

    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    private static final double SIDE_METRES = 10_000;
    private static final double RADIUS_METRES = 500;
    private static final int CANDIDATES = 1_000;

    public static void main(String[] args) {
        double exactSeconds = args.length > 0 ? Double.parseDouble(args[0]) : 120;
        int p = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int[] sizes = args.length > 2 ? Arrays.stream(args, 2, args.length).mapToInt(Integer::parseInt).toArray()
                : new int[] {10_000, 100_000, 1_000_000};
        long seed = 42;
        System.out.printf("seed %d, %d candidates, radius %.0f m in %.0f m square, p = %d%n", seed, CANDIDATES,
                RADIUS_METRES, SIDE_METRES, p);
        for (int n : sizes) {
            long t0 = System.nanoTime();
            Instance in = instance(n, seed);
            long t1 = System.nanoTime();
            long c1 = CPU.getCurrentThreadCpuTime();
            CoverageProblem problem = CoverageProblem.of(in.coverage, in.weights, CandidateSet.numbered(CANDIDATES));
            long t2 = System.nanoTime();
            double mergeCpu = (CPU.getCurrentThreadCpuTime() - c1) / 1e9;
            long c = CPU.getCurrentThreadCpuTime();
            SitingResult greedy = Mclp.solve(problem, p, SolveOptions.of(SolverKind.GREEDY));
            double greedyCpu = (CPU.getCurrentThreadCpuTime() - c) / 1e9;
            c = CPU.getCurrentThreadCpuTime();
            SitingResult swap = Mclp.solve(problem, p, new SolveOptions(SolverKind.LOCAL, 60, 1, "CBC", 0));
            double swapCpu = (CPU.getCurrentThreadCpuTime() - c) / 1e9;
            c = CPU.getCurrentThreadCpuTime();
            SitingResult vns = Mclp.solve(problem, p, SolveOptions.of(SolverKind.LOCAL));
            double vnsCpu = (CPU.getCurrentThreadCpuTime() - c) / 1e9;
            System.out.printf("n = %,d: %,d pairs built in %.2f s; merge %.3f s -> %,d distinct rows (%,d merged away)%n",
                    n, in.coverage.pairCount(), (t1 - t0) / 1e9, (t2 - t1) / 1e9, problem.merged().matrix().demandCount(),
                    problem.merged().mergedAway());
            System.out.printf("  merge CPU %.3f s (wall %.3f s)%n", mergeCpu, (t2 - t1) / 1e9);
            print("greedy", greedy, greedyCpu, mergeCpu);
            print("greedy+swap", swap, swapCpu, mergeCpu);
            print("greedy+swap+VNS", vns, vnsCpu, mergeCpu);
            if (exactSeconds > 0) {
                SitingResult exact = Mclp.solve(problem, p, new SolveOptions(SolverKind.EXACT, exactSeconds, 1,
                        System.getProperty("backend", "CBC"), 0));
                System.out.printf("  exact %s: covered %,.0f, upper bound %,.1f, %s in %.1f s%n", exact.solver(),
                        exact.objective(), exact.upperBound(), exact.provenOptimal() ? "proven optimal"
                                : String.format("NOT proven within %.0f s (gap %.4f %%)", exactSeconds, 100 * exact.gap()),
                        exact.runtimeMs() / 1e3);
                for (SitingResult h : new SitingResult[] {greedy, swap, vns}) {
                    System.out.printf("  %-16s gap to exact optimum/bound: %.4f %%%n", h.solver().equals("greedy")
                            ? "greedy" : h == swap ? "greedy+swap" : "greedy+swap+VNS",
                            100 * (exact.upperBound() - h.objective()) / exact.upperBound());
                }
            }
        }
    }

    private static void print(String label, SitingResult r, double cpuSeconds, double mergeCpu) {
        System.out.printf("  %-16s covered %,.0f of %,.0f (%.2f %%), CPU %.3f s (with merge %.3f s), wall %.3f s%n",
                label, r.objective(), r.totalWeight(), 100 * r.coveredShare(), cpuSeconds, cpuSeconds + mergeCpu,
                r.runtimeMs() / 1e3);
    }

    private record Instance(CoverageMatrix coverage, double[] weights) {
    }

    /** Points and candidates uniform in the square; candidates bucketed in a grid of radius-sized cells. */
    private static Instance instance(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] cx = new double[CANDIDATES];
        double[] cy = new double[CANDIDATES];
        for (int j = 0; j < CANDIDATES; j++) {
            cx[j] = r.nextDouble() * SIDE_METRES;
            cy[j] = r.nextDouble() * SIDE_METRES;
        }
        int cells = (int) Math.ceil(SIDE_METRES / RADIUS_METRES);
        int[] cellStart = new int[cells * cells + 1];
        int[] cellOf = new int[CANDIDATES];
        for (int j = 0; j < CANDIDATES; j++) {
            cellOf[j] = cell(cx[j], cells) * cells + cell(cy[j], cells);
            cellStart[cellOf[j] + 1]++;
        }
        for (int c = 0; c < cells * cells; c++) cellStart[c + 1] += cellStart[c];
        int[] cellItems = new int[CANDIDATES];
        int[] fill = Arrays.copyOf(cellStart, cells * cells);
        for (int j = 0; j < CANDIDATES; j++) cellItems[fill[cellOf[j]]++] = j;
        int[] rowStart = new int[n + 1];
        int[] col = new int[Math.max(16, n * 10)];
        double[] weights = new double[n];
        int nnz = 0;
        double r2 = RADIUS_METRES * RADIUS_METRES;
        for (int i = 0; i < n; i++) {
            double x = r.nextDouble() * SIDE_METRES;
            double y = r.nextDouble() * SIDE_METRES;
            weights[i] = 1 + r.nextInt(10);
            int gx = cell(x, cells);
            int gy = cell(y, cells);
            for (int ax = Math.max(0, gx - 1); ax <= Math.min(cells - 1, gx + 1); ax++) {
                for (int ay = Math.max(0, gy - 1); ay <= Math.min(cells - 1, gy + 1); ay++) {
                    int c = ax * cells + ay;
                    for (int k = cellStart[c]; k < cellStart[c + 1]; k++) {
                        int j = cellItems[k];
                        double dx = cx[j] - x;
                        double dy = cy[j] - y;
                        if (dx * dx + dy * dy <= r2) {
                            if (nnz == col.length) col = Arrays.copyOf(col, nnz * 2);
                            col[nnz++] = j;
                        }
                    }
                }
            }
            rowStart[i + 1] = nnz;
        }
        return new Instance(CoverageMatrix.fromRows(n, CANDIDATES, rowStart, Arrays.copyOf(col, nnz), null), weights);
    }

    private static int cell(double v, int cells) {
        return Math.min(cells - 1, (int) (v / RADIUS_METRES));
    }
}
