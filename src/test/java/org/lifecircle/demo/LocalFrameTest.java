package org.lifecircle.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.geotools.referencing.GeodeticCalculator;
import org.junit.jupiter.api.Test;

/**
 * FEATURE UNDER TEST: the demo's local metre frame keeps its promise of &lt; 0.1 % distance error
 * over the ±10 km study area, against GeoTools' ellipsoidal GeodeticCalculator (WGS84).
 */
class LocalFrameTest {

    @Test
    void distancesMatchTheEllipsoidWithinATenthOfAPercent() {
        LocalFrame f = new LocalFrame(117.9, 30.0);
        GeodeticCalculator calc = new GeodeticCalculator();
        double[][] pairs = {
            {0, 0, 5000, 0}, {0, 0, 0, 5000}, {-3000, -2400, 3000, 2400}, {-9000, -8000, 9000, 8000},
            {-9000, 8000, -4000, 8000}, {2000, -8500, 2000, 8500}};
        for (double[] p : pairs) {
            calc.setStartingGeographicPoint(f.lon(p[0]), f.lat(p[1]));
            calc.setDestinationGeographicPoint(f.lon(p[2]), f.lat(p[3]));
            double ellipsoid = calc.getOrthodromicDistance();
            double local = Math.hypot(p[2] - p[0], p[3] - p[1]);
            assertEquals(ellipsoid, local, ellipsoid * 1e-3, "pair " + Arrays.toString(p));
        }
    }

    @Test
    void roundTrip() {
        LocalFrame f = new LocalFrame(117.9, 30.0);
        assertEquals(117.9, f.lon(0), 0);
        assertEquals(30.0, f.lat(0), 0);
        assertEquals(1234.5, f.x(f.lon(1234.5)), 1e-6);
        assertEquals(-876.5, f.y(f.lat(-876.5)), 1e-6);
    }
}
