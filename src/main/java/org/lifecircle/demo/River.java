package org.lifecircle.demo;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * The river 清溪河 that crosses the demo town west to east: a meandering centre line
 * {@code y(x)} (metres in the local frame) and a water surface of constant width. Fixed for every
 * seed, so the description in PROVENANCE.md holds for all of them. O(1) per query.
 */
final class River {

    static final String NAME = "清溪河";
    static final double WIDTH_METERS = 90;
    static final double HALF_WIDTH_METERS = WIDTH_METERS / 2;

    double centerY(double x) {
        return -250 + 220 * StrictMath.sin((x + 600) / 1500) + 70 * StrictMath.sin(x / 520 + 1.0);
    }

    /** True when the point is on the water surface or within {@code marginMeters} of its banks. */
    boolean isWater(double x, double y, double marginMeters) {
        return StrictMath.abs(y - centerY(x)) < HALF_WIDTH_METERS + marginMeters;
    }

    /** +1 on the north bank, -1 on the south bank. */
    int bank(double x, double y) {
        return y >= centerY(x) ? 1 : -1;
    }

    LineString centerLine(GeometryFactory gf, double xMin, double xMax, double stepMeters) {
        int n = (int) StrictMath.ceil((xMax - xMin) / stepMeters);
        Coordinate[] c = new Coordinate[n + 1];
        for (int i = 0; i <= n; i++) {
            double x = i == n ? xMax : xMin + i * stepMeters;
            c[i] = new Coordinate(x, centerY(x));
        }
        return gf.createLineString(c);
    }

    Polygon water(GeometryFactory gf, double xMin, double xMax, double stepMeters) {
        int n = (int) StrictMath.ceil((xMax - xMin) / stepMeters);
        Coordinate[] ring = new Coordinate[2 * (n + 1) + 1];
        for (int i = 0; i <= n; i++) {
            double x = i == n ? xMax : xMin + i * stepMeters;
            ring[i] = new Coordinate(x, centerY(x) - HALF_WIDTH_METERS);
            ring[2 * (n + 1) - 1 - i] = new Coordinate(x, centerY(x) + HALF_WIDTH_METERS);
        }
        ring[ring.length - 1] = ring[0];
        return gf.createPolygon(ring);
    }
}
