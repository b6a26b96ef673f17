package org.lifecircle.planning;

import java.util.List;
import org.lifecircle.siting.CandidateSet;
import org.lifecircle.siting.CapacitatedCoverage;
import org.lifecircle.siting.CostMatrix;
import org.lifecircle.siting.CoverageProblem;
import org.lifecircle.siting.CurvePoint;
import org.lifecircle.siting.Lscp;
import org.lifecircle.siting.Mclp;
import org.lifecircle.siting.PMedian;
import org.lifecircle.siting.SitingResult;
import org.lifecircle.siting.SolveOptions;
import org.lifecircle.siting.SolverKind;

/**
 * Solves one {@link SitingModel} on a cost matrix and computes its coverage curve, the one model
 * dispatch of project mode and matrix mode. The curve runs to max(sites chosen, curveMax), at most
 * the free candidates (none for lscp choosing nothing); greedy prefixes, improved by swaps unless
 * the solver is greedy; for the capacitated model its greedy's. Costs are the models' own.
 *
 * @param result the model's answer
 * @param curve  p = 1 … curve size
 */
public record ModelRun(SitingResult result, List<CurvePoint> curve) {

    public ModelRun {
        curve = List.copyOf(curve);
    }

    /**
     * @param limit      covering cutoff for the coverage models; largest assignable cost for p-median
     * @param capacities per column (capacitated only, else null)
     */
    public static ModelRun solve(SitingModel model, CostMatrix matrix, double[] weights, CandidateSet set, double limit,
            int p, double target, double[] capacities, int curveMax, SolveOptions options, SitingMonitor monitor) {
        boolean improve = options.solver() != SolverKind.GREEDY;
        if (model == SitingModel.PMEDIAN) {
            SitingResult result = PMedian.solve(matrix, weights, set, p, limit, options);
            checkpoint(monitor);
            return new ModelRun(result, PMedian.curve(matrix, weights, set, curveSize(result, curveMax, set), limit, improve));
        }
        CoverageProblem problem = CoverageProblem.of(matrix, limit, weights, set);
        SitingResult result = switch (model) {
            case LSCP -> Lscp.solve(problem, target, options);
            case CAPACITATED -> CapacitatedCoverage.solve(problem, capacities, p, options);
            default -> Mclp.solve(problem, p, options);
        };
        checkpoint(monitor);
        int size = curveSize(result, curveMax, set);
        List<CurvePoint> curve;
        if (size == 0) {
            curve = List.of();
        } else if (model == SitingModel.CAPACITATED) {
            curve = CapacitatedCoverage.curve(problem, capacities, size);
        } else {
            curve = Mclp.curve(problem, size, improve);
        }
        return new ModelRun(result, curve);
    }

    private static int curveSize(SitingResult result, int curveMax, CandidateSet set) {
        return Math.min(Math.max(result.p(), curveMax), set.freeCount());
    }

    private static void checkpoint(SitingMonitor monitor) {
        if (monitor.cancelled()) throw new SitingCancelledException();
        monitor.progress(0.9, "coverage curve");
    }
}
