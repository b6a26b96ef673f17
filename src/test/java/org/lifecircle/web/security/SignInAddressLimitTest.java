package org.lifecircle.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifecircle.store.Workspace;
import org.lifecircle.store.user.Role;
import org.springframework.http.HttpHeaders;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/**
 * FEATURE UNDER TEST: the per-address sign-in budget on the auth endpoints themselves (the
 * controller with a throttle of burst 4, 1 a minute, on a real workspace): the fifth attempt from
 * one address, right password or not, on the token or the login endpoint, is 429 with
 * {@code Retry-After} of at most 60 s (real time: the password checks before it use some); another
 * address still signs in.
 */
class SignInAddressLimitTest {

    private static final String PASSWORD = "address-limit-owl-77";

    @TempDir
    Path folder;

    @Test
    void theFifthAttemptFromOneAddressWaits() throws Exception {
        try (Workspace ws = Workspace.open(null, folder)) {
            SignInThrottle throttle = new SignInThrottle(new SignInThrottle.Settings(5, Duration.ofSeconds(1),
                    Duration.ofMinutes(15), Duration.ofHours(1), 1, 4, 1000));
            Accounts accounts = new Accounts(ws.users(), Passwords.encoder(), throttle);
            accounts.create("wang.fang", Role.VIEWER, PASSWORD);
            MockMvc mvc = MockMvcBuilders.standaloneSetup(new AuthController(accounts, throttle, new HttpSessionCsrfTokenRepository()))
                    .build();
            for (int i = 0; i < 3; i++) {
                assertEquals(401, token(mvc, "198.51.100.1", "wrong-guess-" + i).getResponse().getStatus(), "guess " + i);
            }
            assertEquals(201, token(mvc, "198.51.100.1", PASSWORD).getResponse().getStatus(), "fourth attempt, in the burst");
            MvcResult refused = token(mvc, "198.51.100.1", PASSWORD);
            assertEquals(429, refused.getResponse().getStatus());
            long retryAfter = Long.parseLong(refused.getResponse().getHeader(HttpHeaders.RETRY_AFTER));
            assertTrue(retryAfter >= 1 && retryAfter <= 60, "one attempt a minute, minus the seconds the checks took: " + retryAfter);
            assertTrue(refused.getResponse().getContentAsString().contains("retry after " + retryAfter + " s"),
                    refused.getResponse().getContentAsString());
            MvcResult login = mvc.perform(post("/api/auth/login").contentType("application/json")
                    .content("{\"username\":\"wang.fang\",\"password\":\"" + PASSWORD + "\"}")
                    .with(r -> {
                        r.setRemoteAddr("198.51.100.1");
                        return r;
                    })).andReturn();
            assertEquals(429, login.getResponse().getStatus(), "the login page shares the budget");
            assertEquals(201, token(mvc, "198.51.100.2", PASSWORD).getResponse().getStatus(), "another address");
        }
    }

    private static MvcResult token(MockMvc mvc, String address, String password) throws Exception {
        return mvc.perform(post("/api/auth/token").header(HttpHeaders.AUTHORIZATION, HttpApi.basic("wang.fang", password))
                .with(r -> {
                    r.setRemoteAddr(address);
                    return r;
                })).andReturn();
    }
}
