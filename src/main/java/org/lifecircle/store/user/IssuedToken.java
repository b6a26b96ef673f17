package org.lifecircle.store.user;

/** A token just issued: {@code token} is the only copy of the secret (the store keeps its SHA-256); show it once. */
public record IssuedToken(TokenInfo info, Role role, String token) {

    @Override
    public String toString() {
        return "IssuedToken[" + info + ", " + role + "]";
    }
}
