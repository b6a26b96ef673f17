package org.lifecircle.siting;

/** In-place sort of parallel (column, cost) arrays over a range; quicksort, O(n log n) expected. */
final class PairSort {

    private PairSort() {
    }

    /** Ascending cost, ties by ascending column. */
    static void byCostThenColumn(int[] col, double[] cost, int from, int to) {
        while (to - from > 16) {
            int mid = (from + to) >>> 1;
            double pc = cost[mid];
            int pj = col[mid];
            int i = from;
            int j = to - 1;
            while (i <= j) {
                while (less(cost[i], col[i], pc, pj)) i++;
                while (less(pc, pj, cost[j], col[j])) j--;
                if (i <= j) {
                    swap(col, cost, i, j);
                    i++;
                    j--;
                }
            }
            if (j + 1 - from < to - i) {
                byCostThenColumn(col, cost, from, j + 1);
                from = i;
            } else {
                byCostThenColumn(col, cost, i, to);
                to = j + 1;
            }
        }
        for (int i = from + 1; i < to; i++) {
            for (int j = i; j > from && less(cost[j], col[j], cost[j - 1], col[j - 1]); j--) {
                swap(col, cost, j, j - 1);
            }
        }
    }

    /** Ascending column over a range of (column, cost) pairs; cost may be null. */
    static void byColumn(int[] col, double[] cost, int from, int to) {
        if (to - from > 32) {
            long[] key = new long[to - from];
            for (int k = from; k < to; k++) key[k - from] = ((long) col[k] << 32) | (k - from);
            java.util.Arrays.sort(key);
            double[] costCopy = cost == null ? null : java.util.Arrays.copyOfRange(cost, from, to);
            for (int k = from; k < to; k++) {
                long v = key[k - from];
                col[k] = (int) (v >>> 32);
                if (cost != null) cost[k] = costCopy[(int) v];
            }
            return;
        }
        for (int i = from + 1; i < to; i++) {
            int c = col[i];
            double v = cost == null ? 0 : cost[i];
            int j = i - 1;
            while (j >= from && col[j] > c) {
                col[j + 1] = col[j];
                if (cost != null) cost[j + 1] = cost[j];
                j--;
            }
            col[j + 1] = c;
            if (cost != null) cost[j + 1] = v;
        }
    }

    private static boolean less(double ca, int ja, double cb, int jb) {
        return ca < cb || (ca == cb && ja < jb);
    }

    private static void swap(int[] col, double[] cost, int a, int b) {
        int tc = col[a];
        col[a] = col[b];
        col[b] = tc;
        double tv = cost[a];
        cost[a] = cost[b];
        cost[b] = tv;
    }
}
