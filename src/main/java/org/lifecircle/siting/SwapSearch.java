package org.lifecircle.siting;

import java.util.SplittableRandom;

/**
 * Improvement phases over a {@link SwapNeighbourhood}. {@link #localSearch} applies best
 * improving swaps until none is left (cost per step: one neighbourhood scan). {@link #vns} is a
 * basic variable neighbourhood search (Hansen &amp; Mladenović 1997): shake the incumbent by k
 * random swaps (each closes a random open site and opens a closed one that could serve part of
 * its demand, so the shake stays local), descend, keep the result if it is better (restart at k = 1) or as good (a sideways move on a
 * plateau of equal cost), otherwise try k + 1. It stops when the rounds without improvement
 * reach twice the round of the last improvement (at least 10 per site and {@link #MIN_IDLE_ROUNDS},
 * at most {@code maxIdleRounds}) or at the deadline, so easy instances end early and hard ones
 * keep searching while it pays.
 */
final class SwapSearch {

    /** Rounds without improvement the VNS spends at least (or 10 per site, if more). */
    static final int MIN_IDLE_ROUNDS = 50;

    private SwapSearch() {
    }

    /** Returns the number of swaps applied. */
    static int localSearch(SwapNeighbourhood state, long deadlineNanos) {
        int[] move = new int[2];
        int swaps = 0;
        while (System.nanoTime() < deadlineNanos) {
            double before = state.cost();
            double eps = 1e-9 * Math.max(1, Math.abs(before));
            double profit = state.bestSwap(move, eps);
            if (Double.isNaN(profit)) break;
            state.swap(move[0], move[1]);
            if (state.cost() > before - eps) {
                state.swap(move[1], move[0]);
                break;
            }
            swaps++;
        }
        return swaps;
    }

    /** Leaves the best solution found in {@code state}. */
    static void vns(SwapNeighbourhood state, long seed, int maxIdleRounds, long deadlineNanos) {
        localSearch(state, deadlineNanos);
        int[] free = state.freeColumns();
        int[] best = state.openFree();
        double bestCost = state.cost();
        int p = best.length;
        int closedCount = free.length - p;
        int kMax = Math.min(Math.min(p, closedCount), 10);
        if (kMax < 1) return;
        SplittableRandom random = new SplittableRandom(seed);
        int k = 1;
        int idle = 0;
        int round = 0;
        int lastImprovement = 0;
        boolean atBest = true;
        int[] closed = new int[closedCount];
        int minIdle = Math.max(MIN_IDLE_ROUNDS, 10 * p);
        while (idle < Math.min(maxIdleRounds, Math.max(minIdle, 2 * lastImprovement))
                && System.nanoTime() < deadlineNanos) {
            round++;
            if (!atBest) state.reset(best);
            int[] open = state.openFree();
            for (int s = 0; s < k; s++) {
                int oi = s + random.nextInt(p - s);
                int out = open[oi];
                open[oi] = open[s];
                open[s] = out;
                int in = state.closedNear(out, random);
                if (in < 0) {
                    int c = 0;
                    for (int j : free) if (!state.isOpen(j)) closed[c++] = j;
                    in = closed[random.nextInt(c)];
                }
                state.swap(in, out);
            }
            localSearch(state, deadlineNanos);
            double eps = 1e-9 * Math.max(1, Math.abs(bestCost));
            if (state.cost() < bestCost - eps) {
                best = state.openFree();
                bestCost = state.cost();
                atBest = true;
                k = 1;
                idle = 0;
                lastImprovement = round;
            } else {
                if (state.cost() <= bestCost + eps) {
                    best = state.openFree();
                    atBest = true;
                } else {
                    atBest = false;
                }
                k = k % kMax + 1;
                idle++;
            }
        }
        if (!atBest) state.reset(best);
    }
}
