package org.lifecircle.web.path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * FEATURE UNDER TEST: the one path every filter decides on: percent-decoded, without
 * {@code ;parameters}, {@code //} collapsed, dot segments resolved, context path stripped; a URI
 * that is not valid percent-encoding is marked; and the firewall's list of encoded unreserved
 * characters is exactly RFC 3986's unreserved set in both hex cases (checked against all 256
 * byte values).
 */
class RoutedPathTest {

    @Test
    void spellingsOfOnePathAreOnePath() {
        for (String raw : new String[] {"/api/admin/users", "/%61pi/admin/users", "/api/%61dmin/users", "/%61%70%69/admin/users",
            "/api/admin/users;jsessionid=x", "/api;x=y/admin/users", "/api//admin/users", "//api/admin/users",
            "/api/./admin/users", "/api/scenarios/../admin/users", "/api/admin/./users", "/api\\admin\\users"}) {
            RoutedPath p = RoutedPath.of(request(raw, ""));
            assertEquals("/api/admin/users", p.value(), raw);
            assertTrue(p.decodable(), raw);
            assertTrue(p.isUnderIgnoringCase("/api/admin"), raw);
        }
        assertEquals("/api/admin/users", RoutedPath.of(request("/ctx/api/admin/users", "/ctx")).value());
        assertTrue(RoutedPath.of(request("/API/Admin/users", "")).isUnderIgnoringCase("/api/admin"));
        assertFalse(RoutedPath.of(request("/API/health", "")).isUnder("/api"));
        assertTrue(RoutedPath.of(request("/API/health", "")).isApi());
        assertFalse(RoutedPath.of(request("/apis/x", "")).isApi());
    }

    @Test
    void brokenPercentEncodingIsMarked() {
        for (String raw : new String[] {"/api/%zz", "/api/x%", "/api/%4"}) {
            assertFalse(RoutedPath.of(request(raw, "")).decodable(), raw);
        }
    }

    @Test
    void encodedUnreservedIsExactlyTheUnreservedSetInBothHexCases() {
        Set<String> expected = new HashSet<>();
        for (int b = 0; b < 256; b++) {
            boolean unreserved = (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9')
                    || b == '-' || b == '.' || b == '_' || b == '~';
            if (!unreserved) continue;
            expected.add(String.format("%%%02X", b));
            expected.add(String.format("%%%02x", b));
        }
        assertEquals(expected, new HashSet<>(RoutedPath.ENCODED_UNRESERVED));
        assertEquals(66, expected.stream().map(s -> s.toUpperCase(Locale.ROOT)).distinct().count(), "66 characters");
    }

    private static MockHttpServletRequest request(String uri, String context) {
        MockHttpServletRequest r = new MockHttpServletRequest("GET", uri);
        r.setContextPath(context);
        return r;
    }
}
