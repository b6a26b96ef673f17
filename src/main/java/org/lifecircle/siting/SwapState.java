package org.lifecircle.siting;

import java.util.Arrays;

/**
 * What the two fast swap neighbourhoods (Resende &amp; Werneck 2004) share: the open sites and
 * their slots ({@link OpenSites}), the per-candidate {@code gain}, per-open-site {@code loss} and
 * per-slot {@code extra} profits, from which {@link SwapProfits} finds the best swap, and the
 * marking of the demand rows a swap touches so each is withdrawn once. The subclasses say how a
 * row contributes to the profits ({@link #contribute}). Memory O(p·n + rows); clearing after a
 * swap O(n).
 */
abstract class SwapState implements SwapNeighbourhood {

    final int n;
    final int p;
    /** Open sites and slots; the array fields below are its arrays, read directly in the hot loops. */
    final OpenSites sites;
    final int[] freeColumns;
    final boolean[] free;
    final boolean[] open;
    final int[] slotOf;
    final int[] slotSite;
    final double[] gain;
    final double[] loss;
    final double[] extra;
    private final int[] stamp;
    private int stampValue;
    int[] affected = new int[64];

    SwapState(CandidateSet candidates, int p, int rows) {
        this.n = candidates.size();
        this.p = p;
        this.sites = new OpenSites(candidates, p);
        this.freeColumns = sites.freeColumns;
        this.free = sites.free;
        this.open = sites.open;
        this.slotOf = sites.slotOf;
        this.slotSite = sites.slotSite;
        this.gain = new double[n];
        this.loss = new double[n];
        this.extra = new double[Math.multiplyExact(p, n)];
        this.stamp = new int[rows];
    }

    /** Adds (sign 1) or withdraws (sign −1) demand row {@code u}'s share of gain, loss and extra. */
    abstract void contribute(int u, int sign);

    /** Opens the fixed sites and {@code openFree} and clears the profits; the caller re-adds every row. */
    final void resetSites(int[] openFree) {
        sites.reset(openFree);
        Arrays.fill(gain, 0);
        Arrays.fill(loss, 0);
        Arrays.fill(extra, 0);
    }

    /** Checks the swap and starts a new round of marking affected rows; returns the count, 0. */
    final int beginSwap(int in, int out) {
        sites.checkSwap(in, out);
        stampValue++;
        return 0;
    }

    /** Withdraws row {@code u} unless already marked in this swap; returns the new count of affected rows. */
    final int mark(int u, int count) {
        if (stamp[u] == stampValue) return count;
        stamp[u] = stampValue;
        if (count == affected.length) affected = Arrays.copyOf(affected, count * 2);
        affected[count] = u;
        contribute(u, -1);
        return count + 1;
    }

    /** Closes {@code out}, opens {@code in} in its slot and clears what belonged to either; returns the slot. */
    final int moveSite(int in, int out) {
        int slot = sites.move(in, out);
        gain[in] = 0;
        loss[out] = 0;
        Arrays.fill(extra, slot * n, slot * n + n, 0);
        return slot;
    }

    @Override
    public final int[] openFree() {
        return slotSite.clone();
    }

    @Override
    public final double bestSwap(int[] move, double minProfit) {
        return SwapProfits.best(p, n, slotSite, freeColumns, open, gain, loss, extra, move, minProfit);
    }

    @Override
    public final int[] freeColumns() {
        return freeColumns.clone();
    }

    @Override
    public final boolean isOpen(int column) {
        return open[column];
    }
}
