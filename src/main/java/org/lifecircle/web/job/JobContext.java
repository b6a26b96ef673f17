package org.lifecircle.web.job;

/**
 * What a running job sees of its job: it reports progress and polls for cancellation. Engines
 * stay free of this type; the adapter that starts an engine passes {@link #isCancelled} as the
 * engine's own cancellation check and {@link #progress} as its progress callback.
 */
public interface JobContext {

    /** Fraction done in [0, 1] (clamped) and a short human message (may be null to keep the last one). */
    void progress(double fraction, String message);

    /** True once the job was cancelled or ran past its time limit. */
    boolean isCancelled();

    /** Seconds until the job's time limit (0 once passed), or positive infinity without one; for solver deadlines. */
    default double secondsLeft() {
        return Double.POSITIVE_INFINITY;
    }

    /** Throws {@link JobCancelledException} once the job has been cancelled. */
    default void throwIfCancelled() {
        if (isCancelled()) throw new JobCancelledException();
    }
}
