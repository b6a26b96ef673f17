package org.lifecircle.demo;

/**
 * Segment geometry for the road sketch: do two segments meet anywhere other than at a shared
 * endpoint? Exact orientation signs on doubles are enough here because the generator's
 * coordinates are never adversarial. O(1).
 */
final class Segments {

    private Segments() {
    }

    /** Segments as {ax, ay, bx, by, …}; true when they intersect and do not merely share an endpoint. */
    static boolean cross(double[] s, double[] t) {
        boolean shared = same(s[0], s[1], t[0], t[1]) || same(s[0], s[1], t[2], t[3])
                || same(s[2], s[3], t[0], t[1]) || same(s[2], s[3], t[2], t[3]);
        double d1 = orient(t[0], t[1], t[2], t[3], s[0], s[1]);
        double d2 = orient(t[0], t[1], t[2], t[3], s[2], s[3]);
        double d3 = orient(s[0], s[1], s[2], s[3], t[0], t[1]);
        double d4 = orient(s[0], s[1], s[2], s[3], t[2], t[3]);
        if (shared) {
            // Two segments from one junction only conflict when they overlap along a line.
            return d1 == 0 && d2 == 0 && overlapBeyondPoint(s, t);
        }
        if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) return true;
        return (d1 == 0 && onSegment(t, s[0], s[1])) || (d2 == 0 && onSegment(t, s[2], s[3]))
                || (d3 == 0 && onSegment(s, t[0], t[1])) || (d4 == 0 && onSegment(s, t[2], t[3]));
    }

    /** Smallest distance from a point to a segment. */
    static double distance(double px, double py, double ax, double ay, double bx, double by) {
        double dx = bx - ax;
        double dy = by - ay;
        double len2 = dx * dx + dy * dy;
        double t = len2 == 0 ? 0 : ((px - ax) * dx + (py - ay) * dy) / len2;
        t = StrictMath.max(0, StrictMath.min(1, t));
        return StrictMath.hypot(px - (ax + t * dx), py - (ay + t * dy));
    }

    private static boolean same(double ax, double ay, double bx, double by) {
        return ax == bx && ay == by;
    }

    private static double orient(double ax, double ay, double bx, double by, double cx, double cy) {
        return (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
    }

    private static boolean onSegment(double[] s, double px, double py) {
        return px >= StrictMath.min(s[0], s[2]) && px <= StrictMath.max(s[0], s[2])
                && py >= StrictMath.min(s[1], s[3]) && py <= StrictMath.max(s[1], s[3]);
    }

    private static boolean overlapBeyondPoint(double[] s, double[] t) {
        double dx = s[2] - s[0];
        double dy = s[3] - s[1];
        double len2 = dx * dx + dy * dy;
        double t0 = ((t[0] - s[0]) * dx + (t[1] - s[1]) * dy) / len2;
        double t1 = ((t[2] - s[0]) * dx + (t[3] - s[1]) * dy) / len2;
        double lo = StrictMath.max(0, StrictMath.min(t0, t1));
        double hi = StrictMath.min(1, StrictMath.max(t0, t1));
        return hi - lo > 1e-9;
    }
}
