package org.lifecircle.web.security;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import org.lifecircle.io.InputException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;

/**
 * Password hashing and the rules for new passwords. Hashes are PBKDF2-HMAC-SHA256 with Spring
 * Security's 5.8 defaults (310,000 iterations, 16-byte salt), stored with their algorithm id
 * ({@code {pbkdf2@SpringSecurity_v5_8}...}) so a later default can still check old ones; bcrypt
 * hashes are accepted too. One check costs a few hundred milliseconds on purpose: it is done at
 * login and token issue only, never per request.
 */
public final class Passwords {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 200;
    private static final String DEFAULT_ID = "pbkdf2@SpringSecurity_v5_8";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Passwords() {
    }

    public static PasswordEncoder encoder() {
        return new DelegatingPasswordEncoder(DEFAULT_ID, Map.of(
                DEFAULT_ID, Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                "bcrypt", new BCryptPasswordEncoder()));
    }

    /** 18 random bytes, base64url: 24 characters, 144 bits. */
    public static String random() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Refuses a new password that is too short or too long, naming {@code source}. */
    public static void check(String source, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw InputException.of(source, "a password needs at least " + MIN_LENGTH + " characters");
        }
        if (password.length() > MAX_LENGTH) {
            throw InputException.of(source, "a password has at most " + MAX_LENGTH + " characters");
        }
    }
}
