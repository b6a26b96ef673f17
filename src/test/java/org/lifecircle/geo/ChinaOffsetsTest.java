package org.lifecircle.geo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * FEATURE UNDER TEST: {@link ChinaOffsets} — forward GCJ-02 / BD-09 against pairs published by
 * open-source converters, iterative inverses closing round trips far below 0.5 m over China.
 */
class ChinaOffsetsTest {

    private static final long SEED = 8_6020_2L;

    /**
     * wandergis/coordtransform, test/app.js (input 116.404, 39.915; results printed in its comments):
     * wgs84togcj02, gcj02tobd09 and bd09togcj02 are closed forms, reproduced to 1e-9°.
     */
    @Test
    void wandergisCoordtransformPairs() {
        assertArrayEquals(new double[] {116.41024449916938, 39.91640428150164}, ChinaOffsets.wgs84ToGcj02(116.404, 39.915), 1e-9);
        assertArrayEquals(new double[] {116.41036949371029, 39.92133699351021}, ChinaOffsets.gcj02ToBd09(116.404, 39.915), 1e-9);
        // Their bd09togcj02 is the closed-form approximation; ours is refined by iteration: within 1e-5° (about 1 m).
        assertArrayEquals(new double[] {116.39762729119315, 39.90865673957631}, ChinaOffsets.bd09ToGcj02(116.404, 39.915), 1e-5);
        // Their gcj02towgs84 subtracts the forward offset once (1–2 m error); ours inverts exactly.
        double[] wgs = ChinaOffsets.gcj02ToWgs84(116.404, 39.915);
        assertTrue(metres(wgs, new double[] {116.39775550083061, 39.91359571849836}) < 5);
        assertArrayEquals(new double[] {116.404, 39.915}, ChinaOffsets.wgs84ToGcj02(wgs[0], wgs[1]), 1e-9);
    }

    /** googollee/eviltransform, python/test.py TESTS (wgsLat, wgsLng, gcjLat, gcjLng): Shanghai, Shenzhen, Beijing. */
    @Test
    void eviltransformPairs() {
        double[][] pairs = {
            {31.1774276, 121.5272106, 31.17530398364597, 121.531541859215},
            {22.543847, 113.912316, 22.540796131694766, 113.9171764808363},
            {39.911954, 116.377817, 39.91334545536069, 116.38404722455657},
        };
        for (double[] p : pairs) {
            assertArrayEquals(new double[] {p[3], p[2]}, ChinaOffsets.wgs84ToGcj02(p[1], p[0]), 1e-9);
            double[] back = ChinaOffsets.gcj02ToWgs84(p[3], p[2]);
            assertTrue(metres(back, new double[] {p[1], p[0]}) < 0.5, "their gcj2wgs_exact bound: 0.5 m");
        }
    }

    @Test
    void roundTripsOverChinaStayFarBelowHalfAMetre() {
        Random random = new Random(SEED);
        int n = 20_000;
        double[] wgs = new double[2 * n];
        for (int i = 0; i < n; i++) {
            wgs[2 * i] = 74 + random.nextDouble() * 60.5;
            wgs[2 * i + 1] = 18 + random.nextDouble() * 35;
        }
        double[] gcj = wgs.clone();
        ChinaOffsets.wgs84ToGcj02(gcj);
        double[] wgsFromGcj = gcj.clone();
        ChinaOffsets.gcj02ToWgs84(wgsFromGcj);
        double[] bd = wgs.clone();
        ChinaOffsets.wgs84ToBd09(bd);
        double[] wgsFromBd = bd.clone();
        ChinaOffsets.bd09ToWgs84(wgsFromBd);
        double worstGcj = 0;
        double worstBd = 0;
        for (int i = 0; i < n; i++) {
            double[] p = {wgs[2 * i], wgs[2 * i + 1]};
            double offset = metres(p, new double[] {gcj[2 * i], gcj[2 * i + 1]});
            assertTrue(offset > 1 && offset < 1500, "seed " + SEED + ": GCJ-02 offset " + offset + " m at " + p[0] + "," + p[1]);
            worstGcj = Math.max(worstGcj, metres(p, new double[] {wgsFromGcj[2 * i], wgsFromGcj[2 * i + 1]}));
            worstBd = Math.max(worstBd, metres(p, new double[] {wgsFromBd[2 * i], wgsFromBd[2 * i + 1]}));
            if (i < 100) {
                assertArrayEquals(new double[] {gcj[2 * i], gcj[2 * i + 1]}, ChinaOffsets.wgs84ToGcj02(p[0], p[1]), 0, "batch = scalar");
            }
        }
        assertTrue(worstGcj < 0.5, "seed " + SEED + ": worst GCJ-02 round trip " + worstGcj + " m");
        assertTrue(worstBd < 0.5, "seed " + SEED + ": worst BD-09 round trip " + worstBd + " m");
        assertTrue(worstGcj < 0.01 && worstBd < 0.01, "the iteration converges to millimetres: " + worstGcj + ", " + worstBd);
    }

    @Test
    void noGcjOffsetOutsideChina() {
        assertArrayEquals(new double[] {2.3522, 48.8566}, ChinaOffsets.wgs84ToGcj02(2.3522, 48.8566), 0);
        assertArrayEquals(new double[] {-122.42, 37.77}, ChinaOffsets.gcj02ToWgs84(-122.42, 37.77), 0);
        assertEquals(false, ChinaOffsets.isInChina(9.5, 47.1));
        assertEquals(true, ChinaOffsets.isInChina(114.05, 22.54));
    }

    /** Ellipsoid-free small-distance estimate, adequate for offsets below a few kilometres. */
    static double metres(double[] a, double[] b) {
        double lat = Math.toRadians((a[1] + b[1]) / 2);
        double dx = (a[0] - b[0]) * 111_320 * Math.cos(lat);
        double dy = (a[1] - b[1]) * 110_574;
        return Math.hypot(dx, dy);
    }
}
