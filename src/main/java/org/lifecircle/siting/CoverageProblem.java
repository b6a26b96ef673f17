package org.lifecircle.siting;

import org.lifecircle.io.InputException;

/**
 * The data every coverage model (MCLP, LSCP, capacitated coverage) solves on: which candidates
 * cover which demand rows, the demand weights, and the candidate roles. Rows with the same
 * coverage signature are merged once here (O(nnz)); solvers work on the merged rows and results
 * are reported per original row. Immutable.
 */
public final class CoverageProblem {

    private final CoverageMatrix coverage;
    private final double[] weights;
    private final CandidateSet candidates;
    private final MergedDemand merged;
    private final double totalWeight;

    private CoverageProblem(CoverageMatrix coverage, double[] weights, CandidateSet candidates) {
        if (weights.length != coverage.demandCount()) {
            throw new IllegalArgumentException(weights.length + " weights for " + coverage.demandCount() + " demand rows");
        }
        if (candidates.size() != coverage.candidateCount()) {
            throw new IllegalArgumentException(candidates.size() + " candidates for " + coverage.candidateCount() + " columns");
        }
        double total = 0;
        for (int i = 0; i < weights.length; i++) {
            double w = weights[i];
            if (!(w >= 0) || Double.isInfinite(w)) {
                throw InputException.atRow("weights", i + 1L, "weight " + w + " is not a finite number ≥ 0");
            }
            total += w;
        }
        if (candidates.size() == 0) throw InputException.of("candidates", "the candidate set is empty");
        this.coverage = coverage;
        this.weights = weights.clone();
        this.candidates = candidates;
        this.totalWeight = total;
        this.merged = coverage.mergeIdenticalRows(this.weights);
    }

    public static CoverageProblem of(CoverageMatrix coverage, double[] weights, CandidateSet candidates) {
        return new CoverageProblem(coverage, weights, candidates);
    }

    /** Coverage = cost ≤ {@code cutoff} (same unit as the matrix). */
    public static CoverageProblem of(CostMatrix cost, double cutoff, double[] weights, CandidateSet candidates) {
        if (!(cutoff >= 0)) throw InputException.of("cutoff", "cutoff " + cutoff + " is not a number ≥ 0");
        return new CoverageProblem(cost.within(cutoff), weights, candidates);
    }

    /** Unit weights. */
    public static CoverageProblem of(CoverageMatrix coverage, CandidateSet candidates) {
        double[] w = new double[coverage.demandCount()];
        java.util.Arrays.fill(w, 1);
        return new CoverageProblem(coverage, w, candidates);
    }

    public CoverageMatrix coverage() {
        return coverage;
    }

    public CandidateSet candidates() {
        return candidates;
    }

    public MergedDemand merged() {
        return merged;
    }

    public double weight(int demand) {
        return weights[demand];
    }

    public double totalWeight() {
        return totalWeight;
    }

    /** Weight of rows that no candidate (fixed or free, excluded ones not counted) can cover. */
    public double uncoverableWeight() {
        double w = merged.uncoverableWeight();
        CoverageMatrix m = merged.matrix();
        for (int u = 0; u < m.demandCount(); u++) {
            boolean any = false;
            for (int k = m.rowStart[u]; k < m.rowStart[u + 1] && !any; k++) any = !candidates.isExcluded(m.rowColumn[k]);
            if (!any) w += merged.weights()[u];
        }
        return w;
    }

    /** Checks 1 ≤ p ≤ free candidates; the message names the counts. */
    void requireSiteCount(int p) {
        requireSiteCount(p, candidates);
    }

    static void requireSiteCount(int p, CandidateSet candidates) {
        int free = candidates.freeCount();
        if (free == 0) {
            throw InputException.of("candidates", "no candidate is free to open (" + candidates.size()
                    + " candidates, " + candidates.fixedColumns().length + " existing, "
                    + (candidates.size() - free - candidates.fixedColumns().length) + " excluded)");
        }
        if (p < 1) throw InputException.of("p", "p = " + p + " must be at least 1");
        if (p > free) {
            throw InputException.of("p", "p = " + p + " is larger than the " + free + " free candidates ("
                    + candidates.size() + " candidates, " + candidates.fixedColumns().length + " existing, "
                    + (candidates.size() - free - candidates.fixedColumns().length) + " excluded)");
        }
    }
}
