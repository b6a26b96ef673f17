package org.lifecircle.store.user;

import java.time.Instant;

/**
 * A user of the workspace. {@code passwordHash} is the encoder's string (algorithm id, salt and
 * hash), never the password; {@link #toString} leaves it out so it cannot reach a log by accident.
 * {@code mustChangePassword}: the password was found to break the password rule at sign-in, and
 * the user may do nothing but change it.
 */
public record User(long id, String name, Role role, String passwordHash, Instant createdAt, boolean disabled,
                   boolean mustChangePassword) {

    @Override
    public String toString() {
        return "User[" + name + ", " + role + (disabled ? ", disabled" : "")
                + (mustChangePassword ? ", must change password" : "") + "]";
    }
}
