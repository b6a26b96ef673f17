package org.lifecircle.fuzz;

import java.nio.file.Path;
import java.util.function.Supplier;
import org.lifecircle.io.InputException;

/**
 * The property every reader fuzz target checks: reading a file either returns a result that
 * passes the target's validity check, or throws an {@link InputException} that names the file
 * and says what is wrong. Any other exception or error propagates and is a finding.
 */
final class ReaderProperty {

    private ReaderProperty() {
    }

    /**
     * The result of {@code read}, or null when it threw an {@link InputException} naming
     * {@code file}.
     *
     * @throws AssertionError when the exception names another source or has no reason
     */
    static <T> T readOrReject(Path file, Supplier<T> read) {
        try {
            return read.get();
        } catch (InputException e) {
            check(file.toString().equals(e.source()), "the InputException names " + e.source() + ", not " + file, e);
            check(e.reason() != null && !e.reason().isBlank(), "the InputException has no reason", e);
            return null;
        }
    }

    /** Throws an AssertionError with {@code message} when {@code ok} is false. */
    static void check(boolean ok, String message) {
        if (!ok) throw new AssertionError(message);
    }

    private static void check(boolean ok, String message, Throwable cause) {
        if (!ok) throw new AssertionError(message, cause);
    }
}
