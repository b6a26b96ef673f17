package org.lifecircle.network.search;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Cooperative cancellation of the work one thread does for one caller (a web request): the
 * caller opens a token with a deadline and binds it to its thread; long loops (the search's
 * settle loop every {@link #CHECK_INTERVAL} nodes, the isochrone polygons between cutoffs) call
 * {@link #checkpoint}, which throws {@link WorkCancelledException} once the deadline has passed
 * or someone called {@link #cancel} (a client that went away, a server shutting down). Without a
 * bound token a checkpoint only counts. O(1) per checkpoint: one thread-local read, one
 * volatile read, one clock read.
 */
public final class Cancellation implements AutoCloseable {

    /** Nodes settled between two checkpoints of the search loop (a power of two). */
    public static final int CHECK_INTERVAL = 4096;

    private static final ThreadLocal<Cancellation> CURRENT = new ThreadLocal<>();
    private static final AtomicLong CHECKPOINTS = new AtomicLong();

    private final long deadlineNanos;
    private final String budget;
    private volatile String cancelReason;

    private Cancellation(long deadlineNanos, String budget) {
        this.deadlineNanos = deadlineNanos;
        this.budget = budget;
    }

    /**
     * Binds a new token to the current thread: work stops at the first checkpoint after
     * {@code budgetNanos} from now; {@code budget} names the budget in the exception ("10 s
     * (lifecircle.limits.expensive.time-budget)"). Close it to unbind.
     */
    public static Cancellation open(long budgetNanos, String budget) {
        Cancellation token = new Cancellation(System.nanoTime() + budgetNanos, budget);
        CURRENT.set(token);
        return token;
    }

    /** Stops the work at its next checkpoint, with this reason ("the client disconnected"). */
    public void cancel(String reason) {
        cancelReason = reason;
    }

    public boolean isCancelled() {
        return cancelReason != null;
    }

    /** The budget's description given to {@link #open}. */
    public String budget() {
        return budget;
    }

    /** Counts a checkpoint and throws when the current thread's token is cancelled or past its deadline. */
    public static void checkpoint() {
        CHECKPOINTS.incrementAndGet();
        Cancellation token = CURRENT.get();
        if (token != null) token.check();
    }

    /** Checkpoints passed by all threads so far: grows while any search runs (for tests and benches). */
    public static long checkpoints() {
        return CHECKPOINTS.get();
    }

    private void check() {
        String reason = cancelReason;
        if (reason != null) throw new WorkCancelledException(reason, budget, false);
        if (System.nanoTime() - deadlineNanos > 0) {
            throw new WorkCancelledException("the time budget of " + budget + " ran out", budget, true);
        }
    }

    @Override
    public void close() {
        if (CURRENT.get() == this) CURRENT.remove();
    }
}
