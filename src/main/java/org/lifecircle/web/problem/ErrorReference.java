package org.lifecircle.web.problem;

import java.util.UUID;

/** A short random reference that ties an internal-error answer to its stack trace in the server log. */
public final class ErrorReference {

    private ErrorReference() {
    }

    public static String next() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
