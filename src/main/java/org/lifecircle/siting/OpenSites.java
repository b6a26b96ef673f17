package org.lifecircle.siting;

import java.util.Arrays;

/**
 * The open-site bookkeeping of a swap search: which candidate columns may move ({@code free}),
 * which are open (the fixed ones always), and the slot 0 … p−1 each opened free site holds — the
 * row of a swap state's per-slot arrays. The states read the arrays directly in their hot loops.
 * Memory O(n + p); {@link #reset} O(n), {@link #move} O(1).
 */
final class OpenSites {

    final int[] freeColumns;
    final boolean[] free;
    final boolean[] open;
    final int[] slotOf;
    final int[] slotSite;
    private final CandidateSet candidates;

    OpenSites(CandidateSet candidates, int p) {
        int n = candidates.size();
        this.candidates = candidates;
        this.freeColumns = candidates.freeColumns();
        this.free = new boolean[n];
        for (int j : freeColumns) free[j] = true;
        this.open = new boolean[n];
        this.slotOf = new int[n];
        this.slotSite = new int[p];
    }

    /** Opens the fixed sites and {@code openFree}, one per slot; refuses a site that is not free or comes twice. */
    void reset(int[] openFree) {
        int p = slotSite.length;
        if (openFree.length != p) throw new IllegalArgumentException(openFree.length + " sites, expected " + p);
        Arrays.fill(open, false);
        Arrays.fill(slotOf, -1);
        for (int j = 0; j < open.length; j++) if (candidates.isFixed(j)) open[j] = true;
        for (int s = 0; s < p; s++) {
            int j = openFree[s];
            if (!free[j] || open[j]) throw new IllegalArgumentException("site " + j + " is not free or opened twice");
            open[j] = true;
            slotOf[j] = s;
            slotSite[s] = j;
        }
    }

    /** Refuses a swap that does not close an open free site for a closed free one. */
    void checkSwap(int in, int out) {
        if (!free[in] || open[in] || slotOf[out] < 0) throw new IllegalArgumentException("bad swap " + in + " for " + out);
    }

    /** Closes {@code out} and opens {@code in} in its slot; returns the slot. */
    int move(int in, int out) {
        int slot = slotOf[out];
        slotOf[out] = -1;
        slotOf[in] = slot;
        slotSite[slot] = in;
        open[out] = false;
        open[in] = true;
        return slot;
    }
}
