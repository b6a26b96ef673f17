package org.lifecircle.network.search;

import org.lifecircle.network.StreetNetwork;

/**
 * Walking seconds for every edge direction of one network at one speed, laid out in adjacency
 * slot order so the search reads them sequentially. A direction the edge's access bits forbid
 * costs +Inf. Build once per (network, speed) and share between threads; O(E) to build.
 *
 * <p>Contract: seconds = metres ÷ speed (m/s), never negative; a partial edge costs in
 * proportion to its metres.
 */
public final class EdgeCosts {

    private final StreetNetwork network;
    private final double speedKmh;
    private final float[] slotSeconds;
    private final double[] edgeSecondsPerMeter;
    private final double uniformSecondsPerMeter;

    private EdgeCosts(StreetNetwork network, double speedKmh, double[] edgeSecondsPerMeter) {
        this.network = network;
        this.speedKmh = speedKmh;
        this.edgeSecondsPerMeter = edgeSecondsPerMeter;
        this.uniformSecondsPerMeter = 3.6 / speedKmh;
        int slots = network.slotCount();
        slotSeconds = new float[slots];
        for (int s = 0; s < slots; s++) {
            int edge = network.slotEdge(s);
            boolean forward = network.slotForward(s);
            slotSeconds[s] = (float) partialSeconds(edge, forward, network.edgeLengthMeters(edge));
        }
    }

    /** Everyone walks every edge at {@code speedKmh}, in the directions walking is allowed. */
    public static EdgeCosts walking(StreetNetwork network, double speedKmh) {
        checkSpeed(speedKmh);
        return new EdgeCosts(network, speedKmh, null);
    }

    /**
     * Each edge at its own speed from the network (a line layer's speed field), or at
     * {@code fallbackSpeedKmh} where the edge has none.
     */
    public static EdgeCosts edgeSpeeds(StreetNetwork network, double fallbackSpeedKmh) {
        checkSpeed(fallbackSpeedKmh);
        double[] spm = new double[network.edgeCount()];
        for (int e = 0; e < spm.length; e++) {
            double kmh = network.edgeSpeedKmh(e);
            spm[e] = 3.6 / (Double.isNaN(kmh) || kmh <= 0 ? fallbackSpeedKmh : kmh);
        }
        return new EdgeCosts(network, fallbackSpeedKmh, spm);
    }

    private static void checkSpeed(double speedKmh) {
        if (!(speedKmh > 0) || Double.isInfinite(speedKmh)) {
            throw new IllegalArgumentException("speed must be a positive number of km/h, got " + speedKmh);
        }
    }

    public StreetNetwork network() {
        return network;
    }

    /** The walking speed these costs were made for (the fallback when edges carry speeds). */
    public double speedKmh() {
        return speedKmh;
    }

    /**
     * Seconds to walk {@code meters} of the edge in the given direction; +Inf when that direction
     * is forbidden, except that no metres cost nothing either way.
     */
    public double partialSeconds(int edge, boolean forward, double meters) {
        if (meters <= 0) return 0;
        if (!network.walkable(edge, forward)) return Double.POSITIVE_INFINITY;
        return meters * (edgeSecondsPerMeter == null ? uniformSecondsPerMeter : edgeSecondsPerMeter[edge]);
    }

    /** Seconds to walk {@code meters} off the network (a snap connector) at the walking speed. */
    public double connectorSeconds(double meters) {
        return meters * uniformSecondsPerMeter;
    }

    float slotSeconds(int slot) {
        return slotSeconds[slot];
    }

    float[] slotSecondsArray() {
        return slotSeconds;
    }
}
