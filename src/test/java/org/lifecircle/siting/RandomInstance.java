package org.lifecircle.siting;

import java.util.SplittableRandom;

/**
 * A small seeded spatial instance: demand points and candidates uniform in a 1000 × 1000
 * square, integer Euclidean costs, integer weights 1–100; optionally some candidates existing or
 * excluded, and some pairs missing (unreachable).
 */
final class RandomInstance {

    final long seed;
    final int demand;
    final int candidates;
    final double[][] cost;
    final double[] weights;
    final boolean[] fixed;
    final boolean[] excluded;

    RandomInstance(long seed, int demand, int candidates, int fixedCount, int excludedCount, double missingShare) {
        this.seed = seed;
        this.demand = demand;
        this.candidates = candidates;
        SplittableRandom r = new SplittableRandom(seed);
        double[][] d = new double[demand][2];
        double[][] c = new double[candidates][2];
        for (double[] pt : d) {
            pt[0] = r.nextDouble() * 1000;
            pt[1] = r.nextDouble() * 1000;
        }
        for (double[] pt : c) {
            pt[0] = r.nextDouble() * 1000;
            pt[1] = r.nextDouble() * 1000;
        }
        cost = new double[demand][candidates];
        weights = new double[demand];
        for (int i = 0; i < demand; i++) {
            weights[i] = 1 + r.nextInt(100);
            for (int j = 0; j < candidates; j++) {
                cost[i][j] = Math.rint(Math.hypot(d[i][0] - c[j][0], d[i][1] - c[j][1]));
                if (r.nextDouble() < missingShare) cost[i][j] = Double.POSITIVE_INFINITY;
            }
        }
        fixed = new boolean[candidates];
        excluded = new boolean[candidates];
        for (int k = 0; k < fixedCount; k++) fixed[k] = true;
        for (int k = 0; k < excludedCount; k++) excluded[candidates - 1 - k] = true;
    }

    CostMatrix matrix() {
        return CostMatrix.dense(cost, candidates);
    }

    CandidateSet candidateSet() {
        CandidateSet set = CandidateSet.numbered(candidates);
        for (int j = 0; j < candidates; j++) {
            if (fixed[j]) set = set.withFixed(j);
            if (excluded[j]) set = set.withExcluded(j);
        }
        return set;
    }

    boolean isFree(int j) {
        return !fixed[j] && !excluded[j];
    }

    @Override
    public String toString() {
        return "seed " + seed + " (" + demand + " × " + candidates + ")";
    }
}
