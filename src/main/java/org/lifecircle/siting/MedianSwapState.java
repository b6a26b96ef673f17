package org.lifecircle.siting;

/**
 * Fast swap neighbourhood for the p-median problem (Resende &amp; Werneck 2004, "A fast
 * swap-based local search procedure for location problems"). Each demand row u keeps its
 * closest and second-closest open sites φ1(u), φ2(u) at costs d1, d2; per candidate
 * <ul>
 * <li>{@code gain[j]} = Σ w·max(0, d1 − d(u,j)): saving of opening j,</li>
 * <li>{@code loss[r]} = Σ over u with φ1(u)=r of w·(d2 − d1): cost of closing r,</li>
 * <li>{@code extra[r][j]} = Σ over u with φ1(u)=r, d(u,j) &lt; d2 of w·(d2 − max(d(u,j), d1)),</li>
 * </ul>
 * and the profit of swapping j in for r is {@code gain[j] − loss[r] + extra[r][j]}. Rows are
 * sorted by cost, so a row's contribution touches only its candidates closer than d2. After a
 * swap only rows whose φ1/φ2 involve the two sites or that are closer to the new site than d2
 * are withdrawn and re-added. A row with no open site in reach costs {@code penalty} per unit
 * weight. Cost: O(p·N) per best-swap scan; memory O(p·N).
 */
final class MedianSwapState extends SwapState {

    private final CostMatrix m;
    private final double[] w;
    private final double penalty;
    private final int[] phi1;
    private final int[] phi2;
    private final double[] d1;
    private final double[] d2;
    private double cost;

    MedianSwapState(CostMatrix m, double[] weights, CandidateSet candidates, int p, double penalty) {
        super(candidates, p, m.demandCount());
        this.m = m;
        this.w = weights;
        this.penalty = penalty;
        int rows = m.demandCount();
        this.phi1 = new int[rows];
        this.phi2 = new int[rows];
        this.d1 = new double[rows];
        this.d2 = new double[rows];
    }

    @Override
    public void reset(int[] openFree) {
        resetSites(openFree);
        cost = 0;
        for (int u = 0; u < phi1.length; u++) {
            locate(u);
            cost += w[u] * d1[u];
            contribute(u, 1);
        }
    }

    /** Finds φ1, φ2 of row u by scanning its cost-sorted row. */
    private void locate(int u) {
        int first = -1;
        int second = -1;
        double c1 = penalty;
        double c2 = penalty;
        for (int k = m.rowStart[u]; k < m.rowStart[u + 1]; k++) {
            int j = m.rowColumn[k];
            if (!open[j]) continue;
            if (first < 0) {
                first = j;
                c1 = m.rowCost[k];
            } else {
                second = j;
                c2 = m.rowCost[k];
                break;
            }
        }
        phi1[u] = first;
        phi2[u] = second;
        d1[u] = c1;
        d2[u] = c2;
    }

    @Override
    void contribute(int u, int sign) {
        double wu = sign * w[u];
        double a = d1[u];
        double b = d2[u];
        int fr = phi1[u];
        int slot = fr < 0 ? -1 : slotOf[fr];
        if (slot >= 0) loss[fr] += wu * (b - a);
        int base = slot * n;
        for (int k = m.rowStart[u]; k < m.rowStart[u + 1]; k++) {
            double c = m.rowCost[k];
            if (c >= b) break;
            int j = m.rowColumn[k];
            if (!free[j] || open[j]) continue;
            if (c < a) gain[j] += wu * (a - c);
            if (slot >= 0) extra[base + j] += wu * (b - Math.max(c, a));
        }
    }

    @Override
    public double cost() {
        return cost;
    }

    @Override
    public void swap(int in, int out) {
        int count = beginSwap(in, out);
        for (int k = m.columnStart[out]; k < m.columnStart[out + 1]; k++) {
            int u = m.columnRow[k];
            if (phi1[u] == out || phi2[u] == out) count = mark(u, count);
        }
        for (int k = m.columnStart[in]; k < m.columnStart[in + 1]; k++) {
            int u = m.columnRow[k];
            if (m.columnCost[k] < d2[u]) count = mark(u, count);
        }
        moveSite(in, out);
        for (int a = 0; a < count; a++) {
            int u = affected[a];
            cost -= w[u] * d1[u];
            locate(u);
            cost += w[u] * d1[u];
            contribute(u, 1);
        }
    }

    /** Weighted cost of the rows that reach an open site, and how much weight does not. */
    double[] assignedCostAndUnassignedWeight() {
        double assigned = 0;
        double unassigned = 0;
        for (int u = 0; u < phi1.length; u++) {
            if (phi1[u] < 0) unassigned += w[u];
            else assigned += w[u] * d1[u];
        }
        return new double[] {assigned, unassigned};
    }

    @Override
    public int closedNear(int out, java.util.SplittableRandom random) {
        int from = m.columnStart[out];
        int len = m.columnStart[out + 1] - from;
        for (int tries = 0; tries < 16 && len > 0; tries++) {
            int u = m.columnRow[from + random.nextInt(len)];
            if (phi1[u] != out) continue;
            int count = 0;
            int pick = -1;
            for (int k = m.rowStart[u]; k < m.rowStart[u + 1] && m.rowCost[k] <= d2[u]; k++) {
                int j = m.rowColumn[k];
                if (free[j] && !open[j] && random.nextInt(++count) == 0) pick = j;
            }
            if (pick >= 0) return pick;
        }
        return -1;
    }
}
