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
        return m;
    }

    static Map<String, Object> issued(IssuedToken t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("token", t.token());
        m.put("user", t.info().user());
        m.put("role", t.role().name());
        m.put("id", t.info().id());
        m.put("label", t.info().label());
        return m;
    }

    static Map<String, Object> user(User u, Iterable<TokenInfo> tokens) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", u.name());
        m.put("role", u.role().name());
        m.put("disabled", u.disabled());
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
