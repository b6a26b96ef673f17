package org.lifecircle.rounds;

import java.util.Locale;

/** Seconds as text for messages and tables ("2 h 05 min", "09:35"). O(1). */
final class Durations {

    private Durations() {
    }

    /** "2 h 05 min 10 s" style, dropping zero seconds; minutes only under an hour. */
    static String text(long seconds) {
        long h = seconds / 3600;
        long m = seconds % 3600 / 60;
        long s = seconds % 60;
        String base = h > 0 ? String.format(Locale.ROOT, "%d h %02d min", h, m) : String.format(Locale.ROOT, "%d min", m);
        return s == 0 ? base : base + String.format(Locale.ROOT, " %02d s", s);
    }

    /** Clock time "HH:MM:SS" of {@code seconds} after midnight (may pass 24:00). */
    static String clock(long seconds) {
        return String.format(Locale.ROOT, "%02d:%02d:%02d", seconds / 3600, seconds % 3600 / 60, seconds % 60);
    }
}
