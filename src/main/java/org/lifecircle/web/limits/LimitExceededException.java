package org.lifecircle.web.limits;

/**
 * A request is bigger than a configured limit (features or rows in an uploaded file, raster
 * cells); the API answers 413 naming the field, the file, the count, the maximum and the
 * property that sets it.
 */
public final class LimitExceededException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String field;
    private final String file;
    private final long count;
    private final long max;
    private final String property;

    public LimitExceededException(String field, String file, String what, long count, long max, String property) {
        super(file + ": " + count + " " + what + ", more than the " + max + " allowed (" + property + ")");
        this.field = field;
        this.file = file;
        this.count = count;
        this.max = max;
        this.property = property;
    }

    public String field() {
        return field;
    }

    public String file() {
        return file;
    }

    public long count() {
        return count;
    }

    public long max() {
        return max;
    }

    /** The {@code lifecircle.limits.*} property that sets the maximum. */
    public String property() {
        return property;
    }
}
