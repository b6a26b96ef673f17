package org.lifecircle.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;

/**
 * FEATURE UNDER TEST: the generator's segment test "do two roads meet other than at a shared
 * endpoint?" — hand-drawn cases, then random segments against JTS (intersects, minus shared ends).
 */
class SegmentsTest {

    private static double[] s(double ax, double ay, double bx, double by) {
        return new double[] {ax, ay, bx, by, 0};
    }

    @Test
    void handDrawnCases() {
        //   (0,2)   (2,2)
        //       \ /
        //        X        proper crossing
        //       / \
        //   (0,0)   (2,0)
        assertTrue(Segments.cross(s(0, 0, 2, 2), s(0, 2, 2, 0)));
        // T without a junction: (1,0)-(1,1) ends on the middle of (0,1)-(2,1)
        assertTrue(Segments.cross(s(1, 0, 1, 1), s(0, 1, 2, 1)));
        // shared endpoint only: a corner
        assertFalse(Segments.cross(s(0, 0, 1, 0), s(1, 0, 1, 1)));
        // shared endpoint and overlapping along the same line
        assertTrue(Segments.cross(s(0, 0, 2, 0), s(0, 0, 1, 0)));
        // shared endpoint, collinear, pointing away from each other
        assertFalse(Segments.cross(s(0, 0, 1, 0), s(0, 0, -1, 0)));
        // parallel, apart
        assertFalse(Segments.cross(s(0, 0, 1, 0), s(0, 1, 1, 1)));
        // collinear, disjoint
        assertFalse(Segments.cross(s(0, 0, 1, 0), s(2, 0, 3, 0)));
        assertEquals(5.0, Segments.distance(3, 4, 0, 0, 0, 0), 1e-12);
        assertEquals(2.0, Segments.distance(1, 2, 0, 0, 4, 0), 1e-12);
        assertEquals(Math.hypot(1, 2), Segments.distance(5, 2, 0, 0, 4, 0), 1e-12);
    }

    @Test
    void agreesWithJtsOnRandomSegments() {
        long seed = 20240915L;
        Random rnd = new Random(seed);
        GeometryFactory gf = new GeometryFactory();
        int crossings = 0;
        for (int i = 0; i < 5_000; i++) {
            double[] a = s(rnd.nextInt(20), rnd.nextInt(20), rnd.nextInt(20), rnd.nextInt(20));
            double[] b = s(rnd.nextInt(20), rnd.nextInt(20), rnd.nextInt(20), rnd.nextInt(20));
            if ((a[0] == a[2] && a[1] == a[3]) || (b[0] == b[2] && b[1] == b[3])) continue;
            LineString la = gf.createLineString(new Coordinate[] {new Coordinate(a[0], a[1]), new Coordinate(a[2], a[3])});
            LineString lb = gf.createLineString(new Coordinate[] {new Coordinate(b[0], b[1]), new Coordinate(b[2], b[3])});
            boolean expected = la.intersects(lb);
            if (expected && la.intersection(lb).getDimension() == 0) {
                boolean onlySharedEnds = true;
                for (Coordinate c : la.intersection(lb).getCoordinates()) {
                    boolean endOfA = c.equals2D(la.getCoordinateN(0)) || c.equals2D(la.getCoordinateN(1));
                    boolean endOfB = c.equals2D(lb.getCoordinateN(0)) || c.equals2D(lb.getCoordinateN(1));
                    onlySharedEnds &= endOfA && endOfB;
                }
                expected = !onlySharedEnds;
            }
            if (expected) crossings++;
            assertEquals(expected, Segments.cross(a, b), "seed " + seed + ", case " + i + ": "
                    + la + " vs " + lb);
        }
        assertTrue(crossings > 250, "enough crossing cases: " + crossings);
    }
}
