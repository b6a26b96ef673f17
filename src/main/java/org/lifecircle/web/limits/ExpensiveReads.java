package org.lifecircle.web.limits;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.lifecircle.network.search.Cancellation;

/**
 * The bookkeeping of expensive reads: how many each client runs ({@link #tryStart}, at most
 * {@code perUser} at once), the time budget each gets (a {@link Cancellation} bound to the
 * request's thread), and the tokens in flight, so a shutdown can cancel them all
 * ({@link #cancelAll}). O(1) per request; memory O(clients with a read running).
 */
public final class ExpensiveReads {

    private final Duration timeBudget;
    private final int perUser;
    private final ConcurrentHashMap<String, AtomicInteger> running = new ConcurrentHashMap<>();
    private final Set<Cancellation> inFlight = ConcurrentHashMap.newKeySet();

    public ExpensiveReads(Duration timeBudget, int perUser) {
        if (timeBudget.isNegative() || timeBudget.isZero()) throw new IllegalArgumentException("time budget must be > 0");
        if (perUser < 1) throw new IllegalArgumentException("per-user limit must be >= 1");
        this.timeBudget = timeBudget;
        this.perUser = perUser;
    }

    public Duration timeBudget() {
        return timeBudget;
    }

    public int perUser() {
        return perUser;
    }

    /** Counts one more read for {@code client}; false (and nothing counted) when it already runs {@code perUser}. */
    public boolean tryStart(String client) {
        boolean[] admitted = {false};
        running.compute(client, (k, count) -> {
            AtomicInteger c = count == null ? new AtomicInteger() : count;
            if (c.get() < perUser) {
                c.incrementAndGet();
                admitted[0] = true;
            }
            return c;
        });
        return admitted[0];
    }

    /** Ends a read {@link #tryStart} admitted. */
    public void finish(String client) {
        running.computeIfPresent(client, (k, c) -> c.decrementAndGet() <= 0 ? null : c);
    }

    /** Binds a budgeted token to the current thread; close it when the read ends. */
    public Cancellation open() {
        Cancellation token = Cancellation.open(timeBudget.toNanos(), describe(timeBudget) + " (" + CostLimits.TIME_BUDGET + ")");
        inFlight.add(token);
        return token;
    }

    public void closed(Cancellation token) {
        inFlight.remove(token);
    }

    /** Stops every read in flight at its next checkpoint. */
    public void cancelAll(String reason) {
        for (Cancellation token : inFlight) token.cancel(reason);
    }

    static String describe(Duration d) {
        long millis = d.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }
}
