package org.lifecircle.population;

import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.api.referencing.crs.GeographicCRS;
import org.geotools.api.referencing.operation.MathTransform;
import org.geotools.api.referencing.operation.TransformException;
import org.geotools.referencing.CRS;
import org.geotools.referencing.crs.DefaultGeographicCRS;
import org.lifecircle.geo.Crs;

/**
 * A north-up regular grid: {@code cols × rows} cells of {@code cellWidth × cellHeight} CRS units,
 * upper-left corner at ({@code minX}, {@code maxY}); row 0 is the northernmost row. Coordinates
 * are in the grid's CRS, x first (longitude first for geographic CRSs). Converts cell centres
 * and corners to WGS84 lon/lat (identity for WGS84 grids). Immutable; O(1) per cell.
 *
 * @param crsName EPSG code ("EPSG:4326") when the CRS has one, else the CRS name
 */
public record RasterGrid(int cols, int rows, double minX, double maxY, double cellWidth, double cellHeight,
        CoordinateReferenceSystem crs, String crsName) {

    private static final double METERS_PER_DEGREE = 6_371_008.8 * Math.PI / 180.0;

    public RasterGrid {
        if (cols <= 0 || rows <= 0 || !(cellWidth > 0) || !(cellHeight > 0)) {
            throw new IllegalArgumentException("bad grid " + cols + "×" + rows + " cell " + cellWidth + "×" + cellHeight);
        }
    }

    /** A grid in WGS84 lon/lat degrees. */
    public static RasterGrid wgs84(int cols, int rows, double minLon, double maxLat, double cellWidthDeg, double cellHeightDeg) {
        return new RasterGrid(cols, rows, minLon, maxLat, cellWidthDeg, cellHeightDeg, Crs.wgs84(), "EPSG:4326");
    }

    public double centerX(int col) {
        return minX + (col + 0.5) * cellWidth;
    }

    public double centerY(int row) {
        return maxY - (row + 0.5) * cellHeight;
    }

    public double maxX() {
        return minX + cols * cellWidth;
    }

    public double minY() {
        return maxY - rows * cellHeight;
    }

    /** Linear cell index {@code row × cols + col}, the id of a raster demand cell. */
    public long cellIndex(int row, int col) {
        return (long) row * cols + col;
    }

    public boolean isGeographic() {
        return crs instanceof GeographicCRS;
    }

    /** True when the grid is already in WGS84 lon/lat (no transform needed). */
    public boolean isWgs84() {
        return CRS.equalsIgnoreMetadata(crs, DefaultGeographicCRS.WGS84)
                || ("EPSG:4326".equals(crsName) && !Crs.isNorthFirst(crs));
    }

    /** Approximate cell width in metres at a latitude (exact for metric projected grids). */
    public double cellWidthMeters(double latitude) {
        return isGeographic() ? cellWidth * METERS_PER_DEGREE * Math.cos(Math.toRadians(latitude)) : cellWidth;
    }

    /** Approximate cell height in metres (exact for metric projected grids). */
    public double cellHeightMeters() {
        return isGeographic() ? cellHeight * METERS_PER_DEGREE : cellHeight;
    }

    /**
     * True when {@code other} has the same size, CRS and georeferencing, within a millionth of a
     * cell (so float rounding in file headers does not split identical grids).
     */
    public boolean sameGridAs(RasterGrid other) {
        double tolX = cellWidth * 1e-6;
        double tolY = cellHeight * 1e-6;
        return cols == other.cols && rows == other.rows
                && Math.abs(minX - other.minX) <= tolX && Math.abs(maxY - other.maxY) <= tolY
                && Math.abs(cellWidth - other.cellWidth) * cols <= tolX
                && Math.abs(cellHeight - other.cellHeight) * rows <= tolY
                && CRS.equalsIgnoreMetadata(crs, other.crs);
    }

    /** "1662×1668 cells of 0.000833333×0.000833333 from (113.692083, 31.362083), EPSG:4326". */
    public String describe() {
        return cols + "×" + rows + " cells of " + (float) cellWidth + "×" + (float) cellHeight + " from ("
                + minX + ", " + maxY + "), " + crsName;
    }

    /** Transform from grid coordinates to WGS84 lon/lat (cached by {@link Crs}); identity for WGS84 grids. */
    public MathTransform toWgs84() {
        return Crs.transform(crs, Crs.wgs84());
    }

    /**
     * Transforms {@code n} points given as interleaved x,y in {@code xy} to WGS84 lon/lat in place.
     */
    void transformToWgs84(double[] xy, int n) {
        if (isWgs84() || n == 0) return;
        try {
            toWgs84().transform(xy, 0, xy, 0, n);
        } catch (TransformException e) {
            throw new IllegalStateException("cannot transform grid coordinates of " + crsName + " to WGS84", e);
        }
    }
}
