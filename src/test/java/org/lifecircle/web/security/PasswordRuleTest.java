package org.lifecircle.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lifecircle.io.InputException;

/**
 * FEATURE UNDER TEST: the rule for new passwords (issue #18 item 4, ASVS 2.1.1 and 2.1.7): at
 * least 12 characters (code points, so Chinese passphrases count by character), at least 5
 * different ones, not the user name, and not on the shipped list of 49,233 common passwords
 * (zxcvbn-ts 4.1.3, as its PROVENANCE note says), in any letter case. Kinds of characters are not
 * demanded.
 */
class PasswordRuleTest {

    @Test
    void shortAndCommonPasswordsAreRefused() {
        for (String weak : List.of("password", "aaaaaaaa", "12345678", "elevenchars")) {
            assertThrows(InputException.class, () -> Passwords.check("password", weak), weak);
        }
        assertEquals(Optional.of("a password needs at least 12 characters"), Passwords.problem("elevenchars", null));
        assertEquals(Optional.of("a password needs at least 5 different characters"), Passwords.problem("aaaaaaaaaaaa", null));
        assertEquals(Optional.of("a password needs at least 5 different characters"), Passwords.problem("abababababab", null));
        for (String common : List.of("password1234", "PassWord1234", "qwertyuiop123", "1qaz2wsx3edc", "administrator")) {
            assertEquals(Optional.of("this password is on the list of common passwords; choose another"),
                    Passwords.problem(common, null), common);
        }
        assertEquals(Optional.of("a password must not be the user name"), Passwords.problem("Zhang.Wei.2026", "zhang.wei.2026"));
        InputException e = assertThrows(InputException.class, () -> Passwords.check("--password-stdin", "password"));
        assertTrue(e.getMessage().contains("--password-stdin"), e.getMessage());
    }

    @Test
    void longUncommonPasswordsPass() {
        for (String ok : List.of("correct horse battery", "guessing-target-kiwi-41", "社区卫生服务中心步行十五分钟", Passwords.random())) {
            assertEquals(Optional.empty(), Passwords.problem(ok, "admin"), ok);
        }
    }

    @Test
    void everyListedPasswordOfTwelveOrMoreCharactersIsRefused() throws IOException {
        String list;
        try (InputStream in = Passwords.class.getResourceAsStream(Passwords.COMMON_LIST)) {
            list = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> lines = list.lines().toList();
        assertEquals(49_233, lines.size(), "the zxcvbn-ts 4.1.3 list, whole");
        assertEquals(49_233, Passwords.commonCount(), "no duplicates, nothing lost when loaded");
        assertEquals(List.of("123456", "password", "12345678"), lines.subList(0, 3), "most common first, as published");
        long long12 = lines.stream().filter(p -> p.codePointCount(0, p.length()) >= 12).count();
        long refused = lines.stream().filter(p -> p.codePointCount(0, p.length()) >= 12)
                .filter(p -> Passwords.problem(p, null).isPresent()).count();
        assertEquals(308, long12, "entries a 12-character rule leaves to the list");
        assertEquals(long12, refused);
    }
}
