package org.lifecircle.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.LongConsumer;

/**
 * The road network while it is being drawn: junction nodes in parallel coordinate arrays (metres,
 * local frame) and roads from node to node with optional interior shape points. Only junctions
 * are nodes, so written out each road is one line that meets others at shared endpoints only.
 * Clean-up steps remove roads through water (except bridges), resolve crossings that have no
 * junction (the less important road gives way) and keep the largest connected component.
 * Crossing search O(S · k) for S segments and k segments per 100 m index cell.
 */
final class RoadSketch {

    /** One road between two junctions; {@code shape} holds interior points as x0, y0, x1, y1, … */
    record Road(int from, int to, double[] shape, String highway, String name, boolean oneway, boolean bridge,
            String access) {
    }

    private static final Map<String, Integer> RANK = Map.of(
            "primary", 7, "secondary", 6, "tertiary", 5, "unclassified", 4, "residential", 3,
            "service", 2, "footway", 1);
    private static final double INDEX_CELL_METERS = 100;

    private double[] x = new double[4096];
    private double[] y = new double[4096];
    private int nodeCount;
    private List<Road> roads = new ArrayList<>();

    int node(double px, double py) {
        if (nodeCount == x.length) {
            x = Arrays.copyOf(x, 2 * nodeCount);
            y = Arrays.copyOf(y, 2 * nodeCount);
        }
        x[nodeCount] = px;
        y[nodeCount] = py;
        return nodeCount++;
    }

    void road(int from, int to, double[] shape, String highway, String name, boolean oneway, boolean bridge,
            String access) {
        if (from == to) return;
        if (!RANK.containsKey(highway)) throw new IllegalArgumentException("unknown highway class " + highway);
        roads.add(new Road(from, to, shape, highway, name, oneway, bridge, access));
    }

    /** A road of two straight halves whose middle is pushed sideways by {@code bendMeters}. */
    void bentRoad(int from, int to, double bendMeters, String highway, String name, boolean oneway) {
        double mx = (x[from] + x[to]) / 2;
        double my = (y[from] + y[to]) / 2;
        double dx = x[to] - x[from];
        double dy = y[to] - y[from];
        double len = StrictMath.hypot(dx, dy);
        double[] shape = len < 30 || bendMeters == 0 ? new double[0]
                : new double[] {mx - dy / len * bendMeters, my + dx / len * bendMeters};
        road(from, to, shape, highway, name, oneway, false, null);
    }

    int nodeCount() {
        return nodeCount;
    }

    double x(int node) {
        return x[node];
    }

    double y(int node) {
        return y[node];
    }

    List<Road> roads() {
        return roads;
    }

    /** The road's full polyline as x0, y0, x1, y1, … from its start node to its end node. */
    double[] polyline(Road r) {
        double[] p = new double[r.shape().length + 4];
        p[0] = x[r.from()];
        p[1] = y[r.from()];
        System.arraycopy(r.shape(), 0, p, 2, r.shape().length);
        p[p.length - 2] = x[r.to()];
        p[p.length - 1] = y[r.to()];
        return p;
    }

    static double length(double[] polyline) {
        double sum = 0;
        for (int i = 2; i < polyline.length; i += 2) {
            sum += StrictMath.hypot(polyline[i] - polyline[i - 2], polyline[i + 1] - polyline[i - 1]);
        }
        return sum;
    }

    /** True when the polyline runs over water (sampled every 5 m). */
    static boolean touchesWater(double[] polyline, River river) {
        for (int i = 2; i < polyline.length; i += 2) {
            double ax = polyline[i - 2];
            double ay = polyline[i - 1];
            double bx = polyline[i];
            double by = polyline[i + 1];
            int steps = 1 + (int) (StrictMath.hypot(bx - ax, by - ay) / 5);
            for (int s = 0; s <= steps; s++) {
                double t = (double) s / steps;
                if (river.isWater(ax + t * (bx - ax), ay + t * (by - ay), 0)) return true;
            }
        }
        return false;
    }

    /** Removes every road that runs over the water, except bridges. Returns how many were removed. */
    int removeWaterCrossings(River river) {
        int before = roads.size();
        roads.removeIf(r -> !r.bridge() && touchesWater(polyline(r), river));
        return before - roads.size();
    }

    /**
     * Where two roads cross without a junction, removes the less important one (lower highway
     * rank, then the one drawn later). Returns how many roads were removed.
     */
    int removeCrossings() {
        SegmentIndex index = new SegmentIndex();
        for (int r = 0; r < roads.size(); r++) index.add(r, polyline(roads.get(r)));
        BitSet removed = new BitSet();
        for (int r = 0; r < roads.size(); r++) {
            if (removed.get(r)) continue;
            double[] p = polyline(roads.get(r));
            for (int other : index.crossingRoads(p, r)) {
                if (removed.get(other) || removed.get(r)) continue;
                removed.set(loser(r, other));
            }
        }
        List<Road> kept = new ArrayList<>();
        for (int r = 0; r < roads.size(); r++) if (!removed.get(r)) kept.add(roads.get(r));
        roads = kept;
        return removed.cardinality();
    }

    private int loser(int a, int b) {
        int ra = RANK.get(roads.get(a).highway());
        int rb = RANK.get(roads.get(b).highway());
        if (ra != rb) return ra < rb ? a : b;
        return StrictMath.max(a, b);
    }

    /** True when the polyline would cross an existing road anywhere but at its own two end nodes. */
    boolean crossesExisting(double[] polyline) {
        SegmentIndex index = new SegmentIndex();
        double[] box = bounds(polyline, 50);
        for (int r = 0; r < roads.size(); r++) {
            double[] p = polyline(roads.get(r));
            if (overlaps(bounds(p, 0), box)) index.add(r, p);
        }
        return !index.crossingRoads(polyline, -1).isEmpty();
    }

    /**
     * Keeps only the roads of the largest connected component (by node count) and renumbers the
     * nodes in order of first use. Returns the number of roads removed.
     */
    int keepLargestComponent() {
        int[] parent = new int[nodeCount];
        for (int i = 0; i < nodeCount; i++) parent[i] = i;
        for (Road r : roads) union(parent, r.from(), r.to());
        int[] size = new int[nodeCount];
        BitSet used = new BitSet(nodeCount);
        for (Road r : roads) {
            used.set(r.from());
            used.set(r.to());
        }
        int best = -1;
        for (int n = used.nextSetBit(0); n >= 0; n = used.nextSetBit(n + 1)) {
            int root = find(parent, n);
            size[root]++;
            if (best < 0 || size[root] > size[best]) best = root;
        }
        int[] newId = new int[nodeCount];
        Arrays.fill(newId, -1);
        double[] nx = new double[StrictMath.max(16, nodeCount)];
        double[] ny = new double[nx.length];
        int count = 0;
        List<Road> kept = new ArrayList<>();
        for (Road r : roads) {
            if (find(parent, r.from()) != best) continue;
            for (int n : new int[] {r.from(), r.to()}) {
                if (newId[n] < 0) {
                    newId[n] = count;
                    nx[count] = x[n];
                    ny[count] = y[n];
                    count++;
                }
            }
            kept.add(new Road(newId[r.from()], newId[r.to()], r.shape(), r.highway(), r.name(), r.oneway(),
                    r.bridge(), r.access()));
        }
        int removed = roads.size() - kept.size();
        x = nx;
        y = ny;
        nodeCount = count;
        roads = kept;
        return removed;
    }

    private static int find(int[] parent, int a) {
        while (parent[a] != a) {
            parent[a] = parent[parent[a]];
            a = parent[a];
        }
        return a;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) parent[StrictMath.max(ra, rb)] = StrictMath.min(ra, rb);
    }

    private static double[] bounds(double[] p, double margin) {
        double[] b = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (int i = 0; i < p.length; i += 2) {
            b[0] = StrictMath.min(b[0], p[i]);
            b[1] = StrictMath.min(b[1], p[i + 1]);
            b[2] = StrictMath.max(b[2], p[i]);
            b[3] = StrictMath.max(b[3], p[i + 1]);
        }
        b[0] -= margin;
        b[1] -= margin;
        b[2] += margin;
        b[3] += margin;
        return b;
    }

    private static boolean overlaps(double[] a, double[] b) {
        return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
    }

    /** Road segments bucketed on a 100 m grid, for crossing queries. */
    private static final class SegmentIndex {
        private final HashMap<Long, List<double[]>> cells = new HashMap<>();

        void add(int road, double[] p) {
            for (int i = 2; i < p.length; i += 2) {
                double[] seg = {p[i - 2], p[i - 1], p[i], p[i + 1], road};
                forCells(seg, key -> cells.computeIfAbsent(key, k -> new ArrayList<>()).add(seg));
            }
        }

        /** Roads (other than {@code self}) with a segment crossing the polyline, in increasing order. */
        List<Integer> crossingRoads(double[] p, int self) {
            TreeSet<Integer> hits = new TreeSet<>();
            for (int i = 2; i < p.length; i += 2) {
                double[] seg = {p[i - 2], p[i - 1], p[i], p[i + 1], self};
                forCells(seg, key -> {
                    List<double[]> list = cells.get(key);
                    if (list == null) return;
                    for (double[] other : list) {
                        int road = (int) other[4];
                        if (road != self && !hits.contains(road) && Segments.cross(seg, other)) hits.add(road);
                    }
                });
            }
            return new ArrayList<>(hits);
        }

        private static void forCells(double[] seg, LongConsumer action) {
            int x0 = (int) StrictMath.floor(StrictMath.min(seg[0], seg[2]) / INDEX_CELL_METERS);
            int x1 = (int) StrictMath.floor(StrictMath.max(seg[0], seg[2]) / INDEX_CELL_METERS);
            int y0 = (int) StrictMath.floor(StrictMath.min(seg[1], seg[3]) / INDEX_CELL_METERS);
            int y1 = (int) StrictMath.floor(StrictMath.max(seg[1], seg[3]) / INDEX_CELL_METERS);
            for (int cx = x0; cx <= x1; cx++) {
                for (int cy = y0; cy <= y1; cy++) action.accept(((long) cx << 32) ^ (cy & 0xffffffffL));
            }
        }
    }
}
