package org.lifecircle.network.traveltime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.lifecircle.network.Vincenty;

/**
 * FEATURE UNDER TEST: the straight-line fallback against brute force: every source-target
 * distance by the independent Vincenty inverse, at the same speed, over random seeded point sets
 * from a street block to a whole region (so the grid pruning is exercised at many densities).
 */
class StraightLineTravelTimesTest {

    @Test
    void nearestAndReachFromEachEqualBruteForce() {
        for (long seed = 1; seed <= 12; seed++) {
            Random rnd = new Random(seed);
            double span = seed % 3 == 0 ? 2.0 : seed % 3 == 1 ? 0.05 : 0.003;
            int s = 1 + rnd.nextInt(60);
            int t = 1 + rnd.nextInt(400);
            double[][] src = random(rnd, s, span);
            double[][] tgt = random(rnd, t, span);
            double speedKmh = 3 + 3 * rnd.nextDouble();
            double mps = speedKmh / 3.6;
            double limit = rnd.nextBoolean() ? Double.POSITIVE_INFINITY : 60 + rnd.nextDouble() * 3000;
            StraightLineTravelTimes model = new StraightLineTravelTimes(2);
            Locations sources = model.locate(src[0], src[1]);
            Locations targets = model.locate(tgt[0], tgt[1]);
            NearestTimes nearest = model.nearest(sources, targets, speedKmh, limit);
            SparseTimes each = model.reachFromEach(sources, targets, speedKmh, limit);
            assertFalse(nearest.networkBased());
            for (int j = 0; j < t; j++) {
                double best = Double.POSITIVE_INFINITY;
                for (int i = 0; i < s; i++) best = Math.min(best, Vincenty.meters(src[0][i], src[1][i], tgt[0][j], tgt[1][j]) / mps);
                if (Math.abs(best - limit) < 0.01) continue;
                String msg = "seed " + seed + " target " + j;
                if (best <= limit) {
                    assertEquals(best, nearest.seconds()[j], 1e-3 + 1e-6 * best, msg);
                    int k = nearest.nearestSource()[j];
                    assertEquals(best, Vincenty.meters(src[0][k], src[1][k], tgt[0][j], tgt[1][j]) / mps, 1e-3 + 1e-6 * best, msg);
                } else {
                    assertEquals(Float.POSITIVE_INFINITY, nearest.seconds()[j], msg);
                }
            }
            for (int i = 0; i < s; i++) {
                int expectedCount = 0;
                for (int j = 0; j < t; j++) {
                    double secs = Vincenty.meters(src[0][i], src[1][i], tgt[0][j], tgt[1][j]) / mps;
                    if (secs <= limit && Math.abs(secs - limit) >= 0.01) expectedCount++;
                }
                int found = 0;
                for (int k = 0; k < each.reachedCount(i); k++) {
                    int j = each.target(i, k);
                    double secs = Vincenty.meters(src[0][i], src[1][i], tgt[0][j], tgt[1][j]) / mps;
                    assertEquals(secs, each.seconds(i, k), 1e-3 + 1e-6 * secs, "seed " + seed + " source " + i + " target " + j);
                    if (Math.abs(secs - limit) >= 0.01) found++;
                }
                assertEquals(expectedCount, found, "seed " + seed + " source " + i);
            }
        }
    }

    private static double[][] random(Random rnd, int n, double spanDeg) {
        double[][] lonLat = new double[2][n];
        for (int i = 0; i < n; i++) {
            lonLat[0][i] = 121.4 + spanDeg * rnd.nextDouble();
            lonLat[1][i] = 31.2 + spanDeg * rnd.nextDouble();
        }
        return lonLat;
    }
}
