package org.lifecircle.io;

/**
 * Bad input from a user-supplied file or request: names the source (file or field) and, where
 * known, the location inside it (row, feature, line), so the command line can exit 2 with a
 * one-line reason and the API can answer 400. Never used for programming errors.
 */
public final class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final String location;
    private final String reason;

    public InputException(String source, String location, String reason) {
        this(source, location, reason, null);
    }

    public InputException(String source, String location, String reason, Throwable cause) {
        super(format(source, location, reason), cause);
        this.source = source;
        this.location = location;
        this.reason = reason;
    }

    /** A problem with the whole source rather than one place in it. */
    public static InputException of(String source, String reason) {
        return new InputException(source, null, reason);
    }

    public static InputException atRow(String source, long row, String reason) {
        return new InputException(source, "row " + row, reason);
    }

    public static InputException atFeature(String source, long feature, String reason) {
        return new InputException(source, "feature " + feature, reason);
    }

    /** File name or request field the problem is in. */
    public String source() {
        return source;
    }

    /** "row 12", "feature 3", … or null when the problem concerns the whole source. */
    public String location() {
        return location;
    }

    public String reason() {
        return reason;
    }

    private static String format(String source, String location, String reason) {
        StringBuilder sb = new StringBuilder();
        if (source != null) sb.append(source);
        if (location != null) sb.append(sb.length() > 0 ? ", " : "").append(location);
        if (sb.length() > 0) sb.append(": ");
        return sb.append(reason).toString();
    }
}
