package org.lifecircle.web.security;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lifecircle.io.InputException;

/**
 * FEATURE UNDER TEST: the rule for new passwords (issue #18 item 4, ASVS 2.1.1 and 2.1.7): at
 * least 12 characters and not a common password.
 */
class PasswordRuleTest {

    @Test
    void shortAndCommonPasswordsAreRefused() {
        for (String weak : List.of("password", "aaaaaaaa", "12345678", "elevenchars")) {
            assertThrows(InputException.class, () -> Passwords.check("password", weak), weak);
        }
    }
}
