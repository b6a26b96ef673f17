package org.lifecircle.web.limits;

import java.util.regex.Pattern;
import org.lifecircle.io.InputException;

/**
 * A name from a request that ends up in a file name (an upload, a download): it must be a plain
 * name, else 400 on the request field. Refused: a folder part ({@code /} or {@code \}), a drive
 * ({@code :}), {@code .} and {@code ..}, control characters (NUL …), percent-encoded dot, slash,
 * backslash or NUL (never decoded here, refused so no later layer can decode them). O(length).
 */
public final class PlainName {

    private static final Pattern ENCODED_PATH = Pattern.compile("(?i)%(2e|2f|5c|00)");

    private PlainName() {
    }

    /** {@code name} when plain; else an {@link InputException} on {@code field} showing the name with control characters as '?'. */
    public static String check(String field, String what, String name) {
        if (name == null || name.isBlank()) throw InputException.of(field, what + " is missing");
        String shown = printable(name);
        if (name.codePoints().anyMatch(Character::isISOControl)) {
            throw InputException.of(field, what + " '" + shown + "' contains control characters");
        }
        if (name.indexOf('/') >= 0 || name.indexOf('\\') >= 0 || name.indexOf(':') >= 0
                || name.equals(".") || name.equals("..") || ENCODED_PATH.matcher(name).find()) {
            throw InputException.of(field, what + " '" + shown + "' is not a plain name (no folders, drives,"
                    + " '..' or encoded path characters)");
        }
        return name;
    }

    /** The text with control characters shown as '?', for messages. */
    public static String printable(String text) {
        if (text == null) return "";
        return text.codePoints().map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }
}
