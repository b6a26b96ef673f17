package org.lifecircle.network.search;

import java.util.Arrays;

/**
 * A reusable buffer of (target index, seconds) pairs found by one search, sorted by target
 * index. Owned by one thread; valid until the next search that fills it.
 */
public final class ReachedTargets {

    private int size;
    private int[] target = new int[256];
    private float[] seconds = new float[256];

    public int size() {
        return size;
    }

    public int target(int k) {
        return target[k];
    }

    public float seconds(int k) {
        return seconds[k];
    }

    /** A copy of the target indexes, for keeping beyond the next search. */
    public int[] targetsCopy() {
        return Arrays.copyOf(target, size);
    }

    public float[] secondsCopy() {
        return Arrays.copyOf(seconds, size);
    }

    void clear() {
        size = 0;
    }

    void add(int targetIndex, float secondsValue) {
        if (size == target.length) {
            target = Arrays.copyOf(target, size * 2);
            seconds = Arrays.copyOf(seconds, size * 2);
        }
        target[size] = targetIndex;
        seconds[size] = secondsValue;
        size++;
    }

    void sortByTarget() {
        long[] keys = new long[size];
        for (int k = 0; k < size; k++) keys[k] = ((long) target[k] << 32) | (Float.floatToRawIntBits(seconds[k]) & 0xFFFFFFFFL);
        Arrays.sort(keys);
        for (int k = 0; k < size; k++) {
            target[k] = (int) (keys[k] >>> 32);
            seconds[k] = Float.intBitsToFloat((int) keys[k]);
        }
    }
}
