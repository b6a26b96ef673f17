package org.lifecircle.siting;

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
final class CoverageSwapState extends SwapState {

    private final CoverageMatrix m;
    private final double[] w;
    private final int[] cover;
    private double uncovered;

    CoverageSwapState(MergedDemand demand, CandidateSet candidates, int p) {
        super(candidates, p, demand.matrix().demandCount());
        this.m = demand.matrix();
        this.w = demand.weights();
        this.cover = new int[m.demandCount()];
    }

    @Override
    public void reset(int[] openFree) {
        resetSites(openFree);
        uncovered = 0;
        for (int u = 0; u < cover.length; u++) {
            int c = 0;
            for (int k = m.rowStart[u]; k < m.rowStart[u + 1]; k++) if (open[m.rowColumn[k]]) c++;
            cover[u] = c;
            if (c == 0) uncovered += w[u];
            contribute(u, 1);
        }
    }

    @Override
    void contribute(int u, int sign) {
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
    public void swap(int in, int out) {
        int count = beginSwap(in, out);
        for (int col : new int[] {in, out}) {
            for (int k = m.columnStart[col]; k < m.columnStart[col + 1]; k++) count = mark(m.columnRow[k], count);
        }
        moveSite(in, out);
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
}
