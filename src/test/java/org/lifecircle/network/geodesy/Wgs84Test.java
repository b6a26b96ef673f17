package org.lifecircle.network.geodesy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.lifecircle.network.Vincenty;

/**
 * FEATURE UNDER TEST: ellipsoidal distances and local degree lengths, against published values
 * and the independent Vincenty inverse of the tests ({@link Vincenty}).
 */
class Wgs84Test {

    @Test
    void distanceMatchesVincentyOnStreetAndCityScales() {
        long seed = 20240601L;
        Random rnd = new Random(seed);
        for (int i = 0; i < 2000; i++) {
            double lon = -180 + 360 * rnd.nextDouble();
            double lat = -80 + 160 * rnd.nextDouble();
            double span = i % 2 == 0 ? 0.001 : 0.5;
            double lon2 = lon + span * (rnd.nextDouble() - 0.5);
            double lat2 = lat + span * (rnd.nextDouble() - 0.5);
            double want = Vincenty.meters(lon, lat, lon2, lat2);
            assertEquals(want, Wgs84.distanceMeters(lon, lat, lon2, lat2), 1e-6 + 1e-6 * want, "seed " + seed + " pair " + i);
        }
    }

    @Test
    void shortDistancesInTheTangentPlaneAreWithinTwoMillionthsOfTheGeodesic() {
        long seed = 7;
        Random rnd = new Random(seed);
        for (int i = 0; i < 2000; i++) {
            double lon = -180 + 360 * rnd.nextDouble();
            double lat = -70 + 140 * rnd.nextDouble();
            double meters = 5000 * rnd.nextDouble();
            double angle = 2 * Math.PI * rnd.nextDouble();
            double lon2 = lon + meters * Math.cos(angle) / Wgs84.metersPerDegreeLon(lat);
            double lat2 = lat + meters * Math.sin(angle) / Wgs84.metersPerDegreeLat(lat);
            double want = Vincenty.meters(lon, lat, lon2, lat2);
            assertEquals(want, Wgs84.shortDistanceMeters(lon, lat, lon2, lat2), 1e-6 + 2e-6 * want, "seed " + seed + " pair " + i);
        }
    }

    @Test
    void publishedGeodesicAndDegreeLengths() {
        // GeographicLib documentation example: JFK (40.6N 73.8W) to LHR (51.6N 0.5W) = 5,551,759.400 m.
        assertEquals(5_551_759.400, Wgs84.distanceMeters(-73.8, 40.6, -0.5, 51.6), 1e-3);
        // Lengths of a degree on WGS84 (e.g. the table in "Latitude", Wikipedia; NGA):
        assertEquals(110_574.3, Wgs84.metersPerDegreeLat(0), 0.1);
        assertEquals(111_132.0, Wgs84.metersPerDegreeLat(45), 1.0);
        assertEquals(111_694.0, Wgs84.metersPerDegreeLat(90), 1.0);
        assertEquals(111_319.5, Wgs84.metersPerDegreeLon(0), 0.1);
        assertEquals(78_847.0, Wgs84.metersPerDegreeLon(45), 1.0);
    }

    @Test
    void localPlaneRoundTripsAndMeasuresShortDistances() {
        LocalPlane plane = new LocalPlane(114.05, 22.54);
        double lon = 114.058, lat = 22.547;
        assertEquals(lon, plane.lon(plane.x(lon)), 1e-12);
        assertEquals(lat, plane.lat(plane.y(lat)), 1e-12);
        double planeMeters = Math.hypot(plane.x(lon), plane.y(lat));
        double geodesic = Wgs84.distanceMeters(114.05, 22.54, lon, lat);
        assertEquals(geodesic, planeMeters, geodesic * 5e-4);
    }
}
