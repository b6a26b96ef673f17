package org.lifecircle.network.traveltime;

/**
 * Receives the targets one source reaches, from {@link TravelTimeModel#forEachSource}: called
 * once per source in ascending source order, never concurrently. {@code targets} are ascending;
 * the arrays are only valid during the call.
 */
@FunctionalInterface
public interface ReachSink {

    void reached(int source, int count, int[] targets, float[] seconds);
}
