package org.lifecircle.web.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import java.util.function.Supplier;
import org.lifecircle.store.user.Role;
import org.lifecircle.web.path.RoutedPath;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Which role a request needs, by HTTP method and {@link RoutedPath} (the decoded, normalised path
 * Spring MVC routes), in one place. Deny by default:
 * <ul>
 *   <li>{@code /api/admin/**} in any letter case, and a path that is not valid percent-encoding: ADMIN;</li>
 *   <li>public, an explicit list: {@code /}, the files of the web root ({@link StaticFiles}),
 *       {@code /webjars/**}, the OpenAPI document and page ({@code /v3/api-docs/**},
 *       {@code /swagger-ui.html}, {@code /swagger-ui/**}), {@code /api/auth/**} and
 *       {@code GET /api/health};</li>
 *   <li>any other GET or HEAD, inside {@code /api/} or out: VIEWER, or nobody when
 *       {@code anonymousRead} (kiosk mode);</li>
 *   <li>any other method (scenario create and edit, siting runs, job cancel, uploads, and any write
 *       added later): PLANNER.</li>
 * </ul>
 * Before these rules run, the firewall has refused non-normalised URLs ({@code ..}, {@code //},
 * {@code ;}, encoded slashes, {@code %25}) and every encoded unreserved character, so a path has
 * one spelling. Error and async re-dispatches of an already authorised request pass. Cost
 * O(path length) per request.
 */
public final class AccessRules implements AuthorizationManager<RequestAuthorizationContext> {

    private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

    private final boolean anonymousRead;
    private final Set<String> publicFiles;

    /** {@code publicFiles}: the paths of the web root's files ({@code /index.html}, {@code /app.js} …). */
    public AccessRules(boolean anonymousRead, Set<String> publicFiles) {
        this.anonymousRead = anonymousRead;
        this.publicFiles = Set.copyOf(publicFiles);
    }

    /** The role {@code request} needs; null when it is public. */
    public Role required(HttpServletRequest request) {
        RoutedPath path = RoutedPath.of(request);
        if (!path.decodable() || path.isUnderIgnoringCase("/api/admin")) return Role.ADMIN;
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        if (isPublic(path, read)) return null;
        if (read) return anonymousRead ? null : Role.VIEWER;
        return Role.PLANNER;
    }

    private boolean isPublic(RoutedPath path, boolean read) {
        String p = path.value();
        if (path.isUnder("/api/auth") && !p.equals("/api/auth")) return true;
        if (read && p.equals("/api/health")) return true;
        if (path.isApi()) return false;
        return p.equals("/") || publicFiles.contains(p) || (path.isUnder("/webjars") && !p.equals("/webjars"))
                || path.isUnder("/v3/api-docs") || p.equals("/v3/api-docs.yaml")
                || p.equals("/swagger-ui.html") || (path.isUnder("/swagger-ui") && !p.equals("/swagger-ui"));
    }

    @Override
    @SuppressWarnings("deprecation")
    public AuthorizationDecision check(Supplier<Authentication> authentication, RequestAuthorizationContext context) {
        HttpServletRequest request = context.getRequest();
        DispatcherType dispatch = request.getDispatcherType();
        if (dispatch == DispatcherType.ERROR || dispatch == DispatcherType.ASYNC) return new AuthorizationDecision(true);
        Role needed = required(request);
        if (needed == null) return new AuthorizationDecision(true);
        Authentication auth = authentication.get();
        if (auth == null || TRUST.isAnonymous(auth) || !(auth.getPrincipal() instanceof Account account)) {
            return new AuthorizationDecision(false);
        }
        return new AuthorizationDecision(account.role().includes(needed));
    }
}
