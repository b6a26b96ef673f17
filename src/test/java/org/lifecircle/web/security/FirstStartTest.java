package org.lifecircle.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifecircle.io.InputException;
import org.lifecircle.store.Workspace;
import org.lifecircle.store.user.Role;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * FEATURE UNDER TEST: the first start of a workspace: the random admin password is printed once,
 * as one line with the agreed prefix, and signs in; a restart on the same workspace prints
 * nothing and keeps that password; a configured password is used instead and never printed.
 */
class FirstStartTest {

    private final PasswordEncoder encoder = Passwords.encoder();

    @TempDir
    Path folder;

    @Test
    void theRandomPasswordIsPrintedExactlyOnceAndWorks() {
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        String password;
        try (Workspace ws = Workspace.open(null, folder)) {
            assertTrue(FirstStart.ensureAdmin(ws.users(), encoder, "", new PrintStream(first, true, StandardCharsets.UTF_8)));
            List<String> lines = first.toString(StandardCharsets.UTF_8).lines().toList();
            assertEquals(1, lines.size(), lines.toString());
            assertTrue(lines.get(0).startsWith(FirstStart.LINE_PREFIX + " "), lines.get(0));
            password = lines.get(0).substring(FirstStart.LINE_PREFIX.length() + 1);
            assertTrue(password.length() >= 20, password);
            assertEquals(Role.ADMIN, new Accounts(ws.users(), encoder).checkPassword("admin", password).orElseThrow().role());
        }
        ByteArrayOutputStream second = new ByteArrayOutputStream();
        try (Workspace ws = Workspace.open(null, folder)) {
            assertFalse(FirstStart.ensureAdmin(ws.users(), encoder, "", new PrintStream(second, true, StandardCharsets.UTF_8)));
            assertFalse(FirstStart.ensureAdmin(ws.users(), encoder, "configured-later-1",
                    new PrintStream(second, true, StandardCharsets.UTF_8)), "a configured password does not replace the first one");
            assertEquals("", second.toString(StandardCharsets.UTF_8), "the second start prints nothing");
            Accounts accounts = new Accounts(ws.users(), encoder);
            assertTrue(accounts.checkPassword("admin", password).isPresent());
            assertTrue(accounts.checkPassword("admin", "configured-later-1").isEmpty());
            assertEquals(1, ws.users().count());
        }
    }

    @Test
    void aConfiguredPasswordIsUsedAndNotPrinted() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (Workspace ws = Workspace.open(null, folder)) {
            assertThrows(InputException.class, () -> FirstStart.ensureAdmin(ws.users(), encoder, "short", System.err),
                    "a configured password is held to the same rules");
            assertEquals(0, ws.users().count());
            assertTrue(FirstStart.ensureAdmin(ws.users(), encoder, "from-the-environment-1",
                    new PrintStream(err, true, StandardCharsets.UTF_8)));
            assertEquals("", err.toString(StandardCharsets.UTF_8));
            assertTrue(new Accounts(ws.users(), encoder).checkPassword("admin", "from-the-environment-1").isPresent());
        }
    }
}
