package org.lifecircle.web.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lifecircle.io.InputException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;

/**
 * Password hashing and the rule for new passwords. Hashes are PBKDF2-HMAC-SHA256 with Spring
 * Security's 5.8 defaults (310,000 iterations, 16-byte salt), stored with their algorithm id
 * ({@code {pbkdf2@SpringSecurity_v5_8}...}) so a later default can still check old ones; bcrypt
 * hashes are accepted too. One check costs a few hundred milliseconds on purpose: it is done at
 * login and token issue only, never per request.
 *
 * <p>The rule (ASVS 2.1.1, 2.1.7): {@value #MIN_LENGTH} to {@value #MAX_LENGTH} characters, at
 * least {@value #MIN_DISTINCT} different ones, not the user name and not one of the common
 * passwords in {@code common-passwords.txt} (49,233 passwords from zxcvbn-ts, see
 * {@code common-passwords.PROVENANCE} beside it), compared case-insensitively. No rules on kinds
 * of characters. The list is read once (a hash set, about 4 MB); a check is one lookup.
 */
public final class Passwords {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 200;
    public static final int MIN_DISTINCT = 5;
    static final String COMMON_LIST = "common-passwords.txt";
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

    /** Refuses a new password that breaks the rule, naming {@code source}. */
    public static void check(String source, String password) {
        check(source, password, null);
    }

    /** Refuses a new password for {@code userNameOrNull} that breaks the rule, naming {@code source}. */
    public static void check(String source, String password, String userNameOrNull) {
        problem(password, userNameOrNull).ifPresent(p -> {
            throw InputException.of(source, p);
        });
    }

    /** What is wrong with {@code password} under the rule, or empty when it complies. */
    public static Optional<String> problem(String password, String userNameOrNull) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("a password needs at least " + MIN_LENGTH + " characters");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("a password has at most " + MAX_LENGTH + " characters");
        }
        if (password.codePoints().distinct().count() < MIN_DISTINCT) {
            return Optional.of("a password needs at least " + MIN_DISTINCT + " different characters");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (userNameOrNull != null && lower.equals(userNameOrNull.toLowerCase(Locale.ROOT))) {
            return Optional.of("a password must not be the user name");
        }
        if (Common.SET.contains(lower)) {
            return Optional.of("this password is on the list of common passwords; choose another");
        }
        return Optional.empty();
    }

    /** Number of passwords on the shipped list (for tests and the docs). */
    static int commonCount() {
        return Common.SET.size();
    }

    /** The common-password list, loaded on first use. */
    private static final class Common {
        static final Set<String> SET = load();

        private static Set<String> load() {
            Set<String> out = new HashSet<>(65_536);
            try (InputStream in = Passwords.class.getResourceAsStream(COMMON_LIST)) {
                if (in == null) throw new IllegalStateException(COMMON_LIST + " is missing from the application");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    if (!line.isEmpty()) out.add(line.toLowerCase(Locale.ROOT));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("reading " + COMMON_LIST, e);
            }
            return Set.copyOf(out);
        }
    }
}
