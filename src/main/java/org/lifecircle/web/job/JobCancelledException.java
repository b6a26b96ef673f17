package org.lifecircle.web.job;

/** Thrown inside a job that noticed it was cancelled; ends the job as CANCELLED, not FAILED. */
public final class JobCancelledException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public JobCancelledException() {
        super("job cancelled", null, false, false);
    }
}
