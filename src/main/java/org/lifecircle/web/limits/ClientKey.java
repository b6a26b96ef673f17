package org.lifecircle.web.limits;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;

/**
 * Who a request counts against for per-user limits (request rate, one running job): the
 * authenticated user's name ({@link HttpServletRequest#getUserPrincipal()}) when there is one,
 * else the client's address. The prefixes keep a user called "127.0.0.1" apart from that address.
 */
public final class ClientKey {

    private ClientKey() {
    }

    public static String of(HttpServletRequest request) {
        Principal user = request.getUserPrincipal();
        if (user != null && user.getName() != null) return "user:" + user.getName();
        return "address:" + request.getRemoteAddr();
    }
}
