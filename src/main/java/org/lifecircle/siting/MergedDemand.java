package org.lifecircle.siting;

/**
 * Demand rows merged by coverage signature: the matrix of distinct signatures, their summed
 * weights, and for every original row its merged row (−1 when no candidate covers it).
 */
public record MergedDemand(CoverageMatrix matrix, double[] weights, int[] mergedRowOf,
        double uncoverableWeight, int uncoverableRows) {

    /** Original rows that were folded into another row with the same signature. */
    public int mergedAway() {
        return mergedRowOf.length - uncoverableRows - matrix.demandCount();
    }
}
