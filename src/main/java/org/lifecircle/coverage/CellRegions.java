package org.lifecircle.coverage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import org.geotools.api.referencing.operation.MathTransform;
import org.geotools.api.referencing.operation.TransformException;
import org.lifecircle.population.RasterGrid;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * Draws a group of demand cells as one WGS84 (multi)polygon by tracing the boundary of their
 * lattice positions: every cell side not shared with another cell of the group becomes a directed
 * edge (cells on its right in row/column order), edges are chained into rings, clockwise rings
 * (cells on their right) are shells and counter-clockwise ones holes, each hole going to the smallest
 * shell around it. Where two cells touch only at a corner the chain turns to stay with its own
 * cell, so two shells meet at that point without crossing; a ring that comes back to a corner it
 * passed (a hole pinched against its shell) is split there into shell and hole, so every ring is
 * simple and the result is valid. On a WGS84 grid
 * collinear vertices are dropped; on a projected grid every cell corner stays, so the shared
 * borders of neighbouring groups transform to the same points.
 *
 * <p>Cost O(g log g) for g cells (sorting, lookups by binary search), plus the hole assignment,
 * O(holes × shells) prepared point-in-polygon tests — no polygon overlay.
 */
public final class CellRegions {

    private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);
    /** Direction codes: east, south, west, north in (col, row) steps. */
    private static final int[] DC = {1, 0, -1, 0};
    private static final int[] DR = {0, 1, 0, -1};

    private final CellLattice lattice;
    private final RasterGrid grid;
    private final MathTransform toWgs84;

    public CellRegions(CellLattice lattice) {
        this.lattice = lattice;
        this.grid = lattice.grid();
        this.toWgs84 = grid.isWgs84() ? null : grid.toWgs84();
    }

    /** The footprint of {@code cells[0..count)} (cell indexes; duplicates and shared positions allowed). */
    public Geometry polygon(int[] cells, int count) {
        long[] keys = new long[count];
        for (int k = 0; k < count; k++) keys[k] = key(lattice.row(cells[k]), lattice.col(cells[k]));
        Arrays.sort(keys);
        int n = 0;
        for (int k = 0; k < count; k++) {
            if (n == 0 || keys[k] != keys[n - 1]) keys[n++] = keys[k];
        }
        keys = Arrays.copyOf(keys, n);
        if (n == 0) return WGS84.createPolygon();

        // directed boundary edges, keyed by start vertex; vertex (c, r) is the top-left corner of cell (r, c)
        long[] edgeFrom = new long[4 * n];
        int[] edgeDir = new int[4 * n];
        int edges = 0;
        for (long k : keys) {
            int r = (int) (k / stride()) - 1;
            int c = (int) (k % stride()) - 1;
            if (!contains(keys, r - 1, c)) {
                edgeFrom[edges] = vertex(c, r);
                edgeDir[edges++] = 0;
            }
            if (!contains(keys, r, c + 1)) {
                edgeFrom[edges] = vertex(c + 1, r);
                edgeDir[edges++] = 1;
            }
            if (!contains(keys, r + 1, c)) {
                edgeFrom[edges] = vertex(c + 1, r + 1);
                edgeDir[edges++] = 2;
            }
            if (!contains(keys, r, c - 1)) {
                edgeFrom[edges] = vertex(c, r + 1);
                edgeDir[edges++] = 3;
            }
        }
        long[] order = new long[edges];
        for (int e = 0; e < edges; e++) order[e] = edgeFrom[e] * 8 + edgeDir[e];
        Arrays.sort(order);
        boolean[] used = new boolean[edges];

        List<LinearRing> shells = new ArrayList<>();
        List<LinearRing> holes = new ArrayList<>();
        long[] ring = new long[16];
        for (int start = 0; start < edges; start++) {
            if (used[start]) continue;
            int length = 0;
            int e = start;
            while (true) {
                used[e] = true;
                long from = order[e] / 8;
                int dir = (int) (order[e] % 8);
                if (length == ring.length) ring = Arrays.copyOf(ring, length * 2);
                ring[length++] = from;
                long to = vertex(vertexCol(from) + DC[dir], vertexRow(from) + DR[dir]);
                int next = nextEdge(order, used, to, dir);
                if (next < 0) break;
                e = next;
            }
            for (long[] simple : splitAtRepeats(ring, length)) {
                LinearRing r = ring(simple);
                if (Orientation.isCCW(r.getCoordinateSequence())) holes.add(r);
                else shells.add(r);
            }
        }
        return assemble(shells, holes);
    }

    /** The unused edge leaving {@code vertex}, preferring a right turn, then straight on, then left. */
    private static int nextEdge(long[] order, boolean[] used, long vertex, int incoming) {
        int[] preference = {(incoming + 1) % 4, incoming, (incoming + 3) % 4};
        for (int dir : preference) {
            int k = Arrays.binarySearch(order, vertex * 8 + dir);
            if (k >= 0 && !used[k]) return k;
        }
        return -1;
    }

    /**
     * Splits a closed vertex sequence that passes a vertex twice (a hole pinched against its shell
     * at one corner) into simple rings: each return to a vertex closes the loop since its last visit.
     */
    private static List<long[]> splitAtRepeats(long[] ring, int length) {
        List<long[]> out = new ArrayList<>();
        long[] stack = new long[length];
        int top = 0;
        HashMap<Long, Integer> at = new HashMap<>();
        for (int i = 0; i < length; i++) {
            long v = ring[i];
            Integer j = at.get(v);
            if (j == null) {
                at.put(v, top);
                stack[top++] = v;
                continue;
            }
            out.add(Arrays.copyOfRange(stack, j, top));
            for (int k = j + 1; k < top; k++) at.remove(stack[k]);
            top = j + 1;
        }
        out.add(Arrays.copyOf(stack, top));
        return out;
    }

    private LinearRing ring(long[] vertices) {
        int length = vertices.length;
        int keep = 0;
        int[] kc = new int[length];
        int[] kr = new int[length];
        for (int i = 0; i < length; i++) {
            int c = vertexCol(vertices[i]);
            int r = vertexRow(vertices[i]);
            if (toWgs84 == null) {
                long p = vertices[(i + length - 1) % length];
                long q = vertices[(i + 1) % length];
                boolean collinear = (vertexCol(p) == c && c == vertexCol(q)) || (vertexRow(p) == r && r == vertexRow(q));
                if (collinear) continue;
            }
            kc[keep] = c;
            kr[keep] = r;
            keep++;
        }
        double[] xy = new double[2 * keep];
        for (int i = 0; i < keep; i++) {
            xy[2 * i] = grid.minX() + kc[i] * grid.cellWidth();
            xy[2 * i + 1] = grid.maxY() - kr[i] * grid.cellHeight();
        }
        if (toWgs84 != null) {
            try {
                toWgs84.transform(xy, 0, xy, 0, keep);
            } catch (TransformException e) {
                throw new IllegalStateException("cannot transform cell corners of " + grid.crsName() + " to WGS84", e);
            }
        }
        Coordinate[] coords = new Coordinate[keep + 1];
        for (int i = 0; i < keep; i++) coords[i] = new Coordinate(xy[2 * i], xy[2 * i + 1]);
        coords[keep] = coords[0].copy();
        return WGS84.createLinearRing(coords);
    }

    private static Geometry assemble(List<LinearRing> shells, List<LinearRing> holes) {
        List<Polygon> plain = new ArrayList<>();
        for (LinearRing s : shells) plain.add(WGS84.createPolygon(s));
        List<List<LinearRing>> holesOf = new ArrayList<>();
        for (int s = 0; s < shells.size(); s++) holesOf.add(new ArrayList<>());
        if (!holes.isEmpty()) {
            Integer[] bySize = new Integer[plain.size()];
            for (int s = 0; s < bySize.length; s++) bySize[s] = s;
            Arrays.sort(bySize, Comparator.comparingDouble(s -> plain.get(s).getArea()));
            PreparedGeometry[] prepared = new PreparedGeometry[plain.size()];
            PreparedGeometryFactory factory = new PreparedGeometryFactory();
            for (LinearRing hole : holes) {
                Point inside = WGS84.createPolygon(hole).getInteriorPoint();
                for (int s : bySize) {
                    if (!plain.get(s).getEnvelopeInternal().contains(hole.getEnvelopeInternal())) continue;
                    if (prepared[s] == null) prepared[s] = factory.create(plain.get(s));
                    if (prepared[s].contains(inside)) {
                        holesOf.get(s).add(hole);
                        break;
                    }
                }
            }
        }
        Polygon[] polygons = new Polygon[shells.size()];
        for (int s = 0; s < polygons.length; s++) {
            polygons[s] = WGS84.createPolygon(shells.get(s), holesOf.get(s).toArray(new LinearRing[0]));
        }
        return polygons.length == 1 ? polygons[0] : WGS84.createMultiPolygon(polygons);
    }

    private long stride() {
        return grid.cols() + 2L;
    }

    /** Position key with one column of slack on each side, so c - 1 and c + 1 never wrap. */
    private long key(int r, int c) {
        return (r + 1L) * stride() + (c + 1L);
    }

    private boolean contains(long[] sortedKeys, int r, int c) {
        return Arrays.binarySearch(sortedKeys, key(r, c)) >= 0;
    }

    private static long vertex(int c, int r) {
        return ((long) r << 31) | c;
    }

    private static int vertexCol(long v) {
        return (int) (v & 0x7FFFFFFFL);
    }

    private static int vertexRow(long v) {
        return (int) (v >>> 31);
    }
}
