package org.lifecircle.web.path;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.util.StringUtils;
import org.springframework.web.util.UrlPathHelper;

/**
 * The path a request is routed by, the one every filter that looks at the path decides on (access
 * rules, CSRF, rate limits, request-path checks): the request URI within the application,
 * percent-decoded, without {@code ;parameters}, with {@code //} collapsed and {@code .} /
 * {@code ..} resolved, as Tomcat and Spring MVC see it. A URI that is not valid percent-encoding is
 * marked {@link #decodable() undecodable} (Tomcat answers 400 to it itself; the access rules treat
 * it as the strictest path). Also lists the percent-encodings of unreserved characters
 * ({@link #ENCODED_UNRESERVED}) that the firewall refuses, so no path has two spellings. Cost
 * O(path length).
 */
public record RoutedPath(String value, boolean decodable) {

    /** {@code %XX} for every unreserved character (RFC 3986: letters, digits, {@code - . _ ~}), both hex cases. */
    public static final List<String> ENCODED_UNRESERVED = encodedUnreserved();

    private static final UrlPathHelper DECODED = new UrlPathHelper();

    static {
        DECODED.setUrlDecode(true);
        DECODED.setRemoveSemicolonContent(true);
    }

    public static RoutedPath of(HttpServletRequest request) {
        try {
            String path = DECODED.getPathWithinApplication(request);
            return new RoutedPath(normalise(path), true);
        } catch (IllegalArgumentException e) {
            return new RoutedPath(normalise(raw(request)), false);
        }
    }

    /** The request URI as sent (still encoded), without the context path: for messages. */
    public static String raw(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        return context != null && !context.isEmpty() && uri.startsWith(context) ? uri.substring(context.length()) : uri;
    }

    private static String normalise(String path) {
        String clean = StringUtils.cleanPath(path.replace('\\', '/'));
        while (clean.contains("//")) clean = clean.replace("//", "/");
        return clean.startsWith("/") ? clean : "/" + clean;
    }

    /** True for {@code prefix} itself and anything below it ({@code prefix/…}), exact case. */
    public boolean isUnder(String prefix) {
        return value.equals(prefix) || value.startsWith(prefix + "/");
    }

    /** {@link #isUnder} ignoring case: for the checks where a wider match is the safe side (admin, rate limits). */
    public boolean isUnderIgnoringCase(String prefix) {
        String lower = value.toLowerCase(Locale.ROOT);
        return lower.equals(prefix) || lower.startsWith(prefix + "/");
    }

    /** Under {@code /api}, in any letter case. */
    public boolean isApi() {
        return isUnderIgnoringCase("/api");
    }

    private static List<String> encodedUnreserved() {
        List<String> out = new ArrayList<>();
        for (char c = 0x21; c < 0x7F; c++) {
            boolean unreserved = Character.isLetterOrDigit(c) || c == '-' || c == '.' || c == '_' || c == '~';
            if (!unreserved) continue;
            String upper = String.format("%%%02X", (int) c);
            out.add(upper);
            String lower = upper.toLowerCase(Locale.ROOT);
            if (!lower.equals(upper)) out.add(lower);
        }
        return List.copyOf(out);
    }
}
