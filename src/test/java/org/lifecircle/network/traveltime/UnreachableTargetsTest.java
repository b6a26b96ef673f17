package org.lifecircle.network.traveltime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.lifecircle.network.NetworkBuilder;
import org.lifecircle.network.StreetNetwork;

/**
 * FEATURE UNDER TEST: without a time limit, a target that no path reaches is not reported as
 * reached (it used to come back with +Inf seconds when it sat on an edge next to a reached node
 * but could only be entered against the edge's access).
 *
 * <pre>
 *   n0 ──(walk n0→n1 only)──▶ n1 ──── n2
 *          t (mid-edge)               s
 * </pre>
 * From s at n2 the search reaches n1, but t can only be walked to from n0, which nothing reaches.
 */
class UnreachableTargetsTest {

    @Test
    void unreachableTargetIsNotReportedWithoutALimit() {
        NetworkBuilder b = new NetworkBuilder("one-way test");
        int n0 = b.addNode(117.900, 30.000);
        int n1 = b.addNode(117.901, 30.000);
        int n2 = b.addNode(117.902, 30.000);
        b.addEdge(n0, n1, new double[0], StreetNetwork.WALK_FORWARD, Double.NaN);
        b.addEdge(n1, n2, new double[0], StreetNetwork.WALK_FORWARD | StreetNetwork.WALK_BACKWARD, Double.NaN);
        NetworkTravelTimes model = new NetworkTravelTimes(b.build(), 50, 1, 1);

        Locations source = model.locate(new double[] {117.902}, new double[] {30.000});
        Locations targets = model.locate(new double[] {117.9005, 117.9015}, new double[] {30.000, 30.000});
        SparseTimes times = model.reachFromEach(source, targets, 4.5, Double.POSITIVE_INFINITY);

        assertEquals(1, times.reachedCount(0), "only the target between n1 and n2 is reachable");
        assertEquals(1, times.target(0, 0));
        assertTrue(Float.isFinite(times.seconds(0, 0)));
    }
}
