package org.lifecircle.coverage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.lifecircle.population.DemandCells;
import org.lifecircle.population.DemandLayer;

/**
 * Splits the demand cells of a type among its facilities, each cell to its nearest one (the
 * partition the multi-source search already computed, {@link TypeTimes#nearest}), and sums what
 * each facility serves. Cells no facility reaches belong to none. O(cells) for the sums (a
 * counting sort by facility) plus one footprint per facility ({@link CellRegions}).
 */
public final class Catchments {

    private Catchments() {
    }

    /** @param withPolygons false to skip the footprints (sums only) */
    public static List<Catchment> of(TypeTimes times, CellLattice lattice, boolean withPolygons) {
        DemandCells cells = times.cells();
        FacilitySites sites = times.sites();
        int m = sites.size();
        int n = cells.size();
        double threshold = times.type().thresholdSeconds();
        double[] demand = cells.values(times.type().demand());
        boolean hasTotal = cells.has(DemandLayer.TOTAL);
        boolean hasElderly = cells.has(DemandLayer.ELDERLY);
        int[] start = new int[m + 1];
        for (int i = 0; i < n; i++) {
            int f = times.nearest(i);
            if (f >= 0) start[f + 1]++;
        }
        for (int f = 0; f < m; f++) start[f + 1] += start[f];
        int[] fill = start.clone();
        int[] members = new int[start[m]];
        for (int i = 0; i < n; i++) {
            int f = times.nearest(i);
            if (f >= 0) members[fill[f]++] = i;
        }
        CellRegions regions = withPolygons ? new CellRegions(lattice) : null;
        List<Catchment> out = new ArrayList<>(m);
        for (int f = 0; f < m; f++) {
            double d = 0;
            double p = 0;
            double e = 0;
            double dw = 0;
            double pw = 0;
            double ew = 0;
            double max = 0;
            for (int k = start[f]; k < start[f + 1]; k++) {
                int i = members[k];
                boolean within = times.seconds(i) <= threshold;
                d += demand[i];
                if (within) dw += demand[i];
                if (hasTotal) {
                    p += cells.population(i);
                    if (within) pw += cells.population(i);
                }
                if (hasElderly) {
                    e += cells.elderly(i);
                    if (within) ew += cells.elderly(i);
                }
                max = Math.max(max, times.seconds(i));
            }
            int count = start[f + 1] - start[f];
            int[] group = Arrays.copyOfRange(members, start[f], start[f + 1]);
            out.add(new Catchment(times.type().key(), f, sites.id(f), sites.name(f), count, d,
                    hasTotal ? p : Double.NaN, hasElderly ? e : Double.NaN, dw, hasTotal ? pw : Double.NaN,
                    hasElderly ? ew : Double.NaN, count == 0 ? Double.NaN : max,
                    regions == null ? null : regions.polygon(group, count)));
        }
        return out;
    }
}
