package org.lifecircle.web.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.lifecircle.io.InputException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Signing in: {@code POST /api/auth/login} (JSON user name and password, for the login page: starts
 * a session, new session id and new CSRF token), {@code GET /api/auth/me}, and
 * {@code POST /api/auth/token} (HTTP Basic, the only place Basic is accepted: issues an API token,
 * shown once), and {@code POST /api/auth/password} (the signed-in user changes their own password).
 * {@code POST /api/auth/logout} is Spring Security's logout filter. Every request that checks a
 * password first takes one attempt from the client address's sign-in budget
 * ({@link SignInThrottle}; 429 past it); answers with {@code passwordChangeRequired: true} tell
 * the client that nothing but a password change will be allowed.
 */
@RestController
@Tag(name = "auth", description = "Sign in, who am I, API tokens")
public class AuthController {

    private static final String BASIC = "Basic ";

    private final Accounts accounts;
    private final SignInThrottle throttle;
    private final CsrfTokenRepository csrfTokens;
    private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    public AuthController(Accounts accounts, SignInThrottle throttle, CsrfTokenRepository csrfTokens) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.csrfTokens = csrfTokens;
    }

    @PostMapping("/api/auth/login")
    @Operation(summary = "Browser sign-in with user name and password; answers {user, role} and sets the session cookie")
    public ResponseEntity<Object> login(@RequestBody(required = false) LoginRequest body, HttpServletRequest request,
                                        HttpServletResponse response) {
        long wait = throttle.addressWait(request.getRemoteAddr());
        if (wait > 0) return AuthResponses.tooManyAttempts(wait, throttle.settings());
        if (body == null || body.username() == null || body.password() == null) {
            throw InputException.of("body", "a JSON object with username and password is required");
        }
        Optional<Account> account = accounts.checkPassword(body.username(), body.password());
        if (account.isEmpty()) return AuthResponses.unauthorized("wrong user name or password");
        if (request.getSession(false) != null) request.changeSessionId();
        else request.getSession(true);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(AccessFilter.authentication(account.get()));
        SecurityContextHolder.setContext(context);
        sessions.saveContext(context, request, response);
        csrfTokens.saveToken(csrfTokens.generateToken(request), request, response);
        return ResponseEntity.ok(AuthResponses.account(account.get()));
    }

    @GetMapping("/api/auth/me")
    @Operation(summary = "The signed-in user and role, or 401")
    public ResponseEntity<Object> me() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof Account account)) {
            return AuthResponses.unauthorized("not signed in");
        }
        return ResponseEntity.ok(AuthResponses.account(account));
    }

    @PostMapping("/api/auth/token")
    @Operation(summary = "Issue an API token for the user named by HTTP Basic user:password; the token is shown once")
    public ResponseEntity<Object> token(@RequestBody(required = false) TokenRequest body, HttpServletRequest request) {
        long wait = throttle.addressWait(request.getRemoteAddr());
        if (wait > 0) return AuthResponses.tooManyAttempts(wait, throttle.settings());
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            return AuthResponses.unauthorized("send HTTP Basic user:password to get a token");
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(BASIC.length()).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return AuthResponses.unauthorized("the Basic credentials are not base64");
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) return AuthResponses.unauthorized("the Basic credentials are not user:password");
        Optional<Account> account = accounts.checkPassword(decoded.substring(0, colon), decoded.substring(colon + 1));
        if (account.isEmpty()) return AuthResponses.unauthorized("wrong user name or password");
        String label = body == null ? null : body.label();
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(AuthResponses.issued(accounts.issueToken(account.get().name(), label), account.get().mustChangePassword()));
    }

    @PostMapping("/api/auth/password")
    @Operation(summary = "The signed-in user changes their own password: {currentPassword, newPassword}; answers {user, role,"
            + " passwordChangeRequired: false}")
    public ResponseEntity<Object> changePassword(@RequestBody(required = false) PasswordChange body, HttpServletRequest request) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof Account account)) {
            return AuthResponses.unauthorized("sign in first, then change the password");
        }
        long wait = throttle.addressWait(request.getRemoteAddr());
        if (wait > 0) return AuthResponses.tooManyAttempts(wait, throttle.settings());
        if (body == null || body.currentPassword() == null || body.newPassword() == null) {
            throw InputException.of("body", "a JSON object with currentPassword and newPassword is required");
        }
        Account changed = accounts.changeOwnPassword(account.name(), body.currentPassword(), body.newPassword());
        return ResponseEntity.ok(AuthResponses.account(changed));
    }
}
