package org.lifecircle.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lifecircle.store.user.Role;
import org.lifecircle.web.WebAppTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * FEATURE UNDER TEST: guessing one account's password over real HTTP (issue #18 item 4). Thirty
 * wrong passwords in a row for one account, each with another {@code X-Forwarded-For}, leave the
 * account locked: the right password is then answered exactly as a wrong one (status, headers
 * that matter, body), on {@code POST /api/auth/token} (Basic) and on {@code POST /api/auth/login}.
 * Another account is not affected.
 */
@WebAppTest
class PasswordGuessingTest {

    private static final AtomicInteger NAMES = new AtomicInteger();
    private static final String PASSWORD = "guessing-target-kiwi-41";

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    private HttpApi http;

    @BeforeEach
    void client() {
        http = new HttpApi(port);
    }

    @Test
    void thirtyWrongPasswordsLockTheAccountAndTheLockLooksLikeAWrongPassword() throws Exception {
        String user = newUser();
        String other = newUser();
        HttpResponse<String> wrong = null;
        for (int i = 0; i < 30; i++) {
            wrong = http.send("POST", "/api/auth/token", null, "Authorization", HttpApi.basic(user, "guess-number-" + i),
                    "X-Forwarded-For", "198.51.100." + (i + 1));
            assertEquals(401, wrong.statusCode(), "guess " + i + ": " + wrong.body());
        }
        HttpResponse<String> right = http.send("POST", "/api/auth/token", null, "Authorization", HttpApi.basic(user, PASSWORD),
                "X-Forwarded-For", "198.51.100.200");
        assertEquals(401, right.statusCode(), "the right password after 30 wrong ones is refused: " + right.body());
        assertEquals(wrong.body(), right.body(), "a locked account answers exactly as a wrong password");
        assertEquals(wrong.headers().firstValue("WWW-Authenticate"), right.headers().firstValue("WWW-Authenticate"));
        assertEquals(wrong.headers().firstValue("Content-Type"), right.headers().firstValue("Content-Type"));

        HttpApi browser = new HttpApi(port);
        browser.send("GET", "/api/health", null);
        String csrf = browser.cookie("XSRF-TOKEN").orElseThrow();
        HttpResponse<String> login = browser.send("POST", "/api/auth/login",
                "{\"username\":\"" + user + "\",\"password\":\"" + PASSWORD + "\"}", "X-XSRF-TOKEN", csrf);
        assertEquals(401, login.statusCode(), "the login page is locked too: " + login.body());
        assertEquals(wrong.body(), login.body());

        HttpResponse<String> otherAccount = http.send("POST", "/api/auth/token", null,
                "Authorization", HttpApi.basic(other, PASSWORD));
        assertEquals(201, otherAccount.statusCode(), "another account signs in: " + otherAccount.body());
    }

    private String newUser() {
        String name = "guess-" + NAMES.incrementAndGet();
        accounts.create(name, Role.VIEWER, PASSWORD);
        return name;
    }
}
