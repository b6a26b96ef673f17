package org.lifecircle.planning;

/** Thrown out of a siting run whose {@link SitingMonitor} reported cancellation. */
public final class SitingCancelledException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SitingCancelledException() {
        super("site selection cancelled");
    }
}
