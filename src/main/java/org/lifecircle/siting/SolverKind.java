package org.lifecircle.siting;

import java.util.Locale;
import org.lifecircle.io.InputException;

/** Which solver a model runs; each one starts from the previous one's solution. */
public enum SolverKind {
    /** Lazy greedy only. */
    GREEDY,
    /** Lazy greedy, then swap local search (and a short variable-neighbourhood phase). */
    LOCAL,
    /** LOCAL, then an exact MILP (OR-Tools) with the local-search solution as hint. */
    EXACT;

    /** The name in requests and results: greedy, local or exact. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The solver named {@code text} (any case); else an {@link InputException} on {@code field}. */
    public static SolverKind parse(String text, String field) {
        for (SolverKind k : values()) {
            if (text != null && k.key().equals(text.toLowerCase(Locale.ROOT))) return k;
        }
        throw InputException.of(field, "must be greedy, local or exact, got " + text);
    }
}
