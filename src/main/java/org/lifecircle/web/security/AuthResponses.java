package org.lifecircle.web.security;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.lifecircle.store.user.IssuedToken;
import org.lifecircle.store.user.TokenInfo;
import org.lifecircle.store.user.User;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** The JSON bodies of the auth and admin endpoints. */
final class AuthResponses {

    private AuthResponses() {
    }

    static Map<String, Object> account(Account a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("user", a.name());
        m.put("role", a.role().name());
        m.put("passwordChangeRequired", a.mustChangePassword());
        return m;
    }

    static Map<String, Object> issued(IssuedToken t, boolean passwordChangeRequired) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("token", t.token());
        m.put("user", t.info().user());
        m.put("role", t.role().name());
        m.put("id", t.info().id());
        m.put("label", t.info().label());
        m.put("passwordChangeRequired", passwordChangeRequired);
        return m;
    }

    static Map<String, Object> user(User u, Iterable<TokenInfo> tokens) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", u.name());
        m.put("role", u.role().name());
        m.put("disabled", u.disabled());
        m.put("passwordChangeRequired", u.mustChangePassword());
        m.put("createdAt", u.createdAt().toString());
        java.util.List<Map<String, Object>> list = new java.util.ArrayList<>();
        for (TokenInfo t : tokens) {
            Map<String, Object> tm = new LinkedHashMap<>();
            tm.put("id", t.id());
            tm.put("label", t.label());
            tm.put("createdAt", t.createdAt().toString());
            tm.put("lastUsedAt", t.lastUsedAt() == null ? null : t.lastUsedAt().toString());
            list.add(tm);
        }
        m.put("tokens", list);
        return m;
    }

    /** 429 for too many sign-in attempts from one address, with {@code Retry-After}. */
    static ResponseEntity<Object> tooManyAttempts(long waitNanos, SignInThrottle.Settings settings) {
        long retryAfterSeconds = Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L);
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, "more than "
                + settings.addressBurst() + " sign-in attempts in a row from this address (then "
                + settings.addressPerMinute() + " a minute); retry after " + retryAfterSeconds + " s");
        body.setType(URI.create("urn:lifecircle:problem:rate-limited"));
        body.setTitle("Too many requests");
        body.setProperty("limit", "lifecircle.security.sign-in.address-per-minute");
        body.setProperty("retryAfterSeconds", retryAfterSeconds);
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }

    /** A 401 problem from a controller, in the same shape as the filters' ({@link ProblemResponses}). */
    static ResponseEntity<Object> unauthorized(String detail) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, detail);
        body.setType(URI.create("urn:lifecircle:problem:unauthorized"));
        body.setTitle("Unauthorized");
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"lifecircle\"")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }
}
