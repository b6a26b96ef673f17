package org.lifecircle.planning;

/**
 * How a siting run reports progress and learns it should stop: {@link #cancelled()} is polled
 * between candidate searches and between solver stages; a cancelled run throws
 * {@link SitingCancelledException}. The solver's time limit is capped by {@link #secondsLeft()}.
 */
public interface SitingMonitor {

    SitingMonitor NONE = new SitingMonitor() {
        @Override
        public boolean cancelled() {
            return false;
        }

        @Override
        public void progress(double fraction, String message) {
        }
    };

    boolean cancelled();

    /** {@code fraction} in 0–1. */
    void progress(double fraction, String message);

    /** Wall-clock seconds the run may still take (a web job's time limit); caps the solver's limit. */
    default double secondsLeft() {
        return Double.POSITIVE_INFINITY;
    }
}
