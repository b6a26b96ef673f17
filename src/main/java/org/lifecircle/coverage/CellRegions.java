package org.lifecircle.coverage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.geotools.api.referencing.operation.MathTransform;
import org.geotools.api.referencing.operation.TransformException;
import org.lifecircle.population.RasterGrid;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * Draws a group of demand cells as one WGS84 (multi)polygon: the lattice positions are merged
 * into row runs (one rectangle per run of adjacent columns), the rectangles unioned. On a
 * projected grid every column boundary along a run becomes a vertex, so neighbouring runs share
 * exactly the same transformed points and the union leaves no slivers. Cost O(g log g) for g
 * positions plus the union, which dominates, about O(r log r) for r runs.
 */
public final class CellRegions {

    private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);

    private final CellLattice lattice;
    private final RasterGrid grid;
    private final MathTransform toWgs84;

    public CellRegions(CellLattice lattice) {
        this.lattice = lattice;
        this.grid = lattice.grid();
        this.toWgs84 = grid.isWgs84() ? null : grid.toWgs84();
    }

    /** The union of the footprints of {@code cells} (cell indexes; duplicates and shared positions allowed). */
    public Geometry polygon(int[] cells, int count) {
        long[] keys = new long[count];
        for (int k = 0; k < count; k++) {
            int c = cells[k];
            keys[k] = (long) lattice.row(c) * grid.cols() + lattice.col(c);
        }
        Arrays.sort(keys);
        List<Geometry> runs = new ArrayList<>();
        int k = 0;
        while (k < count) {
            long start = keys[k];
            int r = (int) (start / grid.cols());
            int c0 = (int) (start % grid.cols());
            int c1 = c0;
            int j = k + 1;
            while (j < count) {
                if (keys[j] == keys[j - 1]) {
                    j++;
                    continue;
                }
                if (keys[j] == (long) r * grid.cols() + c1 + 1) {
                    c1++;
                    j++;
                } else {
                    break;
                }
            }
            runs.add(run(r, c0, c1));
            k = j;
        }
        if (runs.isEmpty()) return WGS84.createPolygon();
        if (runs.size() == 1) return runs.get(0);
        Geometry union = UnaryUnionOp.union(runs);
        union.setSRID(4326);
        return union;
    }

    private Polygon run(int r, int c0, int c1) {
        double top = grid.maxY() - r * grid.cellHeight();
        double bottom = grid.maxY() - (r + 1) * grid.cellHeight();
        double[] xy;
        if (toWgs84 == null) {
            double left = grid.minX() + c0 * grid.cellWidth();
            double right = grid.minX() + (c1 + 1) * grid.cellWidth();
            xy = new double[] {left, bottom, right, bottom, right, top, left, top};
        } else {
            int edges = c1 - c0 + 1;
            xy = new double[4 * (edges + 1)];
            int p = 0;
            for (int c = c0; c <= c1 + 1; c++) {
                xy[p++] = grid.minX() + c * grid.cellWidth();
                xy[p++] = bottom;
            }
            for (int c = c1 + 1; c >= c0; c--) {
                xy[p++] = grid.minX() + c * grid.cellWidth();
                xy[p++] = top;
            }
            try {
                toWgs84.transform(xy, 0, xy, 0, xy.length / 2);
            } catch (TransformException e) {
                throw new IllegalStateException("cannot transform cell corners of " + grid.crsName() + " to WGS84", e);
            }
        }
        int n = xy.length / 2;
        Coordinate[] ring = new Coordinate[n + 1];
        for (int i = 0; i < n; i++) ring[i] = new Coordinate(xy[2 * i], xy[2 * i + 1]);
        ring[n] = ring[0].copy();
        return WGS84.createPolygon(ring);
    }
}
