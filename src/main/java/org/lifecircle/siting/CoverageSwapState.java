package org.lifecircle.siting;

import java.util.Arrays;

/**
 * Fast swap neighbourhood for maximal covering, after Resende &amp; Werneck (2004): instead of
 * evaluating every (in, out) pair from scratch it keeps, per candidate,
 * <ul>
 * <li>{@code gain[j]}: weight of uncovered rows that closed site j would cover,</li>
 * <li>{@code loss[r]}: weight of rows covered only by open site r,</li>
 * <li>{@code extra[r][j]}: weight of rows covered only by r that j also covers,</li>
 * </ul>
 * so the profit of swapping j in and r out is {@code gain[j] − loss[r] + extra[r][j]}. After a
 * swap only the rows covered by j or r are withdrawn and re-added. Cost: O(p·N) to scan for the
 * best swap, O(Σ row lengths of the affected rows) to update; memory O(p·N) for {@code extra}.
 */
final class CoverageSwapState implements SwapNeighbourhood {

    private final CoverageMatrix m;
    private final double[] w;
    private final int n;
    private final int p;
    /** Open sites and slots; the array fields below are its arrays, read directly in the hot loops. */
    private final OpenSites sites;
    private final int[] freeColumns;
    private final boolean[] free;
    private final boolean[] open;
    private final int[] cover;
    private final int[] slotOf;
    private final int[] slotSite;
    private final double[] gain;
    private final double[] loss;
    private final double[] extra;
    private final int[] stamp;
    private int stampValue;
    private int[] affected;
    private double uncovered;

    CoverageSwapState(MergedDemand demand, CandidateSet candidates, int p) {
        this.m = demand.matrix();
        this.w = demand.weights();
        this.n = candidates.size();
        this.p = p;
        this.sites = new OpenSites(candidates, p);
        this.freeColumns = sites.freeColumns;
        this.free = sites.free;
        this.open = sites.open;
        this.slotOf = sites.slotOf;
        this.slotSite = sites.slotSite;
        this.cover = new int[m.demandCount()];
        this.gain = new double[n];
        this.loss = new double[n];
        this.extra = new double[Math.multiplyExact(p, n)];
        this.stamp = new int[m.demandCount()];
        this.affected = new int[64];
    }

    @Override
    public void reset(int[] openFree) {
        sites.reset(openFree);
        Arrays.fill(gain, 0);
        Arrays.fill(loss, 0);
        Arrays.fill(extra, 0);
        uncovered = 0;
        for (int u = 0; u < cover.length; u++) {
            int c = 0;
            for (int k = m.rowStart[u]; k < m.rowStart[u + 1]; k++) if (open[m.rowColumn[k]]) c++;
            cover[u] = c;
            if (c == 0) uncovered += w[u];
            contribute(u, 1);
        }
    }

    private void contribute(int u, int sign) {
        int c = cover[u];
        if (c > 1) return;
        double wu = sign * w[u];
        int from = m.rowStart[u];
        int to = m.rowStart[u + 1];
        if (c == 0) {
            for (int k = from; k < to; k++) {
                int j = m.rowColumn[k];
                if (free[j]) gain[j] += wu;
            }
            return;
        }
        int sole = -1;
        for (int k = from; k < to && sole < 0; k++) if (open[m.rowColumn[k]]) sole = m.rowColumn[k];
        int slot = slotOf[sole];
        if (slot < 0) return;
        loss[sole] += wu;
        int base = slot * n;
        for (int k = from; k < to; k++) {
            int j = m.rowColumn[k];
            if (free[j] && !open[j]) extra[base + j] += wu;
        }
    }

    @Override
    public int[] openFree() {
        return slotSite.clone();
    }

    @Override
    public double cost() {
        return uncovered;
    }

    /** Covered weight of the merged rows (uncoverable rows excluded). */
    double coveredWeight() {
        double total = 0;
        for (double x : w) total += x;
        return total - uncovered;
    }

    @Override
    public double bestSwap(int[] move, double minProfit) {
        return SwapProfits.best(p, n, slotSite, freeColumns, open, gain, loss, extra, move, minProfit);
    }

    @Override
    public void swap(int in, int out) {
        sites.checkSwap(in, out);
        int count = 0;
        stampValue++;
        for (int col : new int[] {in, out}) {
            for (int k = m.columnStart[col]; k < m.columnStart[col + 1]; k++) {
                int u = m.columnRow[k];
                if (stamp[u] == stampValue) continue;
                stamp[u] = stampValue;
                if (count == affected.length) affected = Arrays.copyOf(affected, count * 2);
                affected[count++] = u;
                contribute(u, -1);
            }
        }
        int slot = sites.move(in, out);
        gain[in] = 0;
        loss[out] = 0;
        Arrays.fill(extra, slot * n, slot * n + n, 0);
        for (int k = m.columnStart[in]; k < m.columnStart[in + 1]; k++) {
            int u = m.columnRow[k];
            if (cover[u]++ == 0) uncovered -= w[u];
        }
        for (int k = m.columnStart[out]; k < m.columnStart[out + 1]; k++) {
            int u = m.columnRow[k];
            if (--cover[u] == 0) uncovered += w[u];
        }
        for (int a = 0; a < count; a++) contribute(affected[a], 1);
    }

    @Override
    public int closedNear(int out, java.util.SplittableRandom random) {
        int from = m.columnStart[out];
        int len = m.columnStart[out + 1] - from;
        for (int tries = 0; tries < 16 && len > 0; tries++) {
            int u = m.columnRow[from + random.nextInt(len)];
            int count = 0;
            int pick = -1;
            for (int k = m.rowStart[u]; k < m.rowStart[u + 1]; k++) {
                int j = m.rowColumn[k];
                if (free[j] && !open[j] && random.nextInt(++count) == 0) pick = j;
            }
            if (pick >= 0) return pick;
        }
        return -1;
    }

    @Override
    public int[] freeColumns() {
        return freeColumns.clone();
    }

    @Override
    public boolean isOpen(int column) {
        return open[column];
    }
}
