package org.lifecircle.network.traveltime;

import java.util.Arrays;
import org.lifecircle.network.geodesy.Wgs84;

/**
 * A uniform lon/lat grid over a point set (CSR int arrays) for nearest-point and within-radius
 * queries by ellipsoidal distance, used by the straight-line model. Cells are sized for about two
 * points each. Cell-to-metre bounds use the smallest degree lengths over the area and a 1 %
 * margin, so pruning never drops a point that is in fact within reach. Build O(n + cells).
 */
final class PointGrid {

    private static final double MIN_METERS_PER_DEGREE_LAT = Wgs84.metersPerDegreeLat(0);

    private final double[] lon;
    private final double[] lat;
    private final double minLon;
    private final double minLat;
    private final double maxAbsLat;
    private final double cellDeg;
    private final int columns;
    private final int rows;
    private final int[] cellStart;
    private final int[] cellPoints;

    PointGrid(double[] lon, double[] lat) {
        this.lon = lon;
        this.lat = lat;
        int n = lon.length;
        double lonMin = Double.POSITIVE_INFINITY, latMin = Double.POSITIVE_INFINITY;
        double lonMax = Double.NEGATIVE_INFINITY, latMax = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            lonMin = Math.min(lonMin, lon[i]);
            lonMax = Math.max(lonMax, lon[i]);
            latMin = Math.min(latMin, lat[i]);
            latMax = Math.max(latMax, lat[i]);
        }
        if (n == 0) {
            lonMin = lonMax = latMin = latMax = 0;
        }
        minLon = lonMin;
        minLat = latMin;
        maxAbsLat = Math.max(Math.abs(latMin), Math.abs(latMax));
        double area = Math.max(1e-12, (lonMax - lonMin) * (latMax - latMin));
        double cell = Math.sqrt(area * 2 / Math.max(1, n));
        cell = Math.max(cell, Math.max(lonMax - lonMin, latMax - latMin) / 4096);
        cellDeg = Math.max(cell, 1e-6);
        columns = (int) ((lonMax - lonMin) / cellDeg) + 1;
        rows = (int) ((latMax - latMin) / cellDeg) + 1;
        cellStart = new int[columns * rows + 1];
        for (int i = 0; i < n; i++) cellStart[cellOf(i) + 1]++;
        for (int c = 0; c < columns * rows; c++) cellStart[c + 1] += cellStart[c];
        int[] fill = Arrays.copyOf(cellStart, columns * rows);
        cellPoints = new int[n];
        for (int i = 0; i < n; i++) cellPoints[fill[cellOf(i)]++] = i;
    }

    private int cellOf(int i) {
        int x = Math.min(columns - 1, (int) ((lon[i] - minLon) / cellDeg));
        int y = Math.min(rows - 1, (int) ((lat[i] - minLat) / cellDeg));
        return y * columns + x;
    }

    /** Lower bound on the metres spanned by one cell in either direction near latitude {@code queryLat}. */
    private double cellMinMeters(double queryLat) {
        double worstLat = Math.min(89.9, Math.max(maxAbsLat, Math.abs(queryLat)) + 1);
        return 0.99 * cellDeg * Math.min(MIN_METERS_PER_DEGREE_LAT, Wgs84.metersPerDegreeLon(worstLat));
    }

    /**
     * Index of the point nearest to (qLon, qLat) within {@code maxMeters}, or -1; its distance
     * goes to {@code metersOut[0]}. Ties go to the lowest index.
     */
    int nearest(double qLon, double qLat, double maxMeters, double[] metersOut) {
        if (lon.length == 0) return -1;
        double cellMeters = cellMinMeters(qLat);
        long qx = (long) Math.floor((qLon - minLon) / cellDeg);
        long qy = (long) Math.floor((qLat - minLat) / cellDeg);
        long outside = Math.max(Math.max(-qx, qx - (columns - 1)), Math.max(-qy, qy - (rows - 1)));
        long lastRing = Math.max(Math.max(qx, columns - 1 - qx), Math.max(qy, rows - 1 - qy));
        double best = Double.POSITIVE_INFINITY;
        int bestPoint = -1;
        for (long k = Math.max(0, outside); k <= lastRing; k++) {
            double ringMin = (k - 1) * cellMeters;
            if (ringMin > maxMeters || ringMin > best) break;
            for (long y = Math.max(0, qy - k), yEnd = Math.min(rows - 1, qy + k); y <= yEnd; y++) {
                boolean fullRow = y == qy - k || y == qy + k;
                long xStart = fullRow ? Math.max(0, qx - k) : qx - k;
                long xEnd = fullRow ? Math.min(columns - 1, qx + k) : qx + k;
                long step = fullRow ? 1 : Math.max(1, 2 * k);
                for (long x = xStart; x <= xEnd; x += step) {
                    if (x < 0 || x >= columns) continue;
                    int cell = (int) (y * columns + x);
                    for (int j = cellStart[cell]; j < cellStart[cell + 1]; j++) {
                        int p = cellPoints[j];
                        double d = Wgs84.distanceMeters(qLon, qLat, lon[p], lat[p]);
                        if (d < best || (d == best && p < bestPoint)) {
                            best = d;
                            bestPoint = p;
                        }
                    }
                }
            }
        }
        if (bestPoint < 0 || best > maxMeters) return -1;
        metersOut[0] = best;
        return bestPoint;
    }

    /** Calls {@code visitor} for every point within {@code radiusMeters} (+Inf for all). */
    void within(double qLon, double qLat, double radiusMeters, PointVisitor visitor) {
        if (lon.length == 0) return;
        int x0 = 0, x1 = columns - 1, y0 = 0, y1 = rows - 1;
        if (Double.isFinite(radiusMeters)) {
            double reachCells = radiusMeters / cellMinMeters(qLat) + 1;
            long qx = (long) Math.floor((qLon - minLon) / cellDeg);
            long qy = (long) Math.floor((qLat - minLat) / cellDeg);
            x0 = (int) Math.max(0, qx - (long) Math.ceil(reachCells));
            x1 = (int) Math.min(columns - 1, qx + (long) Math.ceil(reachCells));
            y0 = (int) Math.max(0, qy - (long) Math.ceil(reachCells));
            y1 = (int) Math.min(rows - 1, qy + (long) Math.ceil(reachCells));
        }
        for (int y = y0; y <= y1; y++) {
            for (int x = x0; x <= x1; x++) {
                int cell = y * columns + x;
                for (int j = cellStart[cell]; j < cellStart[cell + 1]; j++) {
                    int p = cellPoints[j];
                    double d = Wgs84.distanceMeters(qLon, qLat, lon[p], lat[p]);
                    if (d <= radiusMeters) visitor.visit(p, d);
                }
            }
        }
    }

    @FunctionalInterface
    interface PointVisitor {
        void visit(int point, double meters);
    }
}
