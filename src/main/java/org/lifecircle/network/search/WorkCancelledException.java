package org.lifecircle.network.search;

/**
 * Work stopped at a {@link Cancellation#checkpoint}: its time budget ran out ({@link #timedOut})
 * or the caller cancelled it. Partial results are dropped.
 */
public final class WorkCancelledException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String budget;
    private final boolean timedOut;

    WorkCancelledException(String reason, String budget, boolean timedOut) {
        super(reason);
        this.budget = budget;
        this.timedOut = timedOut;
    }

    /** The budget's description, e.g. "10 s (lifecircle.limits.expensive.time-budget)". */
    public String budget() {
        return budget;
    }

    public boolean timedOut() {
        return timedOut;
    }
}
