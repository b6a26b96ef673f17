package org.lifecircle.store.user;

import java.util.Locale;
import org.lifecircle.io.InputException;

/**
 * What a user may do, each role including the ones before it: a viewer looks (every GET: layers,
 * point check, isochrones, exports); a planner also edits scenarios, starts and cancels siting
 * jobs and uploads data; an admin also manages users, tokens and projects.
 */
public enum Role {
    VIEWER, PLANNER, ADMIN;

    /** True when this role may do everything {@code other} may. */
    public boolean includes(Role other) {
        return compareTo(other) >= 0;
    }

    /** The role named by {@code text} (any case); an {@link InputException} naming {@code source} otherwise. */
    public static Role parse(String source, String text) {
        if (text != null) {
            for (Role r : values()) {
                if (r.name().equals(text.strip().toUpperCase(Locale.ROOT))) return r;
            }
        }
        throw InputException.of(source, "unknown role '" + text + "': use viewer, planner or admin");
    }
}
