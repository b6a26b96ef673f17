package org.lifecircle.coverage.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * FEATURE UNDER TEST: the allocation-free number formatting of the CSV writers against
 * BigDecimal rounding (half-up on the exact binary value, trailing zeros stripped), on seeded
 * random values of every magnitude the outputs hold (coordinates, people, seconds).
 */
class NumbersTest {

    private static String reference(double v, int decimals) {
        BigDecimal r = new BigDecimal(v * Math.pow(10, decimals)).setScale(0, RoundingMode.HALF_UP)
                .movePointLeft(decimals).stripTrailingZeros();
        String s = r.toPlainString();
        return s.equals("-0") ? "0" : s;
    }

    @Test
    void appendMatchesBigDecimalRounding() {
        Random rnd = new Random(11);
        for (int k = 0; k < 200_000; k++) {
            int decimals = 1 + rnd.nextInt(7);
            double v = switch (k % 4) {
                case 0 -> (rnd.nextDouble() - 0.5) * 360;
                case 1 -> rnd.nextDouble() * 5000;
                case 2 -> rnd.nextInt(100_000) / Math.pow(10, rnd.nextInt(5));
                default -> rnd.nextDouble() * 1e-3;
            };
            StringBuilder sb = new StringBuilder();
            Numbers.append(sb, v, decimals);
            String expected = reference(v, decimals);
            if (expected.startsWith("-") && new BigDecimal(expected).signum() == 0) expected = "0";
            assertEquals(expected, sb.toString(), "seed 11, value " + v + " with " + decimals + " decimals");
        }
    }

    @Test
    void fixedCasesAndNonFiniteValues() {
        StringBuilder sb = new StringBuilder();
        Numbers.append(sb, 1.05, 3);
        sb.append('|');
        Numbers.append(sb, 117.8905749, 7);
        sb.append('|');
        Numbers.append(sb, 900, 1);
        sb.append('|');
        Numbers.append(sb, Double.POSITIVE_INFINITY, 1);
        sb.append('|');
        Numbers.append(sb, Double.NaN, 1);
        sb.append('|');
        Numbers.append(sb, -0.00004, 3);
        assertEquals("1.05|117.8905749|900|||0", sb.toString());
        assertEquals("87.3 %", Numbers.percent(0.873));
        assertEquals("183,229", Numbers.people(183_228.6));
    }
}
