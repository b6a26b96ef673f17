package org.lifecircle.store.user;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * API token texts: 32 random bytes from {@link SecureRandom}, base64url without padding (43
 * characters). The store keeps only the lower-case hex SHA-256 of the text; a plain hash (no salt,
 * no stretching) is enough for 256 random bits and keeps the per-request check to one lookup.
 */
public final class ApiTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private ApiTokens() {
    }

    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Lower-case hex SHA-256 of the token's UTF-8 bytes. */
    public static String sha256Hex(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            char[] out = new char[64];
            for (int i = 0; i < 32; i++) {
                out[2 * i] = HEX[(digest[i] >> 4) & 0xf];
                out[2 * i + 1] = HEX[digest[i] & 0xf];
            }
            return new String(out);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }
}
