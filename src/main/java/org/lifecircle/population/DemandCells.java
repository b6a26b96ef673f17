package org.lifecircle.population;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * Demand for public services: cells with a WGS84 centroid and population totals, held as
 * parallel primitive arrays. Only cells with people are materialised.
 *
 * <p>Contract for coverage and siting:
 * <ul>
 * <li>{@link #size()} cells, indexed 0…size-1. {@link #lon(int)}/{@link #lat(int)} the centroid
 *     in WGS84. {@link #id(int)} the point file's id for point demand, otherwise the linear grid
 *     index {@code row × cols + col} of the source raster.</li>
 * <li>Layers: {@link DemandLayer#TOTAL} ({@link #population(int)}) and {@link DemandLayer#ELDERLY}
 *     (aged 60+, {@link #elderly(int)}); either may be absent (WorldPop 60+ rasters carry no total):
 *     check {@link #has(DemandLayer)}; reading an absent layer throws IllegalStateException.
 *     Every materialised cell has a positive value in at least one present layer; values are
 *     finite and ≥ 0.</li>
 * <li>Raster cells carry their grid position ({@link #row(int)}, {@link #col(int)}; -1 for point
 *     demand), are stored in row-major order ({@link #findCell(int, int)} is a binary search) and
 *     draw as {@link #cellPolygon(int)} in WGS84, for gap maps and adjacency clustering.</li>
 * <li>Array accessors ({@link #lons()}, {@link #values(DemandLayer)}, …) return the internal
 *     arrays for hot loops: callers must not modify them.</li>
 * </ul>
 * Immutable apart from that contract; memory O(cells).
 */
public final class DemandCells {

    private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);

    private final String source;
    private final RasterGrid grid;
    private final int[] rows;
    private final int[] cols;
    private final String[] ids;
    private final double[] lons;
    private final double[] lats;
    private final double[] population;
    private final double[] elderly;
    private final String elderlySource;
    private final String pointCrs;

    private DemandCells(String source, RasterGrid grid, int[] rows, int[] cols, String[] ids, double[] lons,
            double[] lats, double[] population, double[] elderly, String elderlySource, String pointCrs) {
        if (population == null && elderly == null) throw new IllegalArgumentException("demand needs a population layer");
        this.source = source;
        this.grid = grid;
        this.rows = rows;
        this.cols = cols;
        this.ids = ids;
        this.lons = lons;
        this.lats = lats;
        this.population = population;
        this.elderly = elderly;
        this.elderlySource = elderlySource;
        this.pointCrs = pointCrs;
    }

    /** Raster demand: cells of {@code grid} in row-major order, centroids already in WGS84. */
    static DemandCells ofGrid(String source, RasterGrid grid, int[] rows, int[] cols, double[] lons, double[] lats,
            double[] population, double[] elderly, String elderlySource) {
        return new DemandCells(source, grid, rows, cols, null, lons, lats, population, elderly, elderlySource, null);
    }

    /**
     * Point demand: one cell per point, id kept (e.g. residential compounds, or synthetic demand
     * in tests and benchmarks). Arrays are taken as they are, not copied.
     *
     * @param population people per point, or null when only the elderly layer is known
     * @param elderly    people aged 60+ per point, or null
     * @throws IllegalArgumentException for arrays of different lengths or values that are not finite and ≥ 0
     */
    public static DemandCells ofPoints(String source, String[] ids, double[] lons, double[] lats, double[] population,
            double[] elderly, String elderlySource) {
        int n = ids.length;
        if (lons.length != n || lats.length != n || (population != null && population.length != n)
                || (elderly != null && elderly.length != n)) {
            throw new IllegalArgumentException("point demand arrays differ in length");
        }
        for (double[] layer : new double[][] {population, elderly}) {
            if (layer == null) continue;
            for (double v : layer) {
                if (!(v >= 0) || Double.isInfinite(v)) throw new IllegalArgumentException("population value " + v);
            }
        }
        return new DemandCells(source, null, null, null, ids, lons, lats, population, elderly, elderlySource, "EPSG:4326");
    }

    public int size() {
        return lons.length;
    }

    /** File name(s) the demand was read from. */
    public String source() {
        return source;
    }

    /** Where the elderly layer comes from (band files, a share), or null when absent. */
    public String elderlySource() {
        return elderlySource;
    }

    /** CRS of the source data ("EPSG:4326", "EPSG:32650", "GCJ-02", …); centroids are always WGS84. */
    public String sourceCrs() {
        return grid == null ? pointCrs : grid.crsName();
    }

    public String id(int i) {
        return ids != null ? ids[i] : Long.toString(grid.cellIndex(rows[i], cols[i]));
    }

    public double lon(int i) {
        return lons[i];
    }

    public double lat(int i) {
        return lats[i];
    }

    public boolean has(DemandLayer layer) {
        return (layer == DemandLayer.TOTAL ? population : elderly) != null;
    }

    public double population(int i) {
        return values(DemandLayer.TOTAL)[i];
    }

    public double elderly(int i) {
        return values(DemandLayer.ELDERLY)[i];
    }

    public double value(DemandLayer layer, int i) {
        return values(layer)[i];
    }

    /** The layer's per-cell values (internal array, do not modify). */
    public double[] values(DemandLayer layer) {
        double[] v = layer == DemandLayer.TOTAL ? population : elderly;
        if (v == null) {
            throw new IllegalStateException("demand from " + source + " has no " + layer.nameEn() + " layer");
        }
        return v;
    }

    /** Sum of a layer over all cells. */
    public double total(DemandLayer layer) {
        double sum = 0;
        for (double v : values(layer)) sum += v;
        return sum;
    }

    /** Centroid longitudes (internal array, do not modify). */
    public double[] lons() {
        return lons;
    }

    /** Centroid latitudes (internal array, do not modify). */
    public double[] lats() {
        return lats;
    }

    public boolean hasGrid() {
        return grid != null;
    }

    /** The source raster's grid, or null for point demand. */
    public RasterGrid grid() {
        return grid;
    }

    /** Grid row of cell i, or -1 for point demand. */
    public int row(int i) {
        return rows == null ? -1 : rows[i];
    }

    /** Grid column of cell i, or -1 for point demand. */
    public int col(int i) {
        return cols == null ? -1 : cols[i];
    }

    /** Index of the cell at a grid position, or -1 when that position has no people (or no grid). O(log n). */
    public int findCell(int row, int col) {
        if (grid == null || row < 0 || col < 0 || row >= grid.rows() || col >= grid.cols()) return -1;
        long key = grid.cellIndex(row, col);
        int lo = 0;
        int hi = size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            long k = grid.cellIndex(rows[mid], cols[mid]);
            if (k < key) lo = mid + 1;
            else if (k > key) hi = mid - 1;
            else return mid;
        }
        return -1;
    }

    /** The cell's footprint in WGS84 (corners transformed for projected grids); requires {@link #hasGrid()}. */
    public Polygon cellPolygon(int i) {
        if (grid == null) throw new IllegalStateException("point demand from " + source + " has no cell polygons");
        double x0 = grid.minX() + cols[i] * grid.cellWidth();
        double x1 = x0 + grid.cellWidth();
        double y1 = grid.maxY() - rows[i] * grid.cellHeight();
        double y0 = y1 - grid.cellHeight();
        double[] xy = {x0, y0, x1, y0, x1, y1, x0, y1};
        grid.transformToWgs84(xy, 4);
        Coordinate[] ring = new Coordinate[5];
        for (int k = 0; k < 4; k++) ring[k] = new Coordinate(xy[2 * k], xy[2 * k + 1]);
        ring[4] = ring[0].copy();
        return WGS84.createPolygon(ring);
    }

    /** The cell polygon for raster demand, the centroid point for point demand. */
    public Geometry cellGeometry(int i) {
        return grid != null ? cellPolygon(i) : WGS84.createPoint(new Coordinate(lons[i], lats[i]));
    }

    /** The same point demand noting the CRS its coordinates were given in (they are WGS84 now). */
    DemandCells withPointCrs(String crsName) {
        return new DemandCells(source, grid, rows, cols, ids, lons, lats, population, elderly, elderlySource, crsName);
    }

    /** A copy with the elderly layer set to {@code share} × population in every cell. */
    public DemandCells withElderlyShare(double share) {
        checkShare(share, "overall");
        double[] total = values(DemandLayer.TOTAL);
        double[] e = new double[total.length];
        for (int i = 0; i < e.length; i++) e[i] = total[i] * share;
        return withElderly(e, "population × " + share);
    }

    /**
     * A copy with the elderly layer set to population × the share of the unit each cell belongs
     * to; cells outside every unit get {@code outsideShare}.
     *
     * @param unitOfCell   per cell the unit index or -1 (see {@link UnitAssignment#unitOfCell()})
     * @param sharePerUnit elderly share (0–1) per unit
     */
    public DemandCells withElderlyShareByUnit(int[] unitOfCell, double[] sharePerUnit, double outsideShare) {
        if (unitOfCell.length != size()) throw new IllegalArgumentException("unitOfCell has " + unitOfCell.length + " entries, cells " + size());
        for (int u = 0; u < sharePerUnit.length; u++) checkShare(sharePerUnit[u], "unit " + u);
        checkShare(outsideShare, "outside units");
        double[] total = values(DemandLayer.TOTAL);
        double[] e = new double[total.length];
        for (int i = 0; i < e.length; i++) {
            int u = unitOfCell[i];
            e[i] = total[i] * (u < 0 ? outsideShare : sharePerUnit[u]);
        }
        return withElderly(e, "population × elderly share per admin unit");
    }

    private static void checkShare(double share, String what) {
        if (!(share >= 0 && share <= 1)) throw new IllegalArgumentException("elderly share " + share + " (" + what + ") outside 0–1");
    }

    private DemandCells withElderly(double[] e, String note) {
        return new DemandCells(source, grid, rows, cols, ids, lons, lats, population, e, note, pointCrs);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("DemandCells[").append(size()).append(" cells from ").append(source);
        if (population != null) sb.append(", population ").append(Math.round(total(DemandLayer.TOTAL)));
        if (elderly != null) sb.append(", elderly ").append(Math.round(total(DemandLayer.ELDERLY)));
        if (grid != null) sb.append(", grid ").append(grid.describe());
        return sb.append(']').toString();
    }
}
