package org.lifecircle.web.limits;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * One token bucket per client key: {@code burst} tokens at most, refilled at
 * {@code perSecond}; a request takes one token or is told how long to wait. Cost per request:
 * one ConcurrentHashMap lookup and a few arithmetic operations under the bucket's own lock.
 *
 * <p>IMPLEMENTATION NOTE: a bucket idle long enough to be full again is indistinguishable from a
 * new one, so the sweep (at most once per {@link #SWEEP_INTERVAL_NANOS}, or when more than
 * {@code maxClients} keys are tracked, run by whichever request notices) drops exactly those. A
 * request racing the sweep may take its token from a bucket just dropped: it is let through, as
 * it would have been from the new full bucket. When the map is still over {@code maxClients} after
 * the sweep (a flood of distinct keys), it is cleared: every client restarts with a full burst,
 * memory stays bounded. Sweep cost O(clients).
 */
public final class TokenBuckets {

    static final long SWEEP_INTERVAL_NANOS = 60_000_000_000L;
    private static final double NANOS_PER_SECOND = 1e9;

    private final double tokensPerNano;
    private final int burst;
    private final int maxClients;
    private final long refillNanos;
    private final LongSupplier nanoTime;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final AtomicLong nextSweep;

    public TokenBuckets(double perSecond, int burst, int maxClients) {
        this(perSecond, burst, maxClients, System::nanoTime);
    }

    TokenBuckets(double perSecond, int burst, int maxClients, LongSupplier nanoTime) {
        if (!(perSecond > 0) || burst < 1 || maxClients < 1) {
            throw new IllegalArgumentException("rate must be > 0, burst and maxClients >= 1; got "
                    + perSecond + ", " + burst + ", " + maxClients);
        }
        this.tokensPerNano = perSecond / NANOS_PER_SECOND;
        this.burst = burst;
        this.maxClients = maxClients;
        this.refillNanos = (long) Math.ceil(burst / tokensPerNano);
        this.nanoTime = nanoTime;
        this.nextSweep = new AtomicLong(nanoTime.getAsLong() + SWEEP_INTERVAL_NANOS);
    }

    /** Takes a token for {@code key}: 0 when granted, else the nanoseconds until one is available. */
    public long take(String key) {
        long now = nanoTime.getAsLong();
        Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(burst, now));
        long wait = bucket.take(now, tokensPerNano, burst);
        long sweepAt = nextSweep.get();
        if ((now - sweepAt >= 0 || buckets.size() > maxClients) && nextSweep.compareAndSet(sweepAt, now + SWEEP_INTERVAL_NANOS)) {
            sweep(now);
        }
        return wait;
    }

    /** Clients tracked now. */
    public int clients() {
        return buckets.size();
    }

    public double perSecond() {
        return tokensPerNano * NANOS_PER_SECOND;
    }

    public int burst() {
        return burst;
    }

    private void sweep(long now) {
        for (Iterator<Map.Entry<String, Bucket>> it = buckets.entrySet().iterator(); it.hasNext(); ) {
            if (it.next().getValue().idleSince(now) >= refillNanos) it.remove();
        }
        if (buckets.size() > maxClients) buckets.clear();
    }

    private static final class Bucket {
        private double tokens;
        private long lastNanos;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.lastNanos = now;
        }

        synchronized long take(long now, double tokensPerNano, int burst) {
            long elapsed = Math.max(0, now - lastNanos);
            tokens = Math.min(burst, tokens + elapsed * tokensPerNano);
            lastNanos = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - tokens) / tokensPerNano));
        }

        synchronized long idleSince(long now) {
            return now - lastNanos;
        }
    }
}
