package org.lifecircle.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Makes sure a browser holds an {@code XSRF-TOKEN} cookie: Spring Security creates the CSRF token
 * lazily, so the page would otherwise have none to send on its first write. Bearer requests are
 * skipped (they need no CSRF token and would only get a useless Set-Cookie).
 */
final class CsrfCookieFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!AccessFilter.hasBearer(request)) {
            CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
            if (token != null) token.getToken();
        }
        chain.doFilter(request, response);
    }
}
