package org.lifecircle.web.job;

/** The user already has a job queued or running (one at a time); the API answers 409 naming that job. */
public final class JobConflictException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String runningJobId;

    public JobConflictException(String runningJobId) {
        super("you already have a job running (" + runningJobId + "); wait for it to finish or cancel it with"
                + " DELETE /api/jobs/" + runningJobId);
        this.runningJobId = runningJobId;
    }

    public String runningJobId() {
        return runningJobId;
    }
}
