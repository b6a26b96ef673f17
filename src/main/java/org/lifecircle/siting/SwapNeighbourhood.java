package org.lifecircle.siting;

/**
 * A solution state that can swap one open free site for a closed free one (vertex substitution,
 * Teitz & Bart 1968) and find the best such swap. Cost is minimised: uncovered weight for
 * coverage, weighted cost for p-median.
 */
interface SwapNeighbourhood {

    /** Opens exactly these free sites (besides the fixed ones) and rebuilds all state. */
    void reset(int[] openFree);

    /** The open free sites, in slot order. */
    int[] openFree();

    /** Cost of the current solution (lower is better). */
    double cost();

    /**
     * The swap with the largest cost decrease, if it exceeds {@code minProfit}: writes
     * {@code move[0]} = site to open, {@code move[1]} = site to close and returns the profit;
     * returns NaN when there is none.
     */
    double bestSwap(int[] move, double minProfit);

    void swap(int in, int out);

    /** Free candidates (neither fixed nor excluded). */
    int[] freeColumns();

    boolean isOpen(int column);

    /**
     * A closed free site near open site {@code out} (one serving some of the demand {@code out}
     * serves), chosen at random; −1 when there is none. Used to shake locally.
     */
    int closedNear(int out, java.util.SplittableRandom random);
}
