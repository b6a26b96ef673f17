package org.lifecircle.fuzz;

import java.net.URI;
import java.util.Locale;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * One fuzzed spelling of a protected API path for {@link ApiFuzzTest}: the first character picks
 * the path and the method, the second whether the planner (only for admin paths) or an anonymous
 * client sends it; every following pair of characters is one mutation (what, where): percent-encode
 * an unreserved character in lower- or upper-case hex, double-encode it ({@code %25xx}), flip its
 * case, insert {@code /./} or {@code //} at a slash, add {@code ;jsessionid=x} or a trailing
 * slash. Never a {@code ..} or a new letter: the result stays a spelling of a protected path.
 * O(text length × path length).
 */
record PathSpelling(String method, String path, boolean asPlanner) {

    private static final String[] PATHS = {"/api/admin/users", "/api/admin/users/admin/tokens", "/api/admin/users/admin",
        "/api/admin/tokens/1", "/api/scenarios", "/api/siting/runs", "/api/uploads", "/api/project", "/api/jobs/1",
        "/api/layers/roads", "/api/exports/layers/roads.geojson"};
    private static final String[] METHODS = {"GET", "POST", "PUT", "DELETE"};

    static PathSpelling of(String text) {
        int first = text.isEmpty() ? 0 : text.charAt(0);
        String path = PATHS[first % PATHS.length];
        String method = METHODS[(first / PATHS.length) % METHODS.length];
        boolean planner = text.length() > 1 && (text.charAt(1) & 1) == 1 && path.startsWith("/api/admin/");
        StringBuilder p = new StringBuilder(path);
        for (int i = 2; i + 1 < text.length() && p.length() < 400; i += 2) {
            mutate(p, text.charAt(i) % 8, text.charAt(i + 1) % p.length());
        }
        return new PathSpelling(method, p.toString(), planner);
    }

    private static void mutate(StringBuilder p, int what, int at) {
        char c = p.charAt(at);
        // the characters of an escape made by an earlier mutation stay as they are, or it would break
        boolean inEscape = c == '%' || (at >= 1 && p.charAt(at - 1) == '%') || (at >= 2 && p.charAt(at - 2) == '%');
        if (inEscape && what <= 3) return;
        boolean unreserved = c < 0x80 && (Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '~');
        switch (what) {
            case 0, 1 -> {
                if (!unreserved) return;
                String hex = String.format("%02x", (int) c);
                p.replace(at, at + 1, "%" + (what == 0 ? hex : hex.toUpperCase(Locale.ROOT)));
            }
            case 2 -> {
                if (unreserved) p.replace(at, at + 1, "%25" + String.format("%02X", (int) c));
            }
            case 3 -> {
                if (Character.isLetter(c) && c < 0x80) {
                    p.setCharAt(at, Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c));
                }
            }
            case 4 -> {
                if (c == '/') p.insert(at, "/.");
            }
            case 5 -> {
                if (c == '/') p.insert(at, "/");
            }
            case 6 -> p.append(";jsessionid=x");
            default -> p.append('/');
        }
    }

    MockHttpServletRequestBuilder request() {
        MockHttpServletRequestBuilder r = MockMvcRequestBuilders.request(HttpMethod.valueOf(method), URI.create(path));
        return method.equals("GET") || method.equals("DELETE") ? r : r.contentType(MediaType.APPLICATION_JSON).content("{}");
    }

    @Override
    public String toString() {
        return (asPlanner ? "planner " : "anonymous ") + method + " " + path;
    }
}
