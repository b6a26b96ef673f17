package org.lifecircle.web.security;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.lifecircle.store.user.Role;
import org.springframework.security.core.AuthenticatedPrincipal;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The signed-in user as the web layer sees it: name, role, and whether the password must be
 * changed before anything else ({@link AccessFilter} then refuses all but the sign-in endpoints). {@link #getName} is what
 * {@code Principal.getName()} answers (the key of per-user limits). Granted authorities are the
 * role and every role it includes ({@code ROLE_ADMIN} also holds {@code ROLE_PLANNER} and
 * {@code ROLE_VIEWER}).
 */
public record Account(String name, Role role, boolean mustChangePassword) implements AuthenticatedPrincipal, Serializable {

    public Account(String name, Role role) {
        this(name, role, false);
    }

    @Override
    public String getName() {
        return name;
    }

    public List<GrantedAuthority> authorities() {
        List<GrantedAuthority> out = new ArrayList<>();
        for (Role r : Role.values()) {
            if (role.includes(r)) out.add(new SimpleGrantedAuthority("ROLE_" + r.name()));
        }
        return out;
    }
}
