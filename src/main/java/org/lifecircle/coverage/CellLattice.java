package org.lifecircle.coverage;

import java.util.Arrays;
import org.lifecircle.population.DemandCells;
import org.lifecircle.population.PolygonSpreader;
import org.lifecircle.population.RasterGrid;
import org.locationtech.jts.geom.Envelope;

/**
 * A regular grid position (row, col) for every demand cell, so that cells can be clustered by
 * adjacency and drawn as areas: raster demand uses its own grid; point demand (a points CSV) is
 * binned into a WGS84 grid of about {@code binMeters} squares, several points may then share a
 * position. Positions are looked up by binary search over a sorted key array: build O(n log n),
 * {@link #cellsAt} O(log n). Immutable.
 */
public final class CellLattice {

    /** Bin size for point demand when none is given. */
    public static final double DEFAULT_BIN_METERS = 100;

    private final RasterGrid grid;
    private final int[] row;
    private final int[] col;
    private final long[] sortedKeys;
    private final int[] sortedCells;

    private CellLattice(RasterGrid grid, int[] row, int[] col) {
        this.grid = grid;
        this.row = row;
        this.col = col;
        int n = row.length;
        long[] packed = new long[n];
        for (int i = 0; i < n; i++) packed[i] = (key(row[i], col[i]) << 24) | i;
        boolean small = n < (1 << 24);
        if (!small) throw new IllegalArgumentException("more than 16.7 million cells");
        Arrays.sort(packed);
        sortedKeys = new long[n];
        sortedCells = new int[n];
        for (int k = 0; k < n; k++) {
            sortedKeys[k] = packed[k] >>> 24;
            sortedCells[k] = (int) (packed[k] & 0xFFFFFF);
        }
    }

    private long key(int r, int c) {
        return (long) r * grid.cols() + c;
    }

    public static CellLattice of(DemandCells cells) {
        return of(cells, DEFAULT_BIN_METERS);
    }

    public static CellLattice of(DemandCells cells, double binMeters) {
        int n = cells.size();
        int[] row = new int[n];
        int[] col = new int[n];
        if (cells.hasGrid()) {
            for (int i = 0; i < n; i++) {
                row[i] = cells.row(i);
                col[i] = cells.col(i);
            }
            return new CellLattice(cells.grid(), row, col);
        }
        Envelope extent = new Envelope();
        for (int i = 0; i < n; i++) extent.expandToInclude(cells.lon(i), cells.lat(i));
        if (extent.isNull()) extent.expandToInclude(0, 0);
        RasterGrid grid = PolygonSpreader.gridFor(extent, binMeters);
        for (int i = 0; i < n; i++) {
            col[i] = Math.min(grid.cols() - 1, (int) Math.floor((cells.lon(i) - grid.minX()) / grid.cellWidth()));
            row[i] = Math.min(grid.rows() - 1, (int) Math.floor((grid.maxY() - cells.lat(i)) / grid.cellHeight()));
        }
        return new CellLattice(grid, row, col);
    }

    public RasterGrid grid() {
        return grid;
    }

    public int size() {
        return row.length;
    }

    public int row(int cell) {
        return row[cell];
    }

    public int col(int cell) {
        return col[cell];
    }

    /** First index in the sorted order of the cells at (r, c), or -1; see {@link #cellAtSorted}. */
    public int firstAt(int r, int c) {
        if (r < 0 || c < 0 || r >= grid.rows() || c >= grid.cols()) return -1;
        long k = key(r, c);
        int lo = 0;
        int hi = sortedKeys.length - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (sortedKeys[mid] < k) {
                lo = mid + 1;
            } else {
                if (sortedKeys[mid] == k) found = mid;
                hi = mid - 1;
            }
        }
        return found;
    }

    /** Cells at (r, c): the cell indexes at sorted positions {@code firstAt(r, c)} onwards while the key matches. */
    public int[] cellsAt(int r, int c) {
        int first = firstAt(r, c);
        if (first < 0) return new int[0];
        long k = sortedKeys[first];
        int end = first;
        while (end < sortedKeys.length && sortedKeys[end] == k) end++;
        return Arrays.copyOfRange(sortedCells, first, end);
    }

    /** The cell at sorted position {@code k}. */
    public int cellAtSorted(int k) {
        return sortedCells[k];
    }

    /** True when sorted position {@code k} exists and holds position (r, c). */
    public boolean sortedHolds(int k, int r, int c) {
        return k < sortedKeys.length && sortedKeys[k] == key(r, c);
    }
}
