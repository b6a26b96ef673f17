package org.lifecircle.siting;

import java.util.Locale;

/** Number formatting for messages: thousands separators, no needless decimals. */
final class Numbers {

    private Numbers() {
    }

    static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return String.format(Locale.ROOT, "%,d", (long) v);
        return String.format(Locale.ROOT, "%,.2f", v);
    }
}
