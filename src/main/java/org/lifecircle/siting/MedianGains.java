package org.lifecircle.siting;

/**
 * Greedy state for p-median: each row's cost to its nearest open site ({@code penalty} when
 * none is in reach); the gain of a site is the weighted cost it would save. Existing sites start
 * open. O(column length) per gain evaluation.
 */
final class MedianGains implements LazyGreedy.Gains {

    private final CostMatrix m;
    private final double[] w;
    private final double[] nearest;
    private final double penalty;

    MedianGains(CostMatrix m, double[] weights, CandidateSet candidates, double penalty) {
        this.m = m;
        this.w = weights;
        this.penalty = penalty;
        this.nearest = new double[m.demandCount()];
        java.util.Arrays.fill(nearest, penalty);
        for (int j : candidates.fixedColumns()) open(j);
    }

    @Override
    public double gain(int j) {
        double g = 0;
        for (int k = m.columnStart[j]; k < m.columnStart[j + 1]; k++) {
            int u = m.columnRow[k];
            double saving = nearest[u] - m.columnCost[k];
            if (saving > 0) g += w[u] * saving;
        }
        return g;
    }

    @Override
    public void open(int j) {
        for (int k = m.columnStart[j]; k < m.columnStart[j + 1]; k++) {
            int u = m.columnRow[k];
            nearest[u] = Math.min(nearest[u], m.columnCost[k]);
        }
    }

    /** True while some row with weight has no open site in reach. */
    boolean anyUnassigned() {
        for (int u = 0; u < nearest.length; u++) if (nearest[u] >= penalty && w[u] > 0) return true;
        return false;
    }

    /** Total weighted cost with unreached rows at the penalty. */
    double cost() {
        double c = 0;
        for (int u = 0; u < nearest.length; u++) c += w[u] * nearest[u];
        return c;
    }
}
