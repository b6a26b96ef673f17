package org.lifecircle.web.job;

/** The bounded job queue has no room; the API answers 503 so the client can retry later. */
public final class JobQueueFullException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public JobQueueFullException(int capacity) {
        super("job queue is full (" + capacity + " waiting); try again when a job has finished");
    }
}
