package org.lifecircle.coverage.report;

import java.util.Locale;

/** Number formatting shared by the writers: fixed decimals, empty for NaN and infinity. */
final class Numbers {

    private Numbers() {
    }

    /** {@code v} with {@code decimals} decimals, trailing zeros kept; "" when not finite. */
    static String fixed(double v, int decimals) {
        if (!Double.isFinite(v)) return "";
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    /** {@code v} rounded to {@code decimals}, trailing zeros dropped; "" when not finite. */
    static String compact(double v, int decimals) {
        if (!Double.isFinite(v)) return "";
        double scale = Math.pow(10, decimals);
        double r = Math.round(v * scale) / scale;
        if (r == Math.rint(r) && Math.abs(r) < 1e15) return Long.toString((long) r);
        return stripZeros(String.format(Locale.ROOT, "%." + decimals + "f", r));
    }

    private static final long[] POW10 = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};

    /**
     * Appends {@code v} rounded to {@code decimals} (≤ 8) with trailing zeros dropped, without
     * allocating: the CSV writers call this millions of times. Appends nothing when not finite.
     */
    static void append(StringBuilder sb, double v, int decimals) {
        if (!Double.isFinite(v)) return;
        long scale = POW10[decimals];
        if (Math.abs(v) * scale >= 9e18) {
            sb.append(compact(v, decimals));
            return;
        }
        long units = Math.round(v * scale);
        if (units < 0) {
            sb.append('-');
            units = -units;
        }
        long whole = units / scale;
        long frac = units % scale;
        sb.append(whole);
        if (frac == 0) return;
        int digits = decimals;
        while (frac % 10 == 0) {
            frac /= 10;
            digits--;
        }
        sb.append('.');
        for (long p = POW10[digits - 1]; p > frac && p > 1; p /= 10) sb.append('0');
        sb.append(frac);
    }

    static double round(double v, int decimals) {
        if (!Double.isFinite(v)) return v;
        double scale = Math.pow(10, decimals);
        return Math.round(v * scale) / scale;
    }

    /** "87.3 %" for 0.873; "–" when not finite. */
    static String percent(double share) {
        if (!Double.isFinite(share)) return "–";
        return String.format(Locale.ROOT, "%.1f %%", share * 100);
    }

    /** Thousands-separated integer: "183,229". */
    static String people(double v) {
        if (!Double.isFinite(v)) return "–";
        return String.format(Locale.ROOT, "%,d", Math.round(v));
    }

    private static String stripZeros(String s) {
        if (!s.contains(".")) return s;
        int end = s.length();
        while (s.charAt(end - 1) == '0') end--;
        if (s.charAt(end - 1) == '.') end--;
        return s.substring(0, end);
    }
}
