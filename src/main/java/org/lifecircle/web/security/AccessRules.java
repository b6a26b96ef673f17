package org.lifecircle.web.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import java.util.function.Supplier;
import org.lifecircle.store.user.Role;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Which role a request needs, by HTTP method and path, in one place:
 * <ul>
 *   <li>public: everything outside {@code /api/} (the page, its assets, {@code /login.html}, the
 *       OpenAPI page), {@code /api/auth/**} and {@code GET /api/health};</li>
 *   <li>{@code /api/admin/**}: ADMIN;</li>
 *   <li>GET and HEAD on {@code /api/**}: VIEWER, or nobody when {@code anonymousRead} (kiosk mode);</li>
 *   <li>any other method on {@code /api/**} (scenario create and edit, {@code POST /api/siting/runs},
 *       {@code DELETE /api/jobs/{id}}, {@code POST /api/uploads}, and any write added later): PLANNER.</li>
 * </ul>
 * The path is matched by prefix after Spring Security's firewall has refused non-normalised URLs
 * ({@code ..}, {@code //}, {@code ;}, encoded slashes), so no spelling of a path slips past. Error and
 * async re-dispatches of an already authorised request pass.
 */
public final class AccessRules implements AuthorizationManager<RequestAuthorizationContext> {

    private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

    private final boolean anonymousRead;

    public AccessRules(boolean anonymousRead) {
        this.anonymousRead = anonymousRead;
    }

    /** The role {@code request} needs; null when it is public. */
    public static Role required(HttpServletRequest request, boolean anonymousRead) {
        String path = path(request);
        if (!path.startsWith("/api/") && !path.equals("/api")) return null;
        if (path.startsWith("/api/auth/")) return null;
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        if (read && path.equals("/api/health")) return null;
        if (path.startsWith("/api/admin/") || path.equals("/api/admin")) return Role.ADMIN;
        if (read) return anonymousRead ? null : Role.VIEWER;
        return Role.PLANNER;
    }

    static String path(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        return context != null && !context.isEmpty() && uri.startsWith(context) ? uri.substring(context.length()) : uri;
    }

    @Override
    @SuppressWarnings("deprecation")
    public AuthorizationDecision check(Supplier<Authentication> authentication, RequestAuthorizationContext context) {
        HttpServletRequest request = context.getRequest();
        DispatcherType dispatch = request.getDispatcherType();
        if (dispatch == DispatcherType.ERROR || dispatch == DispatcherType.ASYNC) return new AuthorizationDecision(true);
        Role needed = required(request, anonymousRead);
        if (needed == null) return new AuthorizationDecision(true);
        Authentication auth = authentication.get();
        if (auth == null || TRUST.isAnonymous(auth) || !(auth.getPrincipal() instanceof Account account)) {
            return new AuthorizationDecision(false);
        }
        return new AuthorizationDecision(account.role().includes(needed));
    }
}
