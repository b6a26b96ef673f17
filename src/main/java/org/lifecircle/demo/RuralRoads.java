package org.lifecircle.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Draws the villages and the rural roads: each village gets a small net of lanes, then (nearest
 * to town first) a winding road to the nearest reachable node on its own bank, split every
 * ~600 m so later roads can branch off; some villages get a second road to a neighbour; one
 * rural bridge joins the two banks far from town. Candidate roads that would cross the water or
 * another road are rejected and the next candidate is tried. O(villages · candidates · roads).
 */
final class RuralRoads {

    static final String RURAL_BRIDGE_NAME = "溪口桥";
    private static final int CANDIDATES = 40;
    private static final double PIECE_METERS = 600;

    private final River river;
    private final Random rnd;
    private final RoadSketch sketch;
    private final VillageSites villages;
    private final int[][] villageNodes;
    private int roadNumber = 101;
    private int ruralRoads;

    RuralRoads(River river, Random rnd, RoadSketch sketch, VillageSites villages) {
        this.river = river;
        this.rnd = rnd;
        this.sketch = sketch;
        this.villages = villages;
        this.villageNodes = new int[villages.sites().size()][];
    }

    void build() {
        List<VillageSites.Site> order = new ArrayList<>(villages.sites());
        order.sort(Comparator.comparingDouble(s -> outsideTown(s.x(), s.y())));
        for (VillageSites.Site s : order) villageNodes[s.index()] = lanes(s);
        boolean[] linked = new boolean[villageNodes.length];
        for (VillageSites.Site s : order) {
            if (!connect(s, villageNodes[s.index()], linked, false)) {
                throw new IllegalStateException("no road found for village " + s.name());
            }
            linked[s.index()] = true;
        }
        for (VillageSites.Site s : order) {
            if (rnd.nextDouble() < 0.35) connect(s, villageNodes[s.index()], linked, true);
        }
        ruralBridge();
    }

    private static double outsideTown(double x, double y) {
        double dx = StrictMath.max(0, StrictMath.max(TownLayout.X_MIN - x, x - TownLayout.X_MAX));
        double dy = StrictMath.max(0, StrictMath.max(TownLayout.Y_MIN - y, y - TownLayout.Y_MAX));
        return StrictMath.hypot(dx, dy);
    }

    /** A connected 3 × 3 net of lanes about 90 m apart, turned at random; the middle street is named. */
    private int[] lanes(VillageSites.Site s) {
        double theta = rnd.nextDouble() * StrictMath.PI;
        double c = StrictMath.cos(theta);
        double sn = StrictMath.sin(theta);
        int[] nodes = new int[9];
        for (int a = 0; a < 3; a++) {
            for (int b = 0; b < 3; b++) {
                double u = (a - 1) * 90 + (rnd.nextDouble() * 2 - 1) * 15;
                double v = (b - 1) * 90 + (rnd.nextDouble() * 2 - 1) * 15;
                nodes[a * 3 + b] = sketch.node(s.x() + u * c - v * sn, s.y() + u * sn + v * c);
            }
        }
        // The main street (b = 1) and the lanes across it (a fixed) always exist, so the net is connected.
        String main = s.name() + "中街";
        for (int a = 0; a < 3; a++) {
            for (int b = 0; b < 3; b++) {
                if (a < 2 && (b == 1 || rnd.nextDouble() < 0.6)) {
                    sketch.bentRoad(nodes[a * 3 + b], nodes[(a + 1) * 3 + b], (rnd.nextDouble() * 2 - 1) * 8,
                            "residential", b == 1 ? main : null, false);
                }
                if (b < 2) {
                    sketch.bentRoad(nodes[a * 3 + b], nodes[a * 3 + b + 1], (rnd.nextDouble() * 2 - 1) * 8,
                            "residential", null, false);
                }
            }
        }
        return nodes;
    }

    /**
     * Connects a village to the nearest node on its bank: the town or an earlier rural road when
     * {@code toNeighbour} is false, another village's lanes when true.
     */
    private boolean connect(VillageSites.Site s, int[] own, boolean[] linked, boolean toNeighbour) {
        int bank = river.bank(s.x(), s.y());
        boolean[] isOwn = new boolean[sketch.nodeCount()];
        for (int n : own) isOwn[n] = true;
        List<int[]> candidates = new ArrayList<>();
        if (toNeighbour) {
            for (VillageSites.Site o : villages.sites()) {
                if (o.index() == s.index() || !linked[o.index()] || river.bank(o.x(), o.y()) != bank) continue;
                if (StrictMath.hypot(o.x() - s.x(), o.y() - s.y()) > 4500) continue;
                for (int n : villageNodes[o.index()]) candidates.add(new int[] {n});
            }
        } else {
            boolean[] villageNode = new boolean[sketch.nodeCount()];
            for (int v = 0; v < villageNodes.length; v++) {
                if (villageNodes[v] != null && !linked[v]) for (int n : villageNodes[v]) villageNode[n] = true;
            }
            boolean[] used = usedNodes();
            for (int n = 0; n < sketch.nodeCount(); n++) {
                if (!used[n] || isOwn[n] || villageNode[n]) continue;
                if (river.bank(sketch.x(n), sketch.y(n)) != bank) continue;
                candidates.add(new int[] {n});
            }
        }
        candidates.sort(Comparator.comparingDouble((int[] c) -> nearestOwnDistance(own, c[0]))
                .thenComparingInt(c -> c[0]));
        for (int k = 0; k < StrictMath.min(CANDIDATES, candidates.size()); k++) {
            int target = candidates.get(k)[0];
            int start = nearestOwn(own, target);
            if (tryRoad(start, target, toNeighbour ? "village" : "link")) return true;
        }
        return false;
    }

    private boolean[] usedNodes() {
        boolean[] used = new boolean[sketch.nodeCount()];
        for (RoadSketch.Road r : sketch.roads()) {
            used[r.from()] = true;
            used[r.to()] = true;
        }
        return used;
    }

    private double nearestOwnDistance(int[] own, int node) {
        return StrictMath.hypot(sketch.x(nearestOwn(own, node)) - sketch.x(node),
                sketch.y(nearestOwn(own, node)) - sketch.y(node));
    }

    private int nearestOwn(int[] own, int node) {
        int best = own[0];
        double bestD = Double.MAX_VALUE;
        for (int n : own) {
            double d = StrictMath.hypot(sketch.x(n) - sketch.x(node), sketch.y(n) - sketch.y(node));
            if (d < bestD) {
                bestD = d;
                best = n;
            }
        }
        return best;
    }

    /** A winding road from node a to node b, split into ~600 m pieces; false if it would cross water or a road. */
    private boolean tryRoad(int a, int b, String kind) {
        double ax = sketch.x(a);
        double ay = sketch.y(a);
        double bx = sketch.x(b);
        double by = sketch.y(b);
        double len = StrictMath.hypot(bx - ax, by - ay);
        if (len < 1) return false;
        int n = StrictMath.max(2, (int) (len / 100));
        double amplitude = StrictMath.min(140, 0.07 * len) * (0.5 + 0.5 * rnd.nextDouble());
        double waves = 1 + rnd.nextInt(3);
        double phase = rnd.nextDouble() * 2 * StrictMath.PI;
        double nx = -(by - ay) / len;
        double ny = (bx - ax) / len;
        double[] line = new double[2 * (n + 1)];
        for (int k = 0; k <= n; k++) {
            double t = (double) k / n;
            double off = k == 0 || k == n ? 0
                    : amplitude * StrictMath.sin(StrictMath.PI * t) * StrictMath.sin(2 * StrictMath.PI * waves * t + phase);
            line[2 * k] = k == n ? bx : ax + t * (bx - ax) + off * nx;
            line[2 * k + 1] = k == n ? by : ay + t * (by - ay) + off * ny;
        }
        if (RoadSketch.touchesWater(line, river) || sketch.crossesExisting(line)) return false;
        addPieces(a, b, line, kind);
        return true;
    }

    private void addPieces(int a, int b, double[] line, String kind) {
        int points = line.length / 2;
        double total = RoadSketch.length(line);
        int pieces = StrictMath.max(1, (int) StrictMath.round(total / PIECE_METERS));
        String highway = kind.equals("link") && ruralRoads % 3 == 0 ? "tertiary" : "unclassified";
        String name = highway.equals("tertiary") ? "县道X" + String.format("%03d", roadNumber - 60)
                : "乡道Y" + roadNumber;
        roadNumber++;
        ruralRoads++;
        int prevNode = a;
        int prevIndex = 0;
        for (int p = 1; p <= pieces; p++) {
            int endIndex = p == pieces ? points - 1 : (int) StrictMath.round((double) p * (points - 1) / pieces);
            if (endIndex <= prevIndex) continue;
            int endNode = p == pieces ? b : sketch.node(line[2 * endIndex], line[2 * endIndex + 1]);
            double[] shape = Arrays.copyOfRange(line, 2 * prevIndex + 2, 2 * endIndex);
            sketch.road(prevNode, endNode, shape, highway, name, false, false, null);
            prevNode = endNode;
            prevIndex = endIndex;
        }
    }

    /** One bridge over the river far from town, tied into the rural roads on both banks. */
    private void ruralBridge() {
        double[] xs = rnd.nextBoolean() ? new double[] {6500, -6500, 7500, -7500} : new double[] {-6500, 6500, -7500, 7500};
        for (double x : xs) {
            double yr = river.centerY(x);
            int north = sketch.node(x, yr + River.HALF_WIDTH_METERS + 25);
            int south = sketch.node(x, yr - River.HALF_WIDTH_METERS - 25);
            if (!joinNearest(north, 1) || !joinNearest(south, -1)) continue;
            sketch.road(south, north, new double[0], "unclassified", RURAL_BRIDGE_NAME, false, true, null);
            return;
        }
        throw new IllegalStateException("no place found for the rural bridge");
    }

    private boolean joinNearest(int node, int bank) {
        boolean[] used = usedNodes();
        List<Integer> candidates = new ArrayList<>();
        for (int n = 0; n < sketch.nodeCount(); n++) {
            if (used[n] && n != node && river.bank(sketch.x(n), sketch.y(n)) == bank) candidates.add(n);
        }
        candidates.sort(Comparator.comparingDouble((Integer c) -> StrictMath.hypot(sketch.x(c) - sketch.x(node),
                sketch.y(c) - sketch.y(node))).thenComparingInt(c -> c));
        for (int k = 0; k < StrictMath.min(CANDIDATES, candidates.size()); k++) {
            if (tryRoad(node, candidates.get(k), "link")) return true;
        }
        return false;
    }
}
