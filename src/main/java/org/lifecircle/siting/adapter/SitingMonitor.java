package org.lifecircle.siting.adapter;

/**
 * How a siting run reports progress and learns it should stop: {@link #cancelled()} is polled
 * between candidate searches and between solver stages; a cancelled run throws
 * {@link SitingCancelledException}.
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
}
