package org.lifecircle.siting;

/**
 * The best-swap scan shared by the coverage and p-median swap states (Resende & Werneck 2004):
 * with {@code gain[j]} for opening j, {@code loss[i]} for closing i and the correction
 * {@code extra[slot * n + j]} for doing both, the profit of swapping j in for the site in
 * {@code slot} is {@code gain[j] - loss[i] + extra[slot * n + j]}. Cost O(p × free candidates).
 */
final class SwapProfits {

    private SwapProfits() {
    }

    /**
     * Writes the most profitable swap above {@code minProfit} into {@code move} (site to open,
     * site to close) and returns its profit, or NaN when there is none.
     */
    static double best(int p, int n, int[] slotSite, int[] freeColumns, boolean[] open,
            double[] gain, double[] loss, double[] extra, int[] move, double minProfit) {
        double best = minProfit;
        boolean found = false;
        for (int s = 0; s < p; s++) {
            int out = slotSite[s];
            int base = s * n;
            double lossOut = loss[out];
            for (int j : freeColumns) {
                if (open[j]) continue;
                double profit = gain[j] - lossOut + extra[base + j];
                if (profit > best) {
                    best = profit;
                    move[0] = j;
                    move[1] = out;
                    found = true;
                }
            }
        }
        return found ? best : Double.NaN;
    }
}
