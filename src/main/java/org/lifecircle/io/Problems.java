package org.lifecircle.io;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects every problem found in one source so that a user fixes them in one pass; thrown as a
 * single {@link InputException} naming the first problem's location, a few more, and the total.
 */
final class Problems {

    private static final int SHOWN = 5;

    private final String source;
    private final List<String[]> first = new ArrayList<>();
    private int count;

    Problems(String source) {
        this.source = source;
    }

    void add(String location, String reason) {
        if (first.size() < SHOWN) first.add(new String[] {location, reason});
        count++;
    }

    void atRow(long row, String reason) {
        add("row " + row, reason);
    }

    void atFeature(long feature, String reason) {
        add("feature " + feature, reason);
    }

    boolean isEmpty() {
        return count == 0;
    }

    int count() {
        return count;
    }

    /** Throws when any problem was added. */
    void throwIfAny() {
        if (count == 0) return;
        String[] head = first.get(0);
        StringBuilder reason = new StringBuilder(head[1]);
        if (count > 1) {
            reason.append(" (").append(count - 1).append(count == 2 ? " more problem: " : " more problems: ");
            for (int i = 1; i < first.size(); i++) {
                if (i > 1) reason.append("; ");
                String[] p = first.get(i);
                if (p[0] != null) reason.append(p[0]).append(": ");
                reason.append(p[1]);
            }
            if (count > first.size()) reason.append("; …");
            reason.append(')');
        }
        throw new InputException(source, head[0], reason.toString());
    }
}
