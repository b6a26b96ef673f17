package org.lifecircle.io;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.lifecircle.geo.ChinaOffsets;

/**
 * FEATURE UNDER TEST: the swapped-axes and range checks every reader applies — they catch real
 * Chinese cities given latitude first and never reject real places given the right way round.
 */
class LonLatCheckTest {

    private static final long SEED = 1234L;

    private static String swap(double lon, double lat) {
        return LonLatCheck.swapProblem(lon, lat, lon, lat);
    }

    @Test
    void chineseCitiesGivenLatitudeFirstAreCaught() {
        double[][] cities = {{116.40, 39.90}, {121.47, 31.23}, {114.05, 22.54}, {87.62, 43.83}, {75.99, 39.47},
            {91.11, 29.65}, {80.10, 32.50}, {126.63, 45.75}, {109.51, 18.25}};
        for (double[] c : cities) {
            String problem = swap(c[1], c[0]);
            assertNotNull(problem, c[0] + "," + c[1] + " given latitude first");
            assertTrue(problem.contains("longitude and latitude look swapped"));
        }
    }

    @Test
    void realPlacesTheRightWayRoundPass() {
        double[][] places = {{15.63, 78.22}, {14.21, 78.06}, {-68.7, 76.53}, {1.5, 42.5}, {9.5, 47.1}, {151.2, -33.9},
            {-122.45, 37.76}, {116.4, 39.9}, {87.62, 43.83}, {-43.2, -22.9}, {37.6, 55.75}, {25.8, 71.1}};
        for (double[] p : places) assertNull(swap(p[0], p[1]), p[0] + "," + p[1]);
    }

    /** Seeded points anywhere on land or sea with |lat| < 73.66, the right way round: never flagged. */
    @Test
    void randomPointsOutsideTheArcticAreNeverFlagged() {
        Random random = new Random(SEED);
        for (int i = 0; i < 100_000; i++) {
            double lon = -180 + random.nextDouble() * 360;
            double lat = -90 + random.nextDouble() * (90 + 73.66);
            assertNull(swap(lon, lat), "seed " + SEED + ": " + lon + "," + lat);
        }
    }

    /** Seeded points in the coarse China box given latitude first: always flagged. */
    @Test
    void randomChinesePointsGivenLatitudeFirstAreAlwaysFlagged() {
        Random random = new Random(SEED);
        int tested = 0;
        while (tested < 20_000) {
            double lon = 73.7 + random.nextDouble() * 61.3;
            double lat = 18 + random.nextDouble() * 35.5;
            if (lon <= 90 && (lat < 27 || lat > 49.2)) continue;  // outside China's western part: not a Chinese place
            if (!ChinaOffsets.isInChina(lon, lat)) continue;
            tested++;
            assertNotNull(swap(lat, lon), "seed " + SEED + ": " + lon + "," + lat);
        }
    }

    @Test
    void rangeMessages() {
        assertNull(LonLatCheck.rangeProblem(180, -90));
        assertTrue(LonLatCheck.rangeProblem(-180.5, 0).contains("longitude -180.5 is outside -180..180"));
        assertTrue(LonLatCheck.rangeProblem(22.5, 114.1).contains("look swapped"));
        assertTrue(LonLatCheck.rangeProblem(38_500_000, 2_500_000).contains("projected metres"));
        assertTrue(LonLatCheck.rangeProblem(Double.NaN, 1).contains("not a finite number"));
    }
}
