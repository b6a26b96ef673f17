package org.lifecircle.coverage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.lifecircle.population.DemandCells;
import org.lifecircle.population.DemandLayer;

/**
 * Groups the uncovered cells of a type (demand &gt; 0, time above the threshold) into gaps:
 * clusters of cells that share an edge on the lattice (4-neighbourhood; point demand binned, see
 * {@link CellLattice}), sorted by uncovered demand, largest first. Union-find over the uncovered
 * cells, O(u log n) for u uncovered of n cells, then one footprint per reported gap
 * ({@link CellRegions}).
 */
public final class GapClusters {

    private GapClusters() {
    }

    /**
     * @param maxGaps how many of the largest gaps to return with polygons (all when ≤ 0); the
     *                total uncovered demand is in {@link Result#uncoveredDemand()} either way
     */
    public static Result find(TypeTimes times, CellLattice lattice, int maxGaps) {
        DemandCells cells = times.cells();
        int n = cells.size();
        double threshold = times.type().thresholdSeconds();
        double[] demand = cells.values(times.type().demand());
        boolean[] uncovered = new boolean[n];
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            uncovered[i] = demand[i] > 0 && !(times.seconds(i) <= threshold);
        }
        for (int i = 0; i < n; i++) {
            if (!uncovered[i]) continue;
            int r = lattice.row(i);
            int c = lattice.col(i);
            joinAt(lattice, r, c, i, uncovered, parent);
            joinAt(lattice, r, c + 1, i, uncovered, parent);
            joinAt(lattice, r + 1, c, i, uncovered, parent);
        }

        int[] clusterOfRoot = new int[n];
        Arrays.fill(clusterOfRoot, -1);
        List<Acc> clusters = new ArrayList<>();
        boolean hasTotal = cells.has(DemandLayer.TOTAL);
        boolean hasElderly = cells.has(DemandLayer.ELDERLY);
        double uncoveredDemand = 0;
        for (int i = 0; i < n; i++) {
            if (!uncovered[i]) continue;
            int root = find(parent, i);
            int k = clusterOfRoot[root];
            if (k < 0) {
                k = clusters.size();
                clusterOfRoot[root] = k;
                clusters.add(new Acc());
            }
            Acc a = clusters.get(k);
            a.add(i);
            double d = demand[i];
            uncoveredDemand += d;
            a.demand += d;
            if (hasTotal) a.population += cells.population(i);
            if (hasElderly) a.elderly += cells.elderly(i);
            a.lon += d * cells.lon(i);
            a.lat += d * cells.lat(i);
            a.minSeconds = Math.min(a.minSeconds, times.seconds(i));
        }
        clusters.sort(Comparator.comparingDouble((Acc a) -> -a.demand).thenComparingInt(a -> a.cells[0]));
        int report = maxGaps <= 0 ? clusters.size() : Math.min(maxGaps, clusters.size());
        CellRegions regions = new CellRegions(lattice);
        List<Gap> gaps = new ArrayList<>(report);
        for (int k = 0; k < report; k++) {
            Acc a = clusters.get(k);
            gaps.add(new Gap(k + 1, times.type().key(), a.count, a.demand, hasTotal ? a.population : Double.NaN,
                    hasElderly ? a.elderly : Double.NaN, a.lon / a.demand, a.lat / a.demand, a.minSeconds,
                    regions.polygon(a.cells, a.count)));
        }
        return new Result(times.type().key(), clusters.size(), uncoveredDemand, gaps);
    }

    /** All gaps of one type: how many there are, the uncovered demand, and the largest with polygons. */
    public record Result(String typeKey, int gapCount, double uncoveredDemand, List<Gap> gaps) {
        public Result {
            gaps = List.copyOf(gaps);
        }
    }

    private static void joinAt(CellLattice lattice, int r, int c, int cell, boolean[] uncovered, int[] parent) {
        int k = lattice.firstAt(r, c);
        if (k < 0) return;
        for (; lattice.sortedHolds(k, r, c); k++) {
            int other = lattice.cellAtSorted(k);
            if (other != cell && uncovered[other]) union(parent, cell, other);
        }
    }

    private static int find(int[] parent, int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }

    private static final class Acc {
        int[] cells = new int[4];
        int count;
        double demand;
        double population;
        double elderly;
        double lon;
        double lat;
        double minSeconds = Double.POSITIVE_INFINITY;

        void add(int cell) {
            if (count == cells.length) cells = Arrays.copyOf(cells, count * 2);
            cells[count++] = cell;
        }
    }
}
