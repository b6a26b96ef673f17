package org.lifecircle.coverage;

import org.lifecircle.population.DemandCells;
import org.lifecircle.population.DemandLayer;

/**
 * Sums covered and total demand per group of cells (admin units) in one pass over primitive
 * arrays: O(cells), memory O(groups). Group -1 (outside every unit) is tallied apart; the overall
 * counts include it. Coverage is "time ≤ threshold", so a larger threshold never covers less.
 */
public final class CoverageTally {

    private final int groups;
    private final int[] cells;
    private final int[] cellsCovered;
    private final double[] demand;
    private final double[] demandCovered;
    private final double[] population;
    private final double[] populationCovered;
    private final double[] elderly;
    private final double[] elderlyCovered;
    private final double[] unreached;
    private final boolean hasTotal;
    private final boolean hasElderly;

    private CoverageTally(int groups, boolean hasTotal, boolean hasElderly) {
        int n = groups + 1;
        this.groups = groups;
        this.hasTotal = hasTotal;
        this.hasElderly = hasElderly;
        cells = new int[n];
        cellsCovered = new int[n];
        demand = new double[n];
        demandCovered = new double[n];
        population = new double[n];
        populationCovered = new double[n];
        elderly = new double[n];
        elderlyCovered = new double[n];
        unreached = new double[n];
    }

    /** Overall counts only (one group holding every cell). */
    public static CoverageTally count(TypeTimes times, double thresholdSeconds) {
        return count(times, thresholdSeconds, null, 0);
    }

    /**
     * @param groupOfCell per cell its group (0…groups-1) or -1; null puts every cell outside
     * @param thresholdSeconds the threshold to count against (usually {@code times.type().thresholdSeconds()})
     */
    public static CoverageTally count(TypeTimes times, double thresholdSeconds, int[] groupOfCell, int groups) {
        DemandCells demandCells = times.cells();
        boolean hasTotal = demandCells.has(DemandLayer.TOTAL);
        boolean hasElderly = demandCells.has(DemandLayer.ELDERLY);
        CoverageTally t = new CoverageTally(groups, hasTotal, hasElderly);
        double[] d = demandCells.values(times.type().demand());
        double[] pop = hasTotal ? demandCells.values(DemandLayer.TOTAL) : null;
        double[] old = hasElderly ? demandCells.values(DemandLayer.ELDERLY) : null;
        float[] seconds = times.secondsArray();
        int n = seconds.length;
        for (int i = 0; i < n; i++) {
            int g = groupOfCell == null || groupOfCell[i] < 0 ? groups : groupOfCell[i];
            float s = seconds[i];
            boolean covered = s <= thresholdSeconds;
            t.cells[g]++;
            t.demand[g] += d[i];
            if (pop != null) t.population[g] += pop[i];
            if (old != null) t.elderly[g] += old[i];
            if (covered) {
                t.cellsCovered[g]++;
                t.demandCovered[g] += d[i];
                if (pop != null) t.populationCovered[g] += pop[i];
                if (old != null) t.elderlyCovered[g] += old[i];
            } else if (s == Float.POSITIVE_INFINITY) {
                t.unreached[g] += d[i];
            }
        }
        return t;
    }

    public int groups() {
        return groups;
    }

    /** Counts of group {@code g}. */
    public Counts group(int g) {
        if (g < 0 || g >= groups) throw new IndexOutOfBoundsException("group " + g + " of " + groups);
        return counts(g, g + 1);
    }

    /** Counts of the cells outside every group. */
    public Counts outside() {
        return counts(groups, groups + 1);
    }

    /** Counts over all cells. */
    public Counts overall() {
        return counts(0, groups + 1);
    }

    private Counts counts(int from, int to) {
        int c = 0;
        int cc = 0;
        double dm = 0;
        double dc = 0;
        double p = 0;
        double pc = 0;
        double e = 0;
        double ec = 0;
        double u = 0;
        for (int g = from; g < to; g++) {
            c += cells[g];
            cc += cellsCovered[g];
            dm += demand[g];
            dc += demandCovered[g];
            p += population[g];
            pc += populationCovered[g];
            e += elderly[g];
            ec += elderlyCovered[g];
            u += unreached[g];
        }
        return new Counts(c, cc, dm, dc, hasTotal ? p : Double.NaN, hasTotal ? pc : Double.NaN,
                hasElderly ? e : Double.NaN, hasElderly ? ec : Double.NaN, u);
    }
}
