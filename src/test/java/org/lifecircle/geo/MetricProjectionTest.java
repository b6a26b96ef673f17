package org.lifecircle.geo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.geotools.referencing.GeodeticCalculator;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;

/**
 * FEATURE UNDER TEST: {@link MetricProjection} — zone choice (CGCS2000 3° Gauss-Krüger in China,
 * UTM elsewhere), projected coordinates against the meridian-arc reference, round trips, and
 * metric distances against GeoTools' ellipsoidal (geodesic) distance.
 */
class MetricProjectionTest {

    private static final long SEED = 20240611L;

    @Test
    void zoneChoiceForTheCitiesOfTheBrief() {
        assertZone(116.4, 39.9, 4548, "CGCS2000 / 3-degree Gauss-Kruger CM 117E");    // Beijing
        assertZone(121.9, 31.2, 4550, "CGCS2000 / 3-degree Gauss-Kruger CM 123E");    // Shanghai (Pudong)
        assertZone(114.05, 22.54, 4547, "CGCS2000 / 3-degree Gauss-Kruger CM 114E");  // Shenzhen Futian
        assertZone(114.3, 30.6, 4547, "CGCS2000 / 3-degree Gauss-Kruger CM 114E");    // Wuhan
        assertZone(1.5, 42.5, 32631, "WGS 84 / UTM zone 31N");                        // Andorra
        assertZone(9.5, 47.1, 32632, "WGS 84 / UTM zone 32N");                        // Liechtenstein
        assertZone(-122.45, 37.76, 32610, "WGS 84 / UTM zone 10N");                   // San Francisco
        assertZone(151.2, -33.9, 32756, "WGS 84 / UTM zone 56S");                     // Sydney
        assertZone(5.3, 60.4, 32632, "WGS 84 / UTM zone 32N");                        // Bergen: Norway exception
        assertZone(15.6, 78.2, 32633, "WGS 84 / UTM zone 33N");                       // Longyearbyen: Svalbard
    }

    private static void assertZone(double lon, double lat, int epsg, String name) {
        MetricProjection p = MetricProjection.forPoint(lon, lat);
        assertEquals(epsg, p.epsg(), "zone for " + lon + ", " + lat);
        assertEquals("EPSG:" + epsg + " (" + name + ")", p.name());
    }

    /** GeoTools' EPSG database names: EPSG:4534 + i is CM 75 + 3i °E, for all 21 zones; our choice agrees. */
    @Test
    void allTwentyOneGaussKrugerCodesMatchTheirCentralMeridian() {
        for (int i = 0; i <= 20; i++) {
            int code = 4534 + i;
            int cm = 75 + 3 * i;
            assertEquals("CGCS2000 / 3-degree Gauss-Kruger CM " + cm + "E", Crs.epsg(code).getName().getCode());
            double lat = 30;
            if (cm >= 75 && ChinaOffsets.isInChina(cm, lat)) assertEquals(code, MetricProjection.chooseEpsg(cm, lat));
            double[] xy = MetricProjection.ofEpsg(code).toMetric(cm, lat);
            assertEquals(500_000.0, xy[0], 1e-6, "no zone prefix in the easting of EPSG:" + code);
        }
    }

    @Test
    void theChosenZoneContainsTheData() {
        Random random = new Random(SEED);
        for (int i = 0; i < 2000; i++) {
            double lon = 73.7 + random.nextDouble() * (135.0 - 73.7);
            double lat = 18 + random.nextDouble() * 35;
            int code = MetricProjection.chooseEpsg(lon, lat);
            int cm = 75 + 3 * (code - 4534);
            assertTrue(Math.abs(lon - cm) <= 1.5 + 1e-12, "seed " + SEED + ": " + lon + " is outside CM " + cm);
        }
        Random r2 = new Random(SEED + 1);
        for (int i = 0; i < 2000; i++) {
            double lon = -180 + r2.nextDouble() * 72;  // the Americas: never China
            double lat = -79 + r2.nextDouble() * 150;
            int code = MetricProjection.chooseEpsg(lon, lat);
            int zone = code % 100;
            double cm = -183 + 6 * zone;
            assertTrue(Math.abs(lon - cm) <= 3 + 1e-12, "seed " + SEED + ": " + lon + " is outside UTM zone " + zone);
            assertEquals(lat >= 0 ? 32600 : 32700, code - zone);
        }
    }

    /** On the central meridian, easting = 500 km and northing = k0 × meridian arc (independent Simpson integral). */
    @Test
    void centralMeridianPointsMatchTheMeridianArc() {
        for (double lat : new double[] {0, 18.3, 22.5, 31.2, 39.9, 53.4}) {
            double[] gk = MetricProjection.ofEpsg(4550).toMetric(123, lat);
            assertEquals(500_000.0, gk[0], 1e-6);
            assertEquals(MeridianArc.meters(lat, MeridianArc.CGCS2000_A, MeridianArc.CGCS2000_F), gk[1], 1e-3, "lat " + lat);
            double[] utm = MetricProjection.ofEpsg(32631).toMetric(3, lat);
            assertEquals(500_000.0, utm[0], 1e-6);
            assertEquals(0.9996 * MeridianArc.meters(lat, MeridianArc.WGS84_A, MeridianArc.WGS84_F), utm[1], 1e-3, "lat " + lat);
        }
    }

    @Test
    void roundTripIsBelowOneMillimetre() {
        Random random = new Random(SEED);
        double[][] centres = {{116.4, 39.9}, {121.9, 31.2}, {1.5, 42.5}, {9.5, 47.1}, {151.2, -33.9}};
        for (double[] c : centres) {
            MetricProjection p = MetricProjection.forPoint(c[0], c[1]);
            int n = 500;
            double[] lonLat = new double[2 * n];
            for (int i = 0; i < n; i++) {
                lonLat[2 * i] = c[0] + (random.nextDouble() - 0.5) * 2.5;
                lonLat[2 * i + 1] = c[1] + (random.nextDouble() - 0.5) * 2.5;
            }
            double[] xy = new double[2 * n];
            p.toMetric(lonLat, xy);
            double[] back = new double[2 * n];
            p.toLonLat(xy, back);
            double[] xyAgain = new double[2 * n];
            p.toMetric(back, xyAgain);
            for (int i = 0; i < n; i++) {
                double dxMetres = (back[2 * i] - lonLat[2 * i]) * 111_320 * Math.cos(Math.toRadians(lonLat[2 * i + 1]));
                double dyMetres = (back[2 * i + 1] - lonLat[2 * i + 1]) * 110_574;
                assertTrue(Math.hypot(dxMetres, dyMetres) < 1e-3, "seed " + SEED + " " + p + " point " + i);
                assertTrue(Math.hypot(xyAgain[2 * i] - xy[2 * i], xyAgain[2 * i + 1] - xy[2 * i + 1]) < 1e-3);
                double[] single = p.toMetric(lonLat[2 * i], lonLat[2 * i + 1]);
                assertArrayEquals(new double[] {xy[2 * i], xy[2 * i + 1]}, single, 0, "batch = scalar");
            }
        }
    }

    /** A 5 km segment in every direction, at the meridian and 1.4° off it: Euclidean vs GeoTools geodesic within 0.1 %. */
    @Test
    void metricDistanceMatchesEllipsoidalDistance() {
        double[][] starts = {{116.4, 39.9}, {118.4, 39.9}, {121.9, 31.2}, {114.05, 22.54}, {1.5, 42.5}, {9.5, 47.1}, {5.9, 47.1}};
        for (double[] s : starts) {
            MetricProjection p = MetricProjection.forPoint(s[0], s[1]);
            GeodeticCalculator geodesic = new GeodeticCalculator(Crs.wgs84());
            for (int azimuth = -180; azimuth < 180; azimuth += 30) {
                geodesic.setStartingGeographicPoint(s[0], s[1]);
                geodesic.setDirection(azimuth, 5000);
                var end = geodesic.getDestinationGeographicPoint();
                double[] a = p.toMetric(s[0], s[1]);
                double[] b = p.toMetric(end.getX(), end.getY());
                double metric = Math.hypot(b[0] - a[0], b[1] - a[1]);
                assertEquals(5000, metric, 5.0, p + " from " + s[0] + "," + s[1] + " azimuth " + azimuth);
            }
        }
    }

    @Test
    void geometriesTransformBothWays() {
        GeometryFactory f = new GeometryFactory();
        LineString line = f.createLineString(new Coordinate[] {new Coordinate(114.05, 22.54), new Coordinate(114.06, 22.55)});
        MetricProjection p = MetricProjection.forExtent(line.getEnvelopeInternal());

        Geometry metric = p.toMetric(line);
        Geometry back = p.toLonLat(metric);

        assertEquals(4547, metric.getSRID());
        double[] a = p.toMetric(114.05, 22.54);
        assertEquals(a[0], metric.getCoordinates()[0].x, 0);
        assertEquals(a[1], metric.getCoordinates()[0].y, 0);
        assertEquals(114.06, back.getCoordinates()[1].x, 1e-11);
        assertEquals(22.55, back.getCoordinates()[1].y, 1e-11);
        assertEquals(114.05, line.getCoordinates()[0].x, 0, "the input is not modified");
        assertSame(p, MetricProjection.ofEpsg(4547), "projections are cached per zone");
    }
}
