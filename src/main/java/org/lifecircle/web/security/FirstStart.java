package org.lifecircle.web.security;

import java.io.PrintStream;
import org.lifecircle.store.user.Role;
import org.lifecircle.store.user.UserStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The first start of a workspace: when it has no user, creates {@code admin} so the server is
 * never open by accident. The password is the configured one
 * ({@code lifecircle.security.admin-password} or env {@code LIFECIRCLE_ADMIN_PASSWORD}) or a random
 * one printed once, as a single line on stderr starting {@value #LINE_PREFIX}; it is never logged.
 * Later starts find a user and print nothing.
 */
public final class FirstStart {

    public static final String ADMIN = "admin";
    public static final String LINE_PREFIX = "LifeCircle first start: admin password:";
    private static final Logger LOG = LoggerFactory.getLogger(FirstStart.class);

    private FirstStart() {
    }

    /** Creates the first admin if the workspace has no user; true when it did. */
    public static boolean ensureAdmin(UserStore users, PasswordEncoder encoder, String configuredPassword, PrintStream err) {
        if (users.count() > 0) return false;
        boolean configured = configuredPassword != null && !configuredPassword.isBlank();
        if (configured) Passwords.check("lifecircle.security.admin-password (env LIFECIRCLE_ADMIN_PASSWORD)", configuredPassword, ADMIN);
        String password = configured ? configuredPassword : Passwords.random();
        if (!users.createFirst(ADMIN, Role.ADMIN, encoder.encode(password))) return false;
        if (configured) {
            LOG.info("first start: created user '{}' with the configured password", ADMIN);
        } else {
            err.println(LINE_PREFIX + " " + password);
            err.flush();
        }
        return true;
    }
}
