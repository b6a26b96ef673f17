package org.lifecircle.network.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.lifecircle.network.HandDrawnGrid;
import org.lifecircle.network.NetworkBuilder;
import org.lifecircle.network.StreetNetwork;

/**
 * FEATURE UNDER TEST: edge costs, worked by hand at 3.6 km/h = 1 m/s: three nodes 100 m apart
 * on the equator, per-edge speed on one edge and walking allowed one way on the other.
 *
 * <pre>
 *   n0 ==== n1 ---- n2        n0-n1 carries speed 7.2 km/h (2 m/s); n1-n2 none;
 *   0 m    100 m   200 m      n1-n2 may only be walked from n2 to n1
 * </pre>
 */
class EdgeCostsTest {

    private static StreetNetwork line() {
        NetworkBuilder b = new NetworkBuilder("line");
        for (int i = 0; i < 3; i++) b.addNode(HandDrawnGrid.lon(100 * i), 0);
        b.addEdge(0, 1, new double[0], StreetNetwork.WALK_FORWARD | StreetNetwork.WALK_BACKWARD, 7.2);
        b.addEdge(2, 1, new double[0], StreetNetwork.WALK_FORWARD, Double.NaN);
        return b.build();
    }

    private static int nodeAt(StreetNetwork net, double xMeters) {
        for (int v = 0; v < net.nodeCount(); v++) if (Math.abs(net.nodeLon(v) - HandDrawnGrid.lon(xMeters)) < 1e-12) return v;
        throw new AssertionError("no node at " + xMeters);
    }

    private static float seconds(StreetNetwork net, EdgeCosts costs, double fromX, double toX) {
        NetworkSearch search = new NetworkSearch(net);
        search.start(costs, Double.POSITIVE_INFINITY);
        search.addSourceAtNode(nodeAt(net, fromX), 0, 0);
        search.run();
        return search.seconds(nodeAt(net, toX));
    }

    @Test
    void walkingUsesOneSpeedAndHonoursAccessDirections() {
        StreetNetwork net = line();
        EdgeCosts walking = EdgeCosts.walking(net, 3.6);
        assertEquals(100, seconds(net, walking, 0, 100), 1e-3);
        assertEquals(200, seconds(net, walking, 200, 0), 1e-3);
        assertEquals(Float.POSITIVE_INFINITY, seconds(net, walking, 0, 200));
    }

    @Test
    void edgeSpeedsReplaceTheWalkingSpeedWhereGiven() {
        StreetNetwork net = line();
        EdgeCosts perEdge = EdgeCosts.edgeSpeeds(net, 3.6);
        assertEquals(50, seconds(net, perEdge, 0, 100), 1e-3);
        assertEquals(150, seconds(net, perEdge, 200, 0), 1e-3);
        assertEquals(7.2, net.edgeSpeedKmh(net.slotEdge(net.firstSlot(nodeAt(net, 0)))), 1e-6);
        assertEquals(25, perEdge.partialSeconds(net.slotEdge(net.firstSlot(nodeAt(net, 0))), true, 50), 1e-5);
    }
}
