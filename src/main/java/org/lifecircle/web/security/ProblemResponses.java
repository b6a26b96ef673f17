package org.lifecircle.web.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.lifecircle.store.user.Role;
import org.lifecircle.web.path.RoutedPath;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * The 401 and 403 answers of the security filters, as {@code application/problem+json} in the
 * shape of {@code ApiExceptionHandler}'s (type, title, status, detail, instance); never an HTML
 * page. 401 carries {@code WWW-Authenticate: Bearer} (never Basic, which would make browsers pop a
 * password dialog). A refused CSRF check of a client that is not signed in is a 401 (signing in is
 * what it lacks), except on the sign-in requests themselves.
 */
public final class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler, RequestRejectedHandler {

    private static final String TYPE_PREFIX = "urn:lifecircle:problem:";
    private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

    private final ObjectMapper json;
    private final AccessRules rules;
    private final SecurityHeaders headers;

    public ProblemResponses(ObjectMapper json, AccessRules rules, SecurityHeaders headers) {
        this.json = json;
        this.rules = rules;
        this.headers = headers;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response,
                         org.springframework.security.core.AuthenticationException e) throws IOException {
        unauthorized(request, response, "authentication required: sign in at /login.html, or send Authorization: Bearer <token>");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
                       org.springframework.security.access.AccessDeniedException e) throws IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        boolean signIn = RoutedPath.of(request).isUnder("/api/auth");
        if ((auth == null || TRUST.isAnonymous(auth)) && !(e instanceof CsrfException && signIn)) {
            commence(request, response, null);
            return;
        }
        String detail;
        if (e instanceof CsrfException) {
            detail = "missing or invalid CSRF token: send the value of the XSRF-TOKEN cookie in the X-XSRF-TOKEN header";
        } else {
            Role needed = rules.required(request);
            String who = auth.getPrincipal() instanceof Account a ? "user '" + a.name() + "' (role " + a.role() + ")" : "this user";
            detail = who + " may not " + request.getMethod() + " " + RoutedPath.of(request).value()
                    + (needed == null ? "" : ": needs role " + needed);
        }
        write(request, response, HttpServletResponse.SC_FORBIDDEN, "forbidden", "Forbidden", detail);
    }

    /**
     * A URL the firewall refuses (encoded slashes, dots or other unreserved characters, {@code %25},
     * backslashes, NUL …): 400 naming the path, as a bad input, with the security headers the
     * filter chain would have added.
     */
    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException e)
            throws IOException {
        headers.writeHeaders(request, response);
        write(request, response, HttpServletResponse.SC_BAD_REQUEST, "bad-input", "Bad input",
                "path: the request URL is refused (" + e.getMessage() + ")", "path");
    }

    /** 403 for a user who must change the password first (issue #18): only /api/auth/** answers them. */
    public void passwordChangeRequired(HttpServletRequest request, HttpServletResponse response) throws IOException {
        write(request, response, HttpServletResponse.SC_FORBIDDEN, "password-change-required", "Password change required",
                "password change required: this password breaks the password rule; change it with POST /api/auth/password"
                        + " (the sign-in page asks for a new one)");
    }

    public void unauthorized(HttpServletRequest request, HttpServletResponse response, String detail) throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"lifecircle\"");
        write(request, response, HttpServletResponse.SC_UNAUTHORIZED, "unauthorized", "Unauthorized", detail);
    }

    private void write(HttpServletRequest request, HttpServletResponse response, int status, String type, String title,
                       String detail) throws IOException {
        write(request, response, status, type, title, detail, null);
    }

    private void write(HttpServletRequest request, HttpServletResponse response, int status, String type, String title,
                       String detail, String field) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", TYPE_PREFIX + type);
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        body.put("instance", RoutedPath.raw(request));
        if (field != null) body.put("field", field);
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), body);
    }
}
