package org.lifecircle.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifecircle.store.Workspace;
import org.lifecircle.store.user.Role;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/**
 * FEATURE UNDER TEST: guessing one account's password (issue #18 item 4) through the real sign-in
 * endpoints, accounts and workspace, with the default throttle settings on a hand-driven clock
 * (each guess takes 0.5 s, as a PBKDF2 check does here). Thirty wrong passwords in a row, each from
 * another address and {@code X-Forwarded-For}, leave the account locked: the right password is then
 * answered exactly as a wrong one (status, {@code WWW-Authenticate}, content type, body) on
 * {@code POST /api/auth/token} and {@code POST /api/auth/login}; once the lock has run out the right
 * password works; another account is never affected. The lock after those guesses is checked
 * against the delays worked out by hand (1, 2, 4, 8 s after failures 5, 6, 7, 8 at 2, 3, 5, 9 s:
 * the guesses made during a lock are refused and not counted).
 */
class PasswordGuessingTest {

    private static final String PASSWORD = "guessing-target-kiwi-41";
    private static final long SECOND = 1_000_000_000L;

    @TempDir
    Path folder;

    private final AtomicLong now = new AtomicLong(5_000 * SECOND);
    private Workspace ws;
    private MockMvc mvc;
    private SignInThrottle throttle;

    @BeforeEach
    void app() {
        ws = Workspace.open(null, folder);
        throttle = new SignInThrottle(SignInThrottle.DEFAULTS, now::get);
        Accounts accounts = new Accounts(ws.users(), Passwords.encoder(), throttle);
        accounts.create("zhao.lei", Role.VIEWER, PASSWORD);
        accounts.create("qian.yu", Role.VIEWER, PASSWORD);
        mvc = MockMvcBuilders.standaloneSetup(new AuthController(accounts, throttle, new HttpSessionCsrfTokenRepository())).build();
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void thirtyWrongPasswordsLockTheAccountAndTheLockLooksLikeAWrongPassword() throws Exception {
        MockHttpServletResponse wrong = null;
        long lastCountedFailure = 0;
        int counted = 0;
        long lockedUntil = 0;
        for (int i = 0; i < 30; i++) {
            boolean countedNow = now.get() >= lockedUntil;
            wrong = token("zhao.lei", "guess-number-" + i, i);
            assertEquals(401, wrong.getStatus(), "guess " + i);
            if (countedNow) {
                counted++;
                lastCountedFailure = now.get();
                lockedUntil = counted < 5 ? 0 : lastCountedFailure + (SECOND << (counted - 5));
            }
            now.addAndGet(SECOND / 2);
        }
        assertEquals(8, counted, "failures 1-5 at 0-2 s, 6 at 3 s, 7 at 5 s, 8 at 9 s (the other 22 guesses fall in locks)");
        assertEquals(5_009 * SECOND, lastCountedFailure);
        assertEquals(5_017 * SECOND, lockedUntil, "8 s after the 8th failure");
        assertEquals(true, throttle.locked("zhao.lei"));

        MockHttpServletResponse right = token("zhao.lei", PASSWORD, 200);
        assertEquals(401, right.getStatus(), "the right password during the lock is refused");
        assertEquals(wrong.getContentAsString(), right.getContentAsString(), "a locked account answers exactly as a wrong password");
        assertEquals(wrong.getHeader(HttpHeaders.WWW_AUTHENTICATE), right.getHeader(HttpHeaders.WWW_AUTHENTICATE));
        assertEquals(wrong.getContentType(), right.getContentType());

        MockHttpServletResponse login = login("zhao.lei", PASSWORD);
        assertEquals(401, login.getStatus(), "the login page is locked too");
        assertEquals(login("qian.yu", "not-qian-yus-password").getContentAsString(), login.getContentAsString(),
                "as a wrong password on the login page");

        assertEquals(201, token("qian.yu", PASSWORD, 201).getStatus(), "another account signs in");
        now.set(lockedUntil);
        assertEquals(201, token("zhao.lei", PASSWORD, 202).getStatus(), "after the lock the right password works");
        assertEquals(false, throttle.locked("zhao.lei"));
    }

    private MockHttpServletResponse login(String user, String password) throws Exception {
        return mvc.perform(post("/api/auth/login").contentType("application/json")
                .content("{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}")).andReturn().getResponse();
    }

    private MockHttpServletResponse token(String user, String password, int client) throws Exception {
        String address = "198.51.100." + (client % 250 + 1);
        return mvc.perform(post("/api/auth/token").header(HttpHeaders.AUTHORIZATION, HttpApi.basic(user, password))
                .header("X-Forwarded-For", address).with(r -> {
                    r.setRemoteAddr(address);
                    return r;
                })).andReturn().getResponse();
    }
}
