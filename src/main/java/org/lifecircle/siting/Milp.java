package org.lifecircle.siting;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverParameters;
import com.google.ortools.linearsolver.MPVariable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Thin wrapper around OR-Tools' {@link MPSolver}: loads the native library once, creates the
 * backend, applies the time limit and the heuristic hint, and reads back the incumbent, the best
 * bound and whether optimality was proven.
 */
final class Milp {

    private static boolean loaded;

    /** Result of one MILP run; {@code values} is null when no feasible solution was found. */
    record Outcome(double[] values, double objective, double bound, boolean optimal, String backend,
            long wallMillis) {
    }

    /** A complete starting solution: a value for every variable the model made. */
    static final class Hint {
        private final List<MPVariable> vars = new ArrayList<>();
        private double[] values = new double[64];

        void add(MPVariable var, double value) {
            if (vars.size() == values.length) values = Arrays.copyOf(values, values.length * 2);
            values[vars.size()] = value;
            vars.add(var);
        }
    }

    /**
     * The site decisions every location MILP starts with: one boolean {@code y} per free candidate
     * column (named {@code y<column>}, in free-column order), hinted 1 where the heuristic opened
     * the site. {@code varOf[column]} is the column's index in {@code y}, -1 for fixed and excluded
     * columns; {@code open} flags the fixed sites and the hint's.
     */
    static final class SiteVariables {
        final int[] free;
        final int[] varOf;
        final MPVariable[] y;
        final boolean[] open;

        SiteVariables(MPSolver solver, CandidateSet candidates, int[] hintSites, Hint hint) {
            free = candidates.freeColumns();
            varOf = new int[candidates.size()];
            Arrays.fill(varOf, -1);
            for (int f = 0; f < free.length; f++) varOf[free[f]] = f;
            open = Mclp.openFlags(candidates, hintSites);
            y = new MPVariable[free.length];
            for (int f = 0; f < free.length; f++) {
                y[f] = solver.makeBoolVar("y" + free[f]);
                hint.add(y[f], open[free[f]] ? 1 : 0);
            }
        }

        /** Σ y = p: exactly p new sites. */
        void requireCount(MPSolver solver, int p) {
            MPConstraint count = solver.makeConstraint(p, p, "p");
            for (MPVariable v : y) count.setCoefficient(v, 1);
        }
    }

    private Milp() {
    }

    static synchronized MPSolver create(String backend) {
        if (backend.toUpperCase(java.util.Locale.ROOT).startsWith("HIGHS")) {
            throw new IllegalArgumentException("HiGHS through MPSolver crashes the JVM in OR-Tools 9.15"
                    + " (SIGSEGV in HighsSolveProto); use SCIP or CBC");
        }
        if (!loaded) {
            Loader.loadNativeLibraries();
            loaded = true;
        }
        MPSolver solver = MPSolver.createSolver(backend);
        if (solver == null) throw new IllegalStateException("OR-Tools has no MILP backend " + backend);
        return solver;
    }

    /** Solves; {@code values} of the outcome are those of {@code vars}. */
    static Outcome solve(MPSolver solver, String backend, MPVariable[] vars, Hint hint, double timeLimitSeconds) {
        solver.setTimeLimit(Math.max(1, (long) (timeLimitSeconds * 1000)));
        if (backend.equalsIgnoreCase("SCIP")) {
            solver.setNumThreads(Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors())));
        }
        if (hint != null && !hint.vars.isEmpty()) {
            solver.setHint(hint.vars.toArray(MPVariable[]::new), Arrays.copyOf(hint.values, hint.vars.size()));
        }
        long start = System.nanoTime();
        MPSolverParameters params = new MPSolverParameters();
        params.setDoubleParam(MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, 1e-9);
        MPSolver.ResultStatus status = solver.solve(params);
        long wall = (System.nanoTime() - start) / 1_000_000;
        boolean optimal = status == MPSolver.ResultStatus.OPTIMAL;
        if (!optimal && status != MPSolver.ResultStatus.FEASIBLE) {
            return new Outcome(null, Double.NaN, Double.NaN, false, backend, wall);
        }
        double[] values = new double[vars.length];
        for (int i = 0; i < vars.length; i++) values[i] = vars[i].solutionValue();
        double objective = solver.objective().value();
        double bound = solver.objective().bestBound();
        return new Outcome(values, objective, bound, optimal, backend, wall);
    }
}
