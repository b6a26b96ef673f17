package org.lifecircle.siting;

/**
 * How to solve: the solver, a wall-clock limit in seconds for the exact solver (and for the
 * improvement phase of the heuristic), the seed of the randomised phases, the MILP backend
 * ("SCIP", "CBC" or "HIGHS" as OR-Tools names them) and how many rounds without improvement
 * the variable-neighbourhood phase may spend (0 = plain local search).
 */
public record SolveOptions(SolverKind solver, double timeLimitSeconds, long seed, String milpBackend,
        int vnsIdleRounds) {

    public SolveOptions {
        if (!(timeLimitSeconds > 0)) throw new IllegalArgumentException("time limit " + timeLimitSeconds);
        if (vnsIdleRounds < 0) throw new IllegalArgumentException("vnsIdleRounds " + vnsIdleRounds);
    }

    public static SolveOptions of(SolverKind solver) {
        return new SolveOptions(solver, 60, 1, "SCIP", 200);
    }

    public SolveOptions withTimeLimit(double seconds) {
        return new SolveOptions(solver, seconds, seed, milpBackend, vnsIdleRounds);
    }

    public SolveOptions withSeed(long newSeed) {
        return new SolveOptions(solver, timeLimitSeconds, newSeed, milpBackend, vnsIdleRounds);
    }

    public SolveOptions withVnsIdleRounds(int rounds) {
        return new SolveOptions(solver, timeLimitSeconds, seed, milpBackend, rounds);
    }

    public SolveOptions withBackend(String backend) {
        return new SolveOptions(solver, timeLimitSeconds, seed, backend, vnsIdleRounds);
    }

    long deadlineNanos(long startNanos) {
        return startNanos + (long) (timeLimitSeconds * 1e9);
    }
}
