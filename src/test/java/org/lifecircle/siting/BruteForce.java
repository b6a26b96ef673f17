package org.lifecircle.siting;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Reference answers by enumerating every set of free candidates, written with dense arrays and
 * plain loops, sharing no code with the solvers.
 */
final class BruteForce {

    private BruteForce() {
    }

    /** All subsets of the free candidates of size k, as open flags with the fixed ones set. */
    static List<boolean[]> subsets(RandomInstance in, int k) {
        List<Integer> free = new ArrayList<>();
        for (int j = 0; j < in.candidates; j++) if (in.isFree(j)) free.add(j);
        List<boolean[]> out = new ArrayList<>();
        int n = free.size();
        for (int mask = 0; mask < (1 << n); mask++) {
            if (Integer.bitCount(mask) != k) continue;
            boolean[] open = in.fixed.clone();
            for (int b = 0; b < n; b++) if ((mask & (1 << b)) != 0) open[free.get(b)] = true;
            out.add(open);
        }
        return out;
    }

    static double best(RandomInstance in, int k, ToDoubleFunction<boolean[]> value, boolean maximise) {
        double best = maximise ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        for (boolean[] open : subsets(in, k)) {
            double v = value.applyAsDouble(open);
            best = maximise ? Math.max(best, v) : Math.min(best, v);
        }
        return best;
    }

    static double covered(RandomInstance in, double cutoff, boolean[] open) {
        double total = 0;
        for (int i = 0; i < in.demand; i++) {
            for (int j = 0; j < in.candidates; j++) {
                if (open[j] && in.cost[i][j] <= cutoff) {
                    total += in.weights[i];
                    break;
                }
            }
        }
        return total;
    }

    /** Weighted cost to the nearest open site; +∞ when a weighted row reaches none. */
    static double medianCost(RandomInstance in, boolean[] open) {
        double total = 0;
        for (int i = 0; i < in.demand; i++) {
            double best = Double.POSITIVE_INFINITY;
            for (int j = 0; j < in.candidates; j++) if (open[j]) best = Math.min(best, in.cost[i][j]);
            total += in.weights[i] * best;
        }
        return total;
    }

    /** Max served weight with split rows: Edmonds–Karp on a dense residual matrix. */
    static double served(RandomInstance in, double cutoff, double[] capacity, boolean[] open) {
        int n = in.demand + in.candidates + 2;
        int s = n - 2;
        int t = n - 1;
        double[][] res = new double[n][n];
        for (int i = 0; i < in.demand; i++) {
            res[s][i] = in.weights[i];
            for (int j = 0; j < in.candidates; j++) {
                if (open[j] && in.cost[i][j] <= cutoff) res[i][in.demand + j] = Double.POSITIVE_INFINITY;
            }
        }
        for (int j = 0; j < in.candidates; j++) if (open[j]) res[in.demand + j][t] = capacity[j];
        double flow = 0;
        while (true) {
            int[] prev = new int[n];
            java.util.Arrays.fill(prev, -1);
            prev[s] = s;
            java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>();
            queue.add(s);
            while (!queue.isEmpty() && prev[t] < 0) {
                int v = queue.poll();
                for (int x = 0; x < n; x++) {
                    if (prev[x] < 0 && res[v][x] > 1e-9) {
                        prev[x] = v;
                        queue.add(x);
                    }
                }
            }
            if (prev[t] < 0) return flow;
            double push = Double.POSITIVE_INFINITY;
            for (int v = t; v != s; v = prev[v]) push = Math.min(push, res[prev[v]][v]);
            for (int v = t; v != s; v = prev[v]) {
                res[prev[v]][v] -= push;
                res[v][prev[v]] += push;
            }
            flow += push;
        }
    }

    static boolean[] openOf(RandomInstance in, SitingResult r) {
        boolean[] open = in.fixed.clone();
        for (int j : r.selected()) open[j] = true;
        return open;
    }
}
