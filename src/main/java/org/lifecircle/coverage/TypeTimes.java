package org.lifecircle.coverage;

import org.lifecircle.population.DemandCells;

/**
 * Seconds from every demand cell to its nearest facility of one type, bound to the cells and the
 * facility set they were computed for (r5's PointSetTimes idea: the arrays cannot be mixed up
 * with another point set). Seconds are +Inf when the cell is off-network, unreachable or beyond
 * the search limit; the nearest index is then -1. Immutable; the arrays are not copied out.
 */
public final class TypeTimes {

    private final TypeSpec type;
    private final FacilitySites sites;
    private final DemandCells cells;
    private final float[] seconds;
    private final int[] nearest;
    private final boolean networkBased;
    private final double searchLimitSeconds;

    TypeTimes(TypeSpec type, FacilitySites sites, DemandCells cells, float[] seconds, int[] nearest,
            boolean networkBased, double searchLimitSeconds) {
        if (seconds.length != cells.size() || nearest.length != cells.size()) {
            throw new IllegalArgumentException("times and cells differ in length");
        }
        this.type = type;
        this.sites = sites;
        this.cells = cells;
        this.seconds = seconds;
        this.nearest = nearest;
        this.networkBased = networkBased;
        this.searchLimitSeconds = searchLimitSeconds;
    }

    public TypeSpec type() {
        return type;
    }

    public FacilitySites sites() {
        return sites;
    }

    public DemandCells cells() {
        return cells;
    }

    public int size() {
        return seconds.length;
    }

    /** Seconds to the nearest facility, +Inf when none is reached. */
    public float seconds(int cell) {
        return seconds[cell];
    }

    /** Index in {@link #sites()} of the nearest facility, or -1. */
    public int nearest(int cell) {
        return nearest[cell];
    }

    /** True when the cell's time is within the type's threshold. */
    public boolean covered(int cell) {
        return seconds[cell] <= type.thresholdSeconds();
    }

    /** False when the times are straight-line fallbacks. */
    public boolean networkBased() {
        return networkBased;
    }

    /** The search stopped at this time (+Inf for a full search); cells beyond it read +Inf. */
    public double searchLimitSeconds() {
        return searchLimitSeconds;
    }

    /** Internal seconds array for hot loops; callers must not modify it. */
    float[] secondsArray() {
        return seconds;
    }

    int[] nearestArray() {
        return nearest;
    }
}
