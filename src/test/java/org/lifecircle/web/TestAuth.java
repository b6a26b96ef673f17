package org.lifecircle.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.lifecircle.store.user.Role;
import org.lifecircle.web.security.Accounts;
import org.springframework.boot.test.autoconfigure.web.servlet.MockMvcBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * How the web tests sign in: the test contexts start with {@link #ADMIN_PASSWORD} as the first
 * admin's password (browser tests log in with it through the login page), and a planner
 * {@value #PLANNER} whose real API token every MockMvc request carries unless it sets its own
 * Authorization header. HTTP-client tests add {@link TestUsers#plannerBearer()} themselves.
 */
@TestConfiguration
public class TestAuth {

    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "test-admin-password-7";
    public static final String PLANNER = "test-planner";
    public static final String PLANNER_PASSWORD = "test-planner-password-7";
    /** The properties every web test context sets: a throw-away workspace and the admin password. */
    public static final String WORKSPACE_PROPERTY = "lifecircle.workspace=target/test-workspaces/${random.uuid}";
    public static final String ADMIN_PASSWORD_PROPERTY = "lifecircle.security.admin-password=" + ADMIN_PASSWORD;
    /** Rate limits out of the way for contexts that test something else (LimitsAppTest keeps the defaults). */
    public static final String NO_READ_LIMIT = "lifecircle.limits.rate.burst=1000000";
    public static final String NO_WRITE_LIMIT = "lifecircle.limits.rate.write-burst=1000000";
    /** All web tests sign in from 127.0.0.1: the per-address sign-in budget out of the way (SignInAddressLimitTest keeps it). */
    public static final String NO_SIGN_IN_ADDRESS_LIMIT = "lifecircle.security.sign-in.address-burst=1000000";

    /** The planner's token, issued once per context. */
    public record TestUsers(String plannerToken) {
        public String plannerBearer() {
            return "Bearer " + plannerToken;
        }
    }

    @Bean
    public TestUsers testUsers(Accounts accounts) {
        if (accounts.store().find(PLANNER).isEmpty()) accounts.create(PLANNER, Role.PLANNER, PLANNER_PASSWORD);
        return new TestUsers(accounts.issueToken(PLANNER, "web tests").token());
    }

    /**
     * Planners by name, created with a token on first use: for tests that tell clients apart
     * (rate and job limits are per user).
     */
    public static final class TestClients {
        private final Accounts accounts;
        private final java.util.Map<String, String> bearers = new java.util.concurrent.ConcurrentHashMap<>();

        TestClients(Accounts accounts) {
            this.accounts = accounts;
        }

        public String bearer(String user) {
            return bearers.computeIfAbsent(user, u -> {
                if (accounts.store().find(u).isEmpty()) accounts.create(u, Role.PLANNER, PLANNER_PASSWORD);
                return "Bearer " + accounts.issueToken(u, "web tests").token();
            });
        }

        /** The limits' key of that user. */
        public static String owner(String user) {
            return "user:" + user;
        }

        /** The planner of an address ({@link #clientOf}), signed in, sending {@code request} from that address. */
        public MockHttpServletRequestBuilder from(String address,
                MockHttpServletRequestBuilder request) {
            return request.header(HttpHeaders.AUTHORIZATION, bearer(clientOf(address))).with(r -> {
                r.setRemoteAddr(address);
                return r;
            });
        }

        /** The user name that stands for the client at {@code address}. */
        public static String clientOf(String address) {
            return "client-" + address;
        }
    }

    @Bean
    public TestClients testClients(Accounts accounts) {
        return new TestClients(accounts);
    }

    @Bean
    public MockMvcBuilderCustomizer plannerTokenByDefault(TestUsers users) {
        return builder -> builder.defaultRequest(get("/").header(HttpHeaders.AUTHORIZATION, users.plannerBearer()));
    }
}
