package org.lifecircle.store.postgis;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.lifecircle.io.InputException;

/**
 * A table or column name taken from a project file, checked before it goes anywhere near SQL:
 * letters (any script), digits, underscore and $, starting with a letter or underscore, at most
 * 63 bytes (PostgreSQL's limit). Quoted when used, so case and keywords are kept as written.
 */
public record SqlIdentifier(String name) {

    private static final Pattern PLAIN = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_$]*");

    public SqlIdentifier {
        if (name == null) throw new IllegalArgumentException("no identifier");
    }

    /** The identifier, or an {@link InputException} naming {@code source} and {@code what} when it is not plain. */
    public static SqlIdentifier of(String source, String what, String name) {
        if (name == null || name.isEmpty()) throw InputException.of(source, what + " is missing");
        if (!PLAIN.matcher(name).matches() || name.getBytes(StandardCharsets.UTF_8).length > 63) {
            throw InputException.of(source, what + " '" + name + "' is not a plain SQL identifier"
                    + " (letters, digits and underscores, at most 63 bytes)");
        }
        return new SqlIdentifier(name);
    }

    /** Double-quoted for SQL text. */
    public String quoted() {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    @Override
    public String toString() {
        return name;
    }
}
