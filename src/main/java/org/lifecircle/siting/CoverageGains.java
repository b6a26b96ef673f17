package org.lifecircle.siting;

/**
 * Greedy state for covering: how many open sites cover each merged row; the gain of a site is
 * the weight of the uncovered rows it covers. Existing sites start open. O(column length) per
 * gain evaluation.
 */
final class CoverageGains implements LazyGreedy.Gains {

    private final CoverageMatrix m;
    private final double[] w;
    private final int[] cover;
    private double covered;

    CoverageGains(MergedDemand demand, CandidateSet candidates) {
        this.m = demand.matrix();
        this.w = demand.weights();
        this.cover = new int[m.demandCount()];
        for (int j : candidates.fixedColumns()) open(j);
    }

    @Override
    public double gain(int j) {
        double g = 0;
        for (int k = m.columnStart[j]; k < m.columnStart[j + 1]; k++) {
            int u = m.columnRow[k];
            if (cover[u] == 0) g += w[u];
        }
        return g;
    }

    @Override
    public void open(int j) {
        for (int k = m.columnStart[j]; k < m.columnStart[j + 1]; k++) {
            int u = m.columnRow[k];
            if (cover[u]++ == 0) covered += w[u];
        }
    }

    double covered() {
        return covered;
    }
}
