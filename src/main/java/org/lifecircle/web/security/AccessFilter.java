package org.lifecircle.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Establishes who is asking, once per dispatch: a request with {@code Authorization: Bearer <token>}
 * is that token's user for this request only (stateless, nothing goes into a session) or, when the
 * token is unknown, revoked or its user disabled, a 401 at once; a browser session's user is
 * re-read from {@link Accounts} (cached) so a disabled user is signed out and a changed role
 * applies on the next request. A user who must change the password gets 403 "password change
 * required" on every {@code /api/} request but the sign-in endpoints ({@code /api/auth/**}) and
 * health, judged on the servlet path (decoded and normalised, as it is routed). Cost per request:
 * one SHA-256 and one map lookup when cached.
 */
public final class AccessFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final Accounts accounts;
    private final ProblemResponses problems;

    public AccessFilter(Accounts accounts, ProblemResponses problems) {
        this.accounts = accounts;
        this.problems = problems;
    }

    /** True when the request presents a bearer token (such requests need no CSRF token). */
    public static boolean hasBearer(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        return header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length());
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (hasBearer(request)) {
            String token = request.getHeader(HttpHeaders.AUTHORIZATION).substring(BEARER.length()).strip();
            Optional<Account> account = accounts.checkToken(token);
            if (account.isEmpty()) {
                SecurityContextHolder.clearContext();
                problems.unauthorized(request, response, "the bearer token is unknown, revoked, or its user is disabled");
                return;
            }
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(authentication(account.get()));
            SecurityContextHolder.setContext(context);
        } else {
            refreshSessionUser(request);
        }
        if (mustChangePassword() && !allowedBeforePasswordChange(request)) {
            problems.passwordChangeRequired(request, response);
            return;
        }
        chain.doFilter(request, response);
    }

    private void refreshSessionUser(HttpServletRequest request) {
        SecurityContext context = SecurityContextHolder.getContext();
        Authentication auth = context.getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof Account signedIn)) return;
        Optional<Account> now = accounts.current(signedIn.name());
        if (now.isEmpty()) {
            SecurityContextHolder.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) session.invalidate();
        } else if (!now.get().equals(signedIn)) {
            context.setAuthentication(authentication(now.get()));
        }
    }

    private static boolean mustChangePassword() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof Account a && a.mustChangePassword();
    }

    /** Outside {@code /api/} (the pages), {@code /api/auth/**} and {@code /api/health}. */
    static boolean allowedBeforePasswordChange(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return !path.startsWith("/api/") || path.startsWith("/api/auth/") || path.equals("/api/health");
    }

    static Authentication authentication(Account account) {
        return UsernamePasswordAuthenticationToken.authenticated(account, null, account.authorities());
    }
}
