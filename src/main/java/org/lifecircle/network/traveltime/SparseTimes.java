package org.lifecircle.network.traveltime;

import java.util.Arrays;

/**
 * The targets each source reaches within a time limit, with seconds: a sparse sources × targets
 * matrix in CSR form (coverage sets for siting, cost matrices for p-median). Immutable once
 * built; targets ascending within each source.
 */
public final class SparseTimes {

    private final int targetCount;
    private final boolean networkBased;
    private final int[] start;
    private final int[] target;
    private final float[] seconds;

    private SparseTimes(int targetCount, boolean networkBased, int[] start, int[] target, float[] seconds) {
        this.targetCount = targetCount;
        this.networkBased = networkBased;
        this.start = start;
        this.target = target;
        this.seconds = seconds;
    }

    public int sourceCount() {
        return start.length - 1;
    }

    public int targetCount() {
        return targetCount;
    }

    public boolean networkBased() {
        return networkBased;
    }

    /** Number of (source, target) pairs within the limit. */
    public int pairCount() {
        return start[start.length - 1];
    }

    public int reachedCount(int source) {
        return start[source + 1] - start[source];
    }

    /** The k-th target reached by {@code source} (ascending target index). */
    public int target(int source, int k) {
        return target[start[source] + k];
    }

    public float seconds(int source, int k) {
        return seconds[start[source] + k];
    }

    /** Collects {@link ReachSink} calls (in source order) into a {@link SparseTimes}. */
    static final class Collector implements ReachSink {
        private final int targetCount;
        private final boolean networkBased;
        private final int[] start;
        private int size;
        private int[] target = new int[1024];
        private float[] seconds = new float[1024];

        Collector(int sourceCount, int targetCount, boolean networkBased) {
            this.start = new int[sourceCount + 1];
            this.targetCount = targetCount;
            this.networkBased = networkBased;
        }

        @Override
        public void reached(int source, int count, int[] targets, float[] secondsOf) {
            if (size + count > target.length) {
                int n = Math.max(target.length * 2, size + count);
                target = Arrays.copyOf(target, n);
                seconds = Arrays.copyOf(seconds, n);
            }
            System.arraycopy(targets, 0, target, size, count);
            System.arraycopy(secondsOf, 0, seconds, size, count);
            size += count;
            start[source + 1] = size;
        }

        SparseTimes build() {
            for (int s = 1; s < start.length; s++) start[s] = Math.max(start[s], start[s - 1]);
            return new SparseTimes(targetCount, networkBased, start, Arrays.copyOf(target, size), Arrays.copyOf(seconds, size));
        }
    }
}
