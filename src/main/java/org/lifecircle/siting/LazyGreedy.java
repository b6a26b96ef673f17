package org.lifecircle.siting;

/**
 * Lazy greedy (Minoux 1978): opens, one at a time, the free candidate with the largest marginal
 * gain, keeping stale gains in a max-heap and recomputing only the top one. For a submodular
 * objective (covered weight, p-median cost saving) a stale gain is an upper bound, so the first
 * recomputed gain that still tops the heap is the true maximum. Cost: O(N log N) heap work plus
 * one gain evaluation per pop; typically a few pops per step.
 */
final class LazyGreedy {

    /** Marginal gain of opening a candidate in the current state, and opening it. */
    interface Gains {
        double gain(int candidate);

        void open(int candidate);
    }

    /** Order of the opened candidates and each one's gain at the time it opened. */
    record Steps(int[] order, double[] gains) {
    }

    private LazyGreedy() {
    }

    /** Opens {@code steps} of {@code eligible}; ties go to the lower column. */
    static Steps run(Gains gains, int[] eligible, int steps) {
        int n = eligible.length;
        double[] key = new double[n];
        int[] item = new int[n];
        int size = 0;
        for (int c : eligible) {
            key[size] = gains.gain(c);
            item[size] = c;
            siftUp(key, item, size++);
        }
        int[] order = new int[steps];
        double[] gain = new double[steps];
        for (int s = 0; s < steps; s++) {
            while (true) {
                int top = item[0];
                double fresh = gains.gain(top);
                key[0] = fresh;
                siftDown(key, item, 0, size);
                if (item[0] == top) {
                    order[s] = top;
                    gain[s] = fresh;
                    gains.open(top);
                    size--;
                    key[0] = key[size];
                    item[0] = item[size];
                    siftDown(key, item, 0, size);
                    break;
                }
            }
        }
        return new Steps(order, gain);
    }

    private static boolean before(double ka, int ia, double kb, int ib) {
        return ka > kb || (ka == kb && ia < ib);
    }

    private static void siftUp(double[] key, int[] item, int at) {
        while (at > 0) {
            int parent = (at - 1) >>> 1;
            if (!before(key[at], item[at], key[parent], item[parent])) return;
            swap(key, item, at, parent);
            at = parent;
        }
    }

    private static void siftDown(double[] key, int[] item, int at, int size) {
        while (true) {
            int l = 2 * at + 1;
            if (l >= size) return;
            int best = l;
            if (l + 1 < size && before(key[l + 1], item[l + 1], key[l], item[l])) best = l + 1;
            if (!before(key[best], item[best], key[at], item[at])) return;
            swap(key, item, at, best);
            at = best;
        }
    }

    private static void swap(double[] key, int[] item, int a, int b) {
        double k = key[a];
        key[a] = key[b];
        key[b] = k;
        int t = item[a];
        item[a] = item[b];
        item[b] = t;
    }
}
