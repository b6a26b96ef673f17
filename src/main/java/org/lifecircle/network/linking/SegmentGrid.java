package org.lifecircle.network.linking;

import java.util.Arrays;
import org.lifecircle.network.StreetNetwork;
import org.lifecircle.network.geodesy.Wgs84;

/**
 * A uniform lon/lat grid over the shape segments of the snappable edges, for nearest-segment
 * queries. Each segment is listed (CSR, int arrays) in every cell its bounding box touches. A
 * query visits rings of cells outwards from the point's cell and stops once the next ring cannot
 * hold anything nearer than the best segment so far (or than the search radius).
 *
 * <p>Build O(S + cells); a query near the network visits a few cells, O(segments per cell).
 * Read-only after construction, so queries may run on many threads.
 */
final class SegmentGrid {

    private final StreetNetwork network;
    private final int[] segmentFirstPoint;
    private final int[] segmentEdge;
    private final double minLon;
    private final double minLat;
    private final double cellLon;
    private final double cellLat;
    private final int columns;
    private final int rows;
    private final int[] cellStart;
    private final int[] cellSegments;

    /** @param snappable per edge whether it is indexed (see {@link NetworkComponents#snappableEdges}) */
    SegmentGrid(StreetNetwork network, boolean[] snappable) {
        this.network = network;
        int segments = 0;
        double lonMin = Double.POSITIVE_INFINITY, latMin = Double.POSITIVE_INFINITY;
        double lonMax = Double.NEGATIVE_INFINITY, latMax = Double.NEGATIVE_INFINITY;
        double totalMeters = 0;
        for (int e = 0; e < network.edgeCount(); e++) {
            if (!snappable[e]) continue;
            segments += network.shapeEnd(e) - network.shapeStart(e) - 1;
            totalMeters += network.edgeLengthMeters(e);
            for (int p = network.shapeStart(e); p < network.shapeEnd(e); p++) {
                lonMin = Math.min(lonMin, network.shapeLon(p));
                lonMax = Math.max(lonMax, network.shapeLon(p));
                latMin = Math.min(latMin, network.shapeLat(p));
                latMax = Math.max(latMax, network.shapeLat(p));
            }
        }
        segmentFirstPoint = new int[segments];
        segmentEdge = new int[segments];
        int s = 0;
        for (int e = 0; e < network.edgeCount(); e++) {
            if (!snappable[e]) continue;
            for (int p = network.shapeStart(e); p < network.shapeEnd(e) - 1; p++) {
                segmentFirstPoint[s] = p;
                segmentEdge[s] = e;
                s++;
            }
        }
        if (segments == 0) {
            minLon = minLat = 0;
            cellLon = cellLat = 1;
            columns = rows = 0;
            cellStart = new int[1];
            cellSegments = new int[0];
            return;
        }
        double midLat = (latMin + latMax) / 2;
        double cellMeters = Math.max(50, totalMeters / segments);
        double lonCell = cellMeters / Wgs84.metersPerDegreeLon(midLat);
        double latCell = cellMeters / Wgs84.metersPerDegreeLat(midLat);
        double lonSpan = lonMax - lonMin;
        double latSpan = latMax - latMin;
        while ((lonSpan / lonCell + 1) * (latSpan / latCell + 1) > 4.0 * segments + 1024) {
            lonCell *= 1.5;
            latCell *= 1.5;
        }
        minLon = lonMin;
        minLat = latMin;
        cellLon = lonCell;
        cellLat = latCell;
        columns = (int) (lonSpan / lonCell) + 1;
        rows = (int) (latSpan / latCell) + 1;

        cellStart = new int[columns * rows + 1];
        for (int k = 0; k < segments; k++) {
            int[] box = cellBox(k);
            for (int y = box[2]; y <= box[3]; y++) {
                for (int x = box[0]; x <= box[1]; x++) cellStart[y * columns + x + 1]++;
            }
        }
        for (int c = 0; c < columns * rows; c++) cellStart[c + 1] += cellStart[c];
        int[] fill = Arrays.copyOf(cellStart, columns * rows);
        cellSegments = new int[cellStart[columns * rows]];
        for (int k = 0; k < segments; k++) {
            int[] box = cellBox(k);
            for (int y = box[2]; y <= box[3]; y++) {
                for (int x = box[0]; x <= box[1]; x++) cellSegments[fill[y * columns + x]++] = k;
            }
        }
    }

    /** Column and row range {x0, x1, y0, y1} of the cells a segment's bounding box touches. */
    private int[] cellBox(int segment) {
        int p = segmentFirstPoint[segment];
        double lonA = network.shapeLon(p), lonB = network.shapeLon(p + 1);
        double latA = network.shapeLat(p), latB = network.shapeLat(p + 1);
        return new int[] {column(Math.min(lonA, lonB)), column(Math.max(lonA, lonB)),
            row(Math.min(latA, latB)), row(Math.max(latA, latB))};
    }

    private int column(double lon) {
        return Math.min(columns - 1, Math.max(0, (int) ((lon - minLon) / cellLon)));
    }

    private int row(double lat) {
        return Math.min(rows - 1, Math.max(0, (int) ((lat - minLat) / cellLat)));
    }

    /**
     * Finds the segment nearest to (lon, lat) within {@code maxMeters} (pass +Inf for no limit)
     * and writes its result into {@code hit}; returns false when there is none.
     */
    boolean nearest(double lon, double lat, double maxMeters, Hit hit) {
        if (segmentEdge.length == 0) return false;
        hit.start(lon, lat);
        double cellMinMeters = 0.999 * Math.min(cellLon * hit.mx, cellLat * hit.my);
        long qx = (long) Math.floor((lon - minLon) / cellLon);
        long qy = (long) Math.floor((lat - minLat) / cellLat);
        long outside = Math.max(Math.max(-qx, qx - (columns - 1)), Math.max(-qy, qy - (rows - 1)));
        long lastRing = Math.max(Math.max(qx, columns - 1 - qx), Math.max(qy, rows - 1 - qy));
        for (long k = Math.max(0, outside); k <= lastRing; k++) {
            double ringMinMeters = (k - 1) * cellMinMeters;
            if (ringMinMeters > maxMeters || ringMinMeters * ringMinMeters > hit.best2) break;
            for (long y = Math.max(0, qy - k), yEnd = Math.min(rows - 1, qy + k); y <= yEnd; y++) {
                if (y == qy - k || y == qy + k) {
                    for (long x = Math.max(0, qx - k), xEnd = Math.min(columns - 1, qx + k); x <= xEnd; x++) scan(y, x, hit);
                } else {
                    if (qx - k >= 0 && qx - k < columns) scan(y, qx - k, hit);
                    if (qx + k >= 0 && qx + k < columns) scan(y, qx + k, hit);
                }
            }
        }
        if (hit.bestSegment < 0 || Math.sqrt(hit.best2) > maxMeters) return false;
        hit.edge = segmentEdge[hit.bestSegment];
        hit.firstPoint = segmentFirstPoint[hit.bestSegment];
        hit.planeMeters = Math.sqrt(hit.best2);
        return true;
    }

    /** Tests the segments of one cell against the query in {@code hit}, in the query's tangent plane. */
    private void scan(long y, long x, Hit hit) {
        int cell = (int) (y * columns + x);
        for (int i = cellStart[cell]; i < cellStart[cell + 1]; i++) {
            int s = cellSegments[i];
            int p = segmentFirstPoint[s];
            double ax = (network.shapeLon(p) - hit.lon) * hit.mx;
            double ay = (network.shapeLat(p) - hit.lat) * hit.my;
            double dx = (network.shapeLon(p + 1) - hit.lon) * hit.mx - ax;
            double dy = (network.shapeLat(p + 1) - hit.lat) * hit.my - ay;
            double len2 = dx * dx + dy * dy;
            double t = len2 > 0 ? Math.min(1, Math.max(0, -(ax * dx + ay * dy) / len2)) : 0;
            double px = ax + t * dx;
            double py = ay + t * dy;
            double d2 = px * px + py * py;
            if (d2 < hit.best2 || (d2 == hit.best2 && s < hit.bestSegment)) {
                hit.best2 = d2;
                hit.bestSegment = s;
                hit.fraction = t;
            }
        }
    }

    /** A query and, once done, the nearest segment found: edge, its shape point before the hit, fraction along. */
    static final class Hit {
        int edge;
        int firstPoint;
        double fraction;
        double planeMeters;
        private double lon;
        private double lat;
        private double mx;
        private double my;
        private double best2;
        private int bestSegment;

        private void start(double queryLon, double queryLat) {
            lon = queryLon;
            lat = queryLat;
            mx = Wgs84.metersPerDegreeLon(queryLat);
            my = Wgs84.metersPerDegreeLat(queryLat);
            best2 = Double.POSITIVE_INFINITY;
            bestSegment = -1;
        }
    }
}
