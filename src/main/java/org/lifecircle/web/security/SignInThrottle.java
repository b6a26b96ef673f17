package org.lifecircle.web.security;

import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.lifecircle.web.limits.TokenBuckets;

/**
 * Slows password guessing (issue #18 item 4, ASVS 2.2.1) in two ways:
 * <ul>
 *   <li>per account: after {@code freeFailures} failed sign-ins in a row, the account is locked for
 *       {@code firstDelay}, doubling with every further failure up to {@code maxDelay}. A sign-in
 *       during the lock is refused even with the right password, and it answers exactly as a wrong
 *       password does (the caller still runs the full password check, so the time is the same); it
 *       does not extend the lock. A success ends the run of failures; so does {@code forgetAfter}
 *       without a failure. Unknown user names are tracked like real ones, so a lock says nothing
 *       about whether an account exists;</li>
 *   <li>per address: sign-in attempts (login and Basic token requests) from one client address
 *       share a token bucket ({@code addressBurst}, refilled at {@code addressPerMinute}); past it
 *       the caller answers 429.</li>
 * </ul>
 * Memory is bounded: at most {@code maxTracked} accounts; when more are tracked, entries whose
 * lock is over and whose failures are forgotten are dropped, and if that is not enough the table
 * is cleared (a flood of distinct names is itself held back by the per-address limit). Cost per
 * attempt: a few hash-map operations.
 */
public final class SignInThrottle {

    /** The settings, from {@code lifecircle.security.sign-in.*}. */
    public record Settings(int freeFailures, Duration firstDelay, Duration maxDelay, Duration forgetAfter,
                           double addressPerMinute, int addressBurst, int maxTracked) {
        public Settings {
            if (freeFailures < 1 || firstDelay.isNegative() || firstDelay.isZero() || maxDelay.compareTo(firstDelay) < 0
                    || forgetAfter.isNegative() || !(addressPerMinute > 0) || addressBurst < 1 || maxTracked < 1) {
                throw new IllegalArgumentException("lifecircle.security.sign-in: free-failures >= 1, 0 < first-delay <= max-delay,"
                        + " address-per-minute > 0, address-burst >= 1, max-tracked >= 1");
            }
        }
    }

    /** The defaults of {@code lifecircle.security.sign-in.*} (see web.properties and docs/operations.md). */
    public static final Settings DEFAULTS = new Settings(5, Duration.ofSeconds(1), Duration.ofMinutes(15), Duration.ofHours(1),
            10, 30, 100_000);

    private final Settings settings;
    private final LongSupplier nanoTime;
    private final TokenBuckets addresses;
    private final ConcurrentHashMap<String, Failures> accounts = new ConcurrentHashMap<>();

    /** A run of failures: how many, when the last was, and until when the account is locked. */
    private record Failures(int count, long lastNanos, long lockedUntilNanos) {
    }

    public SignInThrottle(Settings settings) {
        this(settings, System::nanoTime);
    }

    SignInThrottle(Settings settings, LongSupplier nanoTime) {
        this.settings = settings;
        this.nanoTime = nanoTime;
        this.addresses = new TokenBuckets(settings.addressPerMinute() / 60.0, settings.addressBurst(), settings.maxTracked());
    }

    public Settings settings() {
        return settings;
    }

    /** Takes one attempt from the address's budget: 0 when it may try, else the nanoseconds to wait. */
    public long addressWait(String address) {
        return addresses.take(address == null ? "?" : address);
    }

    /** True while {@code account} is locked: the attempt must be answered as a wrong password. */
    public boolean locked(String account) {
        Failures f = accounts.get(account);
        return f != null && nanoTime.getAsLong() - f.lockedUntilNanos() < 0;
    }

    /** Records a failed attempt; one made during a lock is not counted and does not extend it. */
    public void failed(String account) {
        long now = nanoTime.getAsLong();
        if (accounts.size() >= settings.maxTracked() && !accounts.containsKey(account)) sweep(now);
        accounts.compute(account, (k, f) -> {
            if (f != null && now - f.lockedUntilNanos() < 0) return f;
            int count = f == null || forgotten(f, now) ? 1 : f.count() + 1;
            long lockNanos = count < settings.freeFailures() ? 0 : delayNanos(count);
            return new Failures(count, now, now + lockNanos);
        });
    }

    /** A successful sign-in ends the account's run of failures. */
    public void succeeded(String account) {
        accounts.remove(account);
    }

    /** The lock after the {@code failures}-th failure in a row (0 before {@code freeFailures}). */
    long delayNanos(int failures) {
        if (failures < settings.freeFailures()) return 0;
        long max = settings.maxDelay().toNanos();
        long delay = settings.firstDelay().toNanos();
        for (int i = settings.freeFailures(); i < failures; i++) {
            if (delay > max / 2) return max;
            delay *= 2;
        }
        return Math.min(delay, max);
    }

    int tracked() {
        return accounts.size();
    }

    private boolean forgotten(Failures f, long now) {
        return now - f.lockedUntilNanos() >= 0 && now - f.lastNanos() >= settings.forgetAfter().toNanos();
    }

    private void sweep(long now) {
        for (Iterator<Map.Entry<String, Failures>> it = accounts.entrySet().iterator(); it.hasNext(); ) {
            if (forgotten(it.next().getValue(), now)) it.remove();
        }
        if (accounts.size() >= settings.maxTracked()) accounts.clear();
    }
}
