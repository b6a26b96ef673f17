package org.lifecircle.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import org.lifecircle.web.path.RoutedPath;
import org.springframework.security.web.header.HeaderWriter;

/**
 * The browser-hardening headers of every response: a Content-Security-Policy (scripts, styles,
 * fonts and connections from this origin only, no inline script, no framing, no plug-ins; images
 * from this origin, {@code data:} and, only when configured, the online tile hosts), a
 * Referrer-Policy of {@code same-origin}. The Swagger UI page ({@code /swagger-ui/**}) alone may
 * use inline styles, which its React components set. Spring Security adds nosniff and
 * {@code X-Frame-Options: DENY} itself; {@link #writeHeaders} repeats them for the firewall's
 * refusals, which leave the filter chain before its header writer. O(1) per response.
 */
public final class SecurityHeaders implements HeaderWriter {

    public static final String OSM_TILES = "https://tile.openstreetmap.org";
    public static final String TIANDITU_TILES = "https://*.tianditu.gov.cn";

    private final String pagePolicy;
    private final String swaggerPolicy;

    public SecurityHeaders(boolean osmTiles, boolean tiandituTiles) {
        List<String> images = new ArrayList<>(List.of("'self'", "data:"));
        if (osmTiles) images.add(OSM_TILES);
        if (tiandituTiles) images.add(TIANDITU_TILES);
        String common = "default-src 'self'; script-src 'self'; img-src " + String.join(" ", images)
                + "; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'"
                + "; frame-ancestors 'none'";
        this.pagePolicy = common + "; style-src 'self'";
        this.swaggerPolicy = common + "; style-src 'self' 'unsafe-inline'";
    }

    /** The Content-Security-Policy of a response to {@code request}. */
    public String policy(HttpServletRequest request) {
        RoutedPath path = RoutedPath.of(request);
        return path.isUnder("/swagger-ui") ? swaggerPolicy : pagePolicy;
    }

    @Override
    public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", policy(request));
        response.setHeader("Referrer-Policy", "same-origin");
        if (!response.containsHeader("X-Content-Type-Options")) response.setHeader("X-Content-Type-Options", "nosniff");
        if (!response.containsHeader("X-Frame-Options")) response.setHeader("X-Frame-Options", "DENY");
    }
}
