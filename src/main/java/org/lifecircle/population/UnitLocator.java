package org.lifecircle.population;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * Finds which polygon (admin unit) contains a point, for millions of points: a uniform bucket
 * grid over the polygons' extent lists the candidate polygons per bucket; a bucket lying in the
 * interior of one polygon answers without a test; otherwise each candidate's
 * {@link IndexedPointInAreaLocator} decides. A point in the interior of a polygon belongs to it;
 * a point only on boundaries goes to the lowest-index polygon touching it, so every point has at
 * most one unit and units partition the points they cover.
 *
 * <p>IMPLEMENTATION NOTE: no objects are created per point (one reusable Coordinate per worker);
 * building costs O(buckets × candidates) prepared-geometry tests, a query O(log vertices) per
 * candidate. {@link #locateAll} splits the points over the available cores.
 */
public final class UnitLocator {

    private static final int NONE = -1;

    private final IndexedPointInAreaLocator[] locators;
    private final double minX;
    private final double minY;
    private final double bucketWidth;
    private final double bucketHeight;
    private final int bucketCols;
    private final int bucketRows;
    /** Per bucket the polygon owning the whole bucket, or NONE. */
    private final int[] owner;
    /** Per bucket the candidate polygon indices, ascending. */
    private final int[][] candidates;

    public UnitLocator(List<? extends Geometry> polygons) {
        int n = polygons.size();
        locators = new IndexedPointInAreaLocator[n];
        Envelope extent = new Envelope();
        for (int u = 0; u < n; u++) {
            locators[u] = new IndexedPointInAreaLocator(polygons.get(u));
            extent.expandToInclude(polygons.get(u).getEnvelopeInternal());
        }
        int side = n == 0 ? 1 : (int) Math.max(16, Math.min(256, Math.ceil(8 * Math.sqrt(n))));
        bucketCols = side;
        bucketRows = side;
        minX = extent.isNull() ? 0 : extent.getMinX();
        minY = extent.isNull() ? 0 : extent.getMinY();
        bucketWidth = extent.isNull() || extent.getWidth() == 0 ? 1 : extent.getWidth() / side;
        bucketHeight = extent.isNull() || extent.getHeight() == 0 ? 1 : extent.getHeight() / side;
        owner = new int[side * side];
        candidates = new int[side * side][];
        buildBuckets(polygons);
    }

    private void buildBuckets(List<? extends Geometry> polygons) {
        List<List<Integer>> lists = new ArrayList<>(owner.length);
        for (int b = 0; b < owner.length; b++) lists.add(new ArrayList<>(2));
        PreparedGeometryFactory prepare = new PreparedGeometryFactory();
        GeometryFactory gf = new GeometryFactory();
        Arrays.fill(owner, NONE);
        for (int u = 0; u < polygons.size(); u++) {
            Geometry polygon = polygons.get(u);
            Envelope env = polygon.getEnvelopeInternal();
            if (env.isNull()) continue;
            PreparedGeometry prepared = prepare.create(polygon);
            int c0 = clampCol(env.getMinX());
            int c1 = clampCol(env.getMaxX());
            int r0 = clampRow(env.getMinY());
            int r1 = clampRow(env.getMaxY());
            for (int r = r0; r <= r1; r++) {
                for (int c = c0; c <= c1; c++) {
                    int b = r * bucketCols + c;
                    Envelope bucket = new Envelope(minX + c * bucketWidth, minX + (c + 1) * bucketWidth,
                            minY + r * bucketHeight, minY + (r + 1) * bucketHeight);
                    Geometry box = gf.toGeometry(bucket);
                    if (!prepared.intersects(box)) continue;
                    lists.get(b).add(u);
                    if (owner[b] == NONE && prepared.containsProperly(box)) owner[b] = u;
                }
            }
        }
        for (int b = 0; b < owner.length; b++) {
            candidates[b] = lists.get(b).stream().mapToInt(Integer::intValue).toArray();
            // with overlapping polygons a lower index could hold the point too: no shortcut then
            if (candidates[b].length != 1) owner[b] = NONE;
        }
    }

    private int clampCol(double x) {
        return Math.max(0, Math.min(bucketCols - 1, (int) Math.floor((x - minX) / bucketWidth)));
    }

    private int clampRow(double y) {
        return Math.max(0, Math.min(bucketRows - 1, (int) Math.floor((y - minY) / bucketHeight)));
    }

    public int size() {
        return locators.length;
    }

    /** Index of the polygon containing (x, y), or -1. */
    public int locate(double x, double y) {
        return locate(x, y, new Coordinate());
    }

    private int locate(double x, double y, Coordinate scratch) {
        double fx = (x - minX) / bucketWidth;
        double fy = (y - minY) / bucketHeight;
        if (!(fx >= 0 && fy >= 0 && fx <= bucketCols && fy <= bucketRows)) return NONE;
        int b = Math.min(bucketRows - 1, (int) fy) * bucketCols + Math.min(bucketCols - 1, (int) fx);
        // a bucket's owner holds the bucket in its interior: the interior rule makes it the answer
        if (owner[b] != NONE) return owner[b];
        scratch.x = x;
        scratch.y = y;
        int onBoundary = NONE;
        for (int u : candidates[b]) {
            int loc = locators[u].locate(scratch);
            if (loc == Location.INTERIOR) return u;
            if (loc == Location.BOUNDARY && onBoundary == NONE) onBoundary = u;
        }
        return onBoundary;
    }

    /** Polygon index per point (-1 outside all), computed on all cores. */
    public int[] locateAll(double[] xs, double[] ys) {
        int n = xs.length;
        int[] unit = new int[n];
        int chunk = 16_384;
        IntStream.range(0, (n + chunk - 1) / chunk).parallel().forEach(part -> {
            Coordinate scratch = new Coordinate();
            int end = Math.min(n, (part + 1) * chunk);
            for (int i = part * chunk; i < end; i++) unit[i] = locate(xs[i], ys[i], scratch);
        });
        return unit;
    }
}
