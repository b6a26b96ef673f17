package org.lifecircle.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifecircle.store.Workspace;
import org.lifecircle.store.user.Role;
import org.lifecircle.web.security.Accounts;
import org.lifecircle.web.security.Passwords;

/**
 * FEATURE UNDER TEST: {@code lifecircle user add|list|token|passwd} on an embedded workspace: the
 * users and tokens it makes sign in through the same checks the server uses; a generated password
 * and a token are printed once; bad input (unknown role, duplicate or unknown user, short
 * password) ends in exit code 2 with one line.
 */
class UserCommandTest {

    @TempDir
    Path dir;

    private String out;
    private String err;

    @Test
    void addListTokenAndPasswdWorkWithTheServersChecks() {
        String ws = dir.resolve("ws").toString();
        assertEquals(0, run("", "user", "add", "zhang.wei", "--role", "planner", "--workspace", ws), err);
        assertTrue(out.startsWith("added user zhang.wei, role PLANNER"), out);
        String generated = out.lines().filter(l -> l.startsWith("password: ")).findFirst().orElseThrow().substring(10);

        assertEquals(0, run("typed-password-1\n", "user", "add", "li.na", "--role", "VIEWER", "--password-stdin", "--workspace", ws), err);
        assertFalse(out.contains("password:"), "a given password is not echoed: " + out);

        assertEquals(0, run("", "user", "token", "zhang.wei", "--label", "load test", "--workspace", ws), err);
        List<String> lines = out.lines().toList();
        assertEquals(1, lines.size(), out);
        String token = lines.get(0);
        assertTrue(token.matches("[A-Za-z0-9_-]{43}"), token);
        assertTrue(err.contains("not shown again"), err);

        assertEquals(0, run("", "user", "list", "--workspace", ws), err);
        assertTrue(out.lines().anyMatch(l -> l.startsWith("li.na") && l.contains("VIEWER") && l.contains("enabled")), out);
        assertTrue(out.lines().anyMatch(l -> l.startsWith("zhang.wei") && l.contains("PLANNER") && l.trim().endsWith("1")), out);

        try (Workspace w = Workspace.open(null, Path.of(ws))) {
            Accounts accounts = new Accounts(w.users(), Passwords.encoder());
            assertEquals(Role.PLANNER, accounts.checkPassword("zhang.wei", generated).orElseThrow().role());
            assertEquals(Role.VIEWER, accounts.checkPassword("li.na", "typed-password-1").orElseThrow().role());
            assertEquals("zhang.wei", accounts.checkToken(token).orElseThrow().name());
        }

        assertEquals(0, run("new-password-22\n", "user", "passwd", "zhang.wei", "--password-stdin", "--workspace", ws), err);
        try (Workspace w = Workspace.open(null, Path.of(ws))) {
            Accounts accounts = new Accounts(w.users(), Passwords.encoder());
            assertTrue(accounts.checkPassword("zhang.wei", generated).isEmpty(), "the old password is gone");
            assertTrue(accounts.checkPassword("zhang.wei", "new-password-22").isPresent());
        }
    }

    @Test
    void badInputEndsWithExitCodeTwoAndOneLine() {
        String ws = dir.resolve("ws").toString();
        assertEquals(0, run("", "user", "add", "ops", "--role", "admin", "--workspace", ws), err);
        assertBad(run("", "user", "add", "boss", "--role", "superuser", "--workspace", ws), "unknown role 'superuser'");
        assertBad(run("", "user", "add", "ops", "--role", "viewer", "--workspace", ws), "exists");
        assertBad(run("", "user", "add", "two words", "--role", "viewer", "--workspace", ws), "user name");
        assertBad(run("", "user", "token", "nobody", "--workspace", ws), "no such user");
        assertBad(run("", "user", "passwd", "nobody", "--workspace", ws), "no such user");
        assertBad(run("short\n", "user", "passwd", "ops", "--password-stdin", "--workspace", ws), "at least 12");
        assertBad(run("aaaaaaaa\n", "user", "passwd", "ops", "--password-stdin", "--workspace", ws), "at least 12");
        assertBad(run("password1234\n", "user", "passwd", "ops", "--password-stdin", "--workspace", ws), "common passwords");
        assertBad(run("Password1234\n", "user", "add", "li.lei", "--role", "viewer", "--password-stdin", "--workspace", ws),
                "--password-stdin: this password is on the list of common passwords");
        assertBad(run("", "user", "list", "--store", "mysql://x/y", "--workspace", ws), "unsupported store URL");
    }

    private void assertBad(int code, String part) {
        assertEquals(LifeCircle.EXIT_BAD_INPUT, code, err);
        List<String> lines = err.lines().toList();
        assertEquals(1, lines.size(), err);
        assertTrue(lines.get(0).startsWith("error: ") && lines.get(0).contains(part), err);
    }

    private int run(String stdin, String... args) {
        InputStream oldIn = System.in;
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            CliRun r = CliRun.of(args);
            out = r.out();
            err = r.err();
            return r.exit();
        } finally {
            System.setIn(oldIn);
        }
    }
}
