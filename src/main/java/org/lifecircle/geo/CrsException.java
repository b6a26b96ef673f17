package org.lifecircle.geo;

/**
 * A coordinate reference system that cannot be decoded, or coordinates that cannot be
 * transformed. Readers in {@code io} turn it into an {@code InputException} naming the file.
 */
public final class CrsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CrsException(String message) {
        super(message);
    }

    public CrsException(String message, Throwable cause) {
        super(message, cause);
    }
}
