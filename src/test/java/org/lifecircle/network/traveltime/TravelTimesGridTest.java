package org.lifecircle.network.traveltime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lifecircle.network.HandDrawnGrid;
import org.lifecircle.network.StreetNetwork;

/**
 * FEATURE UNDER TEST: travel times on a perfect street grid where the answer is the Manhattan
 * distance divided by the speed (r5's SimpsonDesertTests idea). The grid sits on the equator at
 * 0°E with 100 m blocks (degrees chosen with the WGS84 radii of curvature, so every edge measures
 * 100 m to a micrometre); at 3.6 km/h = 1 m/s, seconds equal metres.
 *
 * <pre>
 *   y=300  n15--n16--n17--n18--n19
 *           |    |    |    |    |
 *   y=200  n10--n11--n12--n13--n14
 *           |    |    |    |    |          C = (250, 140), 40 m north of edge n7-n8
 *   y=100  n5---n6---n7---n8---n9
 *           |    |  D |    |    |          D = (80, 10)  10 m north of edge n0-n1
 *   y=0    n0-A-n1---n2---n3---n4          A = (50, 0)   on edge n0-n1
 *                 B                        B = (150, -20) 20 m south of edge n1-n2
 *         x=0  100  200  300  400
 *
 *                     E = (200, -700): 700 m from the grid, beyond the 500 m snap limit
 * </pre>
 */
class TravelTimesGridTest {

    private static final double DLON = HandDrawnGrid.DLON;
    private static final double DLAT = HandDrawnGrid.DLAT;
    private static final double WALK_1_MPS = HandDrawnGrid.ONE_METRE_PER_SECOND_KMH;

    /** Points given in grid metres (x east, y north of 0°E 0°N). */
    private static Locations at(TravelTimeModel model, double... xy) {
        double[] lon = new double[xy.length / 2];
        double[] lat = new double[xy.length / 2];
        for (int i = 0; i < lon.length; i++) {
            lon[i] = xy[2 * i] / 100 * DLON;
            lat[i] = xy[2 * i + 1] / 100 * DLAT;
        }
        return model.locate(lon, lat);
    }

    private final NetworkTravelTimes model = new NetworkTravelTimes(HandDrawnGrid.build(), 500, 2);

    @Test
    void everyEdgeMeasuresOneHundredMetres() {
        StreetNetwork g = model.network();
        assertEquals(20, g.nodeCount());
        assertEquals(31, g.edgeCount());
        for (int e = 0; e < g.edgeCount(); e++) assertEquals(100.0, g.edgeLengthMeters(e), 1e-6);
    }

    @Test
    void nodeToNodeTimesAreManhattanDistances() {
        Locations from = at(model, 0, 0, 100, 100);
        Locations to = at(model, 400, 300, 300, 200, 0, 0);
        SparseTimes times = model.reachFromEach(from, to, WALK_1_MPS, Double.POSITIVE_INFINITY);
        assertEquals(3, times.reachedCount(0));
        assertEquals(700, times.seconds(0, 0), 1e-3);
        assertEquals(500, times.seconds(0, 1), 1e-3);
        assertEquals(0, times.seconds(0, 2), 1e-3);
        assertEquals(500, times.seconds(1, 0), 1e-3);
        assertEquals(300, times.seconds(1, 1), 1e-3);
        assertEquals(200, times.seconds(1, 2), 1e-3);
        assertTrue(times.networkBased());
    }

    @Test
    void midEdgeSnapGivesTheExactPartialEdgeTime() {
        Locations pts = at(model, 50, 0, 300, 0, 0, 0, 100, 0);
        assertEquals(50, pts.snapped().offsetMeters(0), 1e-6);
        assertEquals(0, pts.snapMeters(0), 1e-9);
        SparseTimes t = model.reachFromEach(at(model, 50, 0), pts, WALK_1_MPS, Double.POSITIVE_INFINITY);
        assertArrayEquals(new float[] {0, 250, 50, 50}, new float[] {t.seconds(0, 0), t.seconds(0, 1), t.seconds(0, 2), t.seconds(0, 3)}, 1e-3f);
    }

    @Test
    void connectorsAreWalkedAtTheSameSpeed() {
        Locations a = at(model, 50, 0);
        Locations b = at(model, 150, -20);
        assertEquals(20, b.snapMeters(0), 1e-3);
        assertEquals(120, model.nearest(a, b, WALK_1_MPS, Double.POSITIVE_INFINITY).seconds()[0], 1e-3);
        assertEquals(120 * 0.8, model.nearest(a, b, 4.5, Double.POSITIVE_INFINITY).seconds()[0], 1e-3);
        Locations c = at(model, 250, 140);
        assertEquals(40, c.snapMeters(0), 1e-3);
        assertEquals(390, model.nearest(at(model, 0, 0), c, WALK_1_MPS, Double.POSITIVE_INFINITY).seconds()[0], 1e-3);
    }

    @Test
    void pointsOnTheSameEdgeWalkDirectlyAlongIt() {
        Locations a = at(model, 50, 0);
        Locations d = at(model, 80, 10);
        assertEquals(10, d.snapMeters(0), 1e-3);
        assertEquals(40, model.nearest(a, d, WALK_1_MPS, Double.POSITIVE_INFINITY).seconds()[0], 1e-3);
        assertEquals(40, model.reachFromEach(d, a, WALK_1_MPS, 41).seconds(0, 0), 1e-3);
    }

    @Test
    void pointsBeyondTheMaximumSnapDistanceAreReportedOffNetwork() {
        Locations pts = at(model, 50, 0, 200, -700, 400, 300);
        assertArrayEquals(new int[] {1}, pts.offNetwork());
        assertFalse(pts.onNetwork(1));
        assertEquals(700, pts.snapMeters(1), 1e-3);
        NearestTimes asTargets = model.nearest(at(model, 0, 0), pts, WALK_1_MPS, Double.POSITIVE_INFINITY);
        assertEquals(Float.POSITIVE_INFINITY, asTargets.seconds()[1]);
        assertEquals(-1, asTargets.nearestSource()[1]);
        SparseTimes asSources = model.reachFromEach(pts, at(model, 0, 0), WALK_1_MPS, Double.POSITIVE_INFINITY);
        assertEquals(0, asSources.reachedCount(1));
        assertEquals(1, asSources.reachedCount(2));
    }

    @Test
    void timeLimitKeepsOnlyTargetsWithinIt() {
        Locations a = at(model, 50, 0);
        Locations targets = at(model, 300, 0, 400, 0, 400, 300, 100, 200);
        SparseTimes t = model.reachFromEach(a, targets, WALK_1_MPS, 350);
        assertEquals(4, t.targetCount());
        assertEquals(3, t.reachedCount(0));
        assertArrayEquals(new int[] {0, 1, 3}, new int[] {t.target(0, 0), t.target(0, 1), t.target(0, 2)});
        assertEquals(350, t.seconds(0, 1), 1e-3);
        NearestTimes n = model.nearest(a, targets, WALK_1_MPS, 349);
        assertEquals(Float.POSITIVE_INFINITY, n.seconds()[1]);
        assertEquals(250, n.seconds()[0], 1e-3);
    }

    @Test
    void multiSourceSearchNamesTheNearestSource() {
        Locations facilities = at(model, 0, 0, 400, 300);
        Locations cells = at(model, 200, 200, 100, 0, 250, 160);
        NearestTimes n = model.nearest(facilities, cells, WALK_1_MPS, Double.POSITIVE_INFINITY);
        assertArrayEquals(new int[] {1, 0, 1}, n.nearestSource());
        assertArrayEquals(new float[] {300, 100, 290}, n.seconds(), 1e-3f);
    }

    @Test
    void streamedPairsArriveInSourceOrderAndMatchTheMatrix() {
        double[] xy = new double[2 * 20];
        for (int i = 0; i < 20; i++) {
            xy[2 * i] = (i % 5) * 100;
            xy[2 * i + 1] = (i / 5) * 100;
        }
        Locations nodes = at(model, xy);
        List<Integer> order = new ArrayList<>();
        model.forEachSource(nodes, nodes, WALK_1_MPS, 250, (source, count, targets, seconds) -> {
            order.add(source);
            for (int k = 0; k < count; k++) {
                int s = source, t = targets[k];
                double manhattan = 100 * (Math.abs(s % 5 - t % 5) + Math.abs(s / 5 - t / 5));
                assertEquals(manhattan, seconds[k], 1e-3, "from n" + s + " to n" + t);
                assertTrue(manhattan <= 250);
            }
            int expectedCount = 0;
            for (int t = 0; t < 20; t++) {
                if (100 * (Math.abs(source % 5 - t % 5) + Math.abs(source / 5 - t / 5)) <= 250) expectedCount++;
            }
            assertEquals(expectedCount, count, "targets of n" + source);
        });
        for (int i = 0; i < 20; i++) assertEquals(i, order.get(i));
    }

    @Test
    void straightLineFallbackUsesEllipsoidalDistanceAndSaysSo() {
        StraightLineTravelTimes straight = new StraightLineTravelTimes(2);
        Locations a = at(straight, 50, 0);
        Locations targets = at(straight, 300, 0, 150, -20, 200, -700);
        NearestTimes n = straight.nearest(a, targets, WALK_1_MPS, Double.POSITIVE_INFINITY);
        assertFalse(n.networkBased());
        assertEquals(250, n.seconds()[0], 1e-3);
        assertEquals(Math.hypot(100, 20), n.seconds()[1], 1e-3);
        assertEquals(Math.hypot(150, 700), n.seconds()[2], 0.01);
        SparseTimes within = straight.reachFromEach(a, targets, WALK_1_MPS, 260);
        assertFalse(within.networkBased());
        assertEquals(2, within.reachedCount(0));
        assertEquals(0, within.target(0, 0));
        assertEquals(1, within.target(0, 1));
    }
}
