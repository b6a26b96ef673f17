package org.lifecircle.web.security;

/** Body of the admin's user requests: create needs name, role and password; update takes any of role, password, disabled. */
public record UserRequest(String name, String role, String password, Boolean disabled) {

    @Override
    public String toString() {
        return "UserRequest[" + name + ", " + role + ", " + disabled + "]";
    }
}
