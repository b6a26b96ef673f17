package org.lifecircle.fuzz;

import org.lifecircle.web.TestAuth;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * How the API fuzzer authenticates: the one place to change when the sign-in changes. Requests
 * carry the test planner's bearer token ({@link TestAuth}), replacing any Authorization header.
 */
final class ApiAuth {

    private ApiAuth() {
    }

    /** Makes a request as the test context's user with the planner role. */
    static RequestPostProcessor planner(TestAuth.TestUsers users) {
        return request -> {
            request.removeHeader(HttpHeaders.AUTHORIZATION);
            request.addHeader(HttpHeaders.AUTHORIZATION, users.plannerBearer());
            return request;
        };
    }

    /** Makes a request without any credentials, as an anonymous client. */
    static RequestPostProcessor anonymous() {
        return request -> {
            request.removeHeader(HttpHeaders.AUTHORIZATION);
            return request;
        };
    }
}
