package org.lifecircle.siting;

/**
 * How to solve: the solver, a wall-clock limit in seconds for the exact solver (and for the
 * improvement phase of the heuristic), the seed of the randomised phases, the MILP backend
 * ("CBC", the default, or "SCIP" as OR-Tools names them; CBC proved the OR-Library and MCLP
 * bench instances 5–30× faster than SCIP here; HiGHS through MPSolver crashes in 9.15) and how many
 * rounds without improvement the variable-neighbourhood phase may spend at most (0 = plain local
 * search, {@link #AUTO_ROUNDS} = 2,000; it usually stops far earlier, see {@code SwapSearch}).
 */
public record SolveOptions(SolverKind solver, double timeLimitSeconds, long seed, String milpBackend,
        int vnsIdleRounds) {

    public static final int AUTO_ROUNDS = -1;

    public SolveOptions {
        if (!(timeLimitSeconds > 0)) throw new IllegalArgumentException("time limit " + timeLimitSeconds);
        if (vnsIdleRounds < AUTO_ROUNDS) throw new IllegalArgumentException("vnsIdleRounds " + vnsIdleRounds);
    }

    public static SolveOptions of(SolverKind solver) {
        return new SolveOptions(solver, 60, 1, "CBC", AUTO_ROUNDS);
    }

    public SolveOptions withTimeLimit(double seconds) {
        return new SolveOptions(solver, seconds, seed, milpBackend, vnsIdleRounds);
    }

    public SolveOptions withSeed(long newSeed) {
        return new SolveOptions(solver, timeLimitSeconds, newSeed, milpBackend, vnsIdleRounds);
    }

    int idleRounds(int p) {
        return vnsIdleRounds == AUTO_ROUNDS ? 2000 : vnsIdleRounds;
    }

    long deadlineNanos(long startNanos) {
        return startNanos + (long) (timeLimitSeconds * 1e9);
    }
}
