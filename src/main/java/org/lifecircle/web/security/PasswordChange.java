package org.lifecircle.web.security;

/** Body of {@code POST /api/auth/password}; {@link #toString} leaves the passwords out. */
public record PasswordChange(String currentPassword, String newPassword) {

    @Override
    public String toString() {
        return "PasswordChange[***]";
    }
}
