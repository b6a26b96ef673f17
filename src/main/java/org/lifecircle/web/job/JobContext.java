package org.lifecircle.web.job;

/**
 * What a running job sees of its job: it reports progress and polls for cancellation. Engines
 * stay free of this type; the adapter that starts an engine passes {@link #isCancelled} as the
 * engine's own cancellation check and {@link #progress} as its progress callback.
 */
public interface JobContext {

    /** Fraction done in [0, 1] (clamped) and a short human message (may be null to keep the last one). */
    void progress(double fraction, String message);

    boolean isCancelled();

    /** Throws {@link JobCancelledException} once the job has been cancelled. */
    default void throwIfCancelled() {
        if (isCancelled()) throw new JobCancelledException();
    }
}
