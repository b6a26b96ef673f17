package org.lifecircle.planning;

import java.util.Arrays;
import java.util.Locale;
import org.lifecircle.io.InputException;

/**
 * The site-selection models: maximal covering (mclp, p sites), set covering (lscp, as few sites as
 * reach a covered share), p-median (p sites, least weighted walking time) and capacitated coverage
 * (p sites of a given capacity). {@link #key()} is the name in requests, result.json and the store.
 */
public enum SitingModel {
    MCLP,
    LSCP,
    PMEDIAN,
    CAPACITATED;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the model takes the number of new sites {@code p} (all but lscp, which takes a target share). */
    public boolean takesP() {
        return this != LSCP;
    }

    /** The model named {@code text} (any case); else an {@link InputException} on {@code field}. */
    public static SitingModel parse(String text, String field) {
        String names = String.join(", ", Arrays.stream(values()).map(SitingModel::key).toList());
        if (text == null) throw InputException.of(field, "must be one of " + names);
        for (SitingModel m : values()) {
            if (m.key().equals(text.toLowerCase(Locale.ROOT))) return m;
        }
        throw InputException.of(field, "must be one of " + names + ", got " + text);
    }
}
