package org.lifecircle.network.traveltime;

/**
 * For each target of a {@link TravelTimeModel#nearest} call: seconds to its nearest source
 * (+Inf when off-network, unreachable or beyond the time limit) and that source's index (-1
 * then). {@code networkBased} is false when the times are straight-line fallbacks.
 */
public record NearestTimes(float[] seconds, int[] nearestSource, boolean networkBased) {

    public int size() {
        return seconds.length;
    }

    /** True when target {@code t} is reached within the limit. */
    public boolean reached(int t) {
        return nearestSource[t] >= 0;
    }
}
