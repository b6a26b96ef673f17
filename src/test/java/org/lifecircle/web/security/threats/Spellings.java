package org.lifecircle.web.security.threats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The ways one path can be spelled that a server may route alike but a naive check reads
 * differently (issue #18 item 7): an encoded unreserved letter in each segment (lower- and
 * upper-case hex in turn), double encoding, mixed case ({@code /API/}, {@code /Api/}), a trailing
 * slash, {@code ;jsessionid=x}, {@code //} and {@code /./}. Each spelling is named, so a failure
 * reads as the threat it is. O(path length × segments).
 */
final class Spellings {

    private Spellings() {
    }

    /** Name → path, the plain spelling first under "plain". */
    static Map<String, String> of(String path) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("plain", path);
        String[] segments = path.substring(1).split("/");
        for (int s = 0; s < segments.length; s++) {
            int letter = firstLetter(segments[s]);
            if (letter < 0) continue;
            char c = segments[s].charAt(letter);
            String hex = String.format("%02x", (int) c);
            if (s % 2 == 1) hex = hex.toUpperCase(Locale.ROOT);
            out.put("encoded letter in segment " + (s + 1), replaceInSegment(segments, s, letter, "%" + hex));
            if (s == 0) out.put("double-encoded letter", replaceInSegment(segments, s, letter, "%25" + hex));
        }
        out.put("upper case /API/", "/" + segments[0].toUpperCase(Locale.ROOT) + rest(segments, 1));
        out.put("capitalised /Api/", "/" + capitalise(segments[0]) + rest(segments, 1));
        if (segments.length > 1) out.put("upper-case second segment", "/" + segments[0] + "/"
                + segments[1].toUpperCase(Locale.ROOT) + rest(segments, 2));
        out.put("trailing slash", path + "/");
        out.put(";jsessionid", path + ";jsessionid=x");
        out.put(";param on the first segment", "/" + segments[0] + ";x=y" + rest(segments, 1));
        out.put("double slash", "/" + segments[0] + "/" + rest(segments, 1));
        out.put("leading double slash", "/" + path);
        out.put("dot segment", "/" + segments[0] + "/." + rest(segments, 1));
        return out;
    }

    private static int firstLetter(String segment) {
        for (int i = 0; i < segment.length(); i++) {
            if (Character.isLetter(segment.charAt(i)) && segment.charAt(i) < 0x80) return i;
        }
        return -1;
    }

    private static String replaceInSegment(String[] segments, int s, int at, String with) {
        List<String> copy = new ArrayList<>(List.of(segments));
        String seg = copy.get(s);
        copy.set(s, seg.substring(0, at) + with + seg.substring(at + 1));
        return "/" + String.join("/", copy);
    }

    private static String rest(String[] segments, int from) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < segments.length; i++) sb.append('/').append(segments[i]);
        return sb.toString();
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
