package org.lifecircle.web.job;

import org.lifecircle.io.InputException;
import org.lifecircle.web.problem.ErrorReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns a job's failure into the one line the API shows: the reason for bad input, a reference for anything else. */
final class JobErrors {

    private static final Logger LOG = LoggerFactory.getLogger(JobErrors.class);

    private JobErrors() {
    }

    static String describe(Throwable failure) {
        for (Throwable c = failure; c != null; c = c.getCause()) {
            if (c instanceof InputException input) return input.getMessage();
        }
        String reference = ErrorReference.next();
        LOG.error("job failed (ref {})", reference, failure);
        return "internal error (ref " + reference + "; see the server log)";
    }
}
