package org.lifecircle.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * FEATURE UNDER TEST: the sign-in throttle's arithmetic on a hand-driven clock. With 5 free
 * failures, a first delay of 1 s and a cap of 60 s, the lock after the n-th failure in a row is
 * 0 s for n &lt; 5 and min(60, 2^(n-5)) s after: 1, 2, 4, 8, 16, 32, 60, 60 s. Attempts during a
 * lock do not extend it; a success or an hour without failures starts over; the per-address
 * budget lets a burst of 3 through, then one attempt per 6 s (10 a minute).
 */
class SignInThrottleTest {

    private static final long SECOND = 1_000_000_000L;
    private final AtomicLong now = new AtomicLong(1_000 * SECOND);
    private final SignInThrottle throttle = new SignInThrottle(new SignInThrottle.Settings(5, Duration.ofSeconds(1),
            Duration.ofSeconds(60), Duration.ofHours(1), 10, 3, 1_000), now::get);

    @Test
    void theLockDoublesFromTheFifthFailureUpToTheCap() {
        long[] expectedSeconds = {0, 0, 0, 0, 1, 2, 4, 8, 16, 32, 60, 60, 60};
        for (int n = 1; n <= expectedSeconds.length; n++) {
            assertFalse(throttle.locked("li.na"), "before failure " + n);
            throttle.failed("li.na");
            long lock = expectedSeconds[n - 1] * SECOND;
            assertEquals(lock, throttle.delayNanos(n), "delay after failure " + n);
            if (lock > 0) {
                now.addAndGet(lock - 1);
                assertTrue(throttle.locked("li.na"), "1 ns before the lock ends, failure " + n);
                throttle.failed("li.na");
                assertTrue(throttle.locked("li.na"));
                now.addAndGet(1);
            }
        }
        assertFalse(throttle.locked("zhang.wei"), "other accounts are not touched");
    }

    @Test
    void aSuccessOrAnHourWithoutFailuresStartsOver() {
        for (int i = 0; i < 5; i++) throttle.failed("a");
        assertTrue(throttle.locked("a"));
        throttle.succeeded("a");
        assertFalse(throttle.locked("a"));
        for (int i = 0; i < 4; i++) throttle.failed("a");
        throttle.failed("a");
        assertTrue(throttle.locked("a"), "five in a row again");

        for (int i = 0; i < 4; i++) throttle.failed("b");
        now.addAndGet(3_600 * SECOND);
        throttle.failed("b");
        assertFalse(throttle.locked("b"), "the four old failures are forgotten after an hour");
    }

    @Test
    void theAddressBudgetIsABurstThenTenAMinute() {
        for (int i = 0; i < 3; i++) assertEquals(0, throttle.addressWait("203.0.113.7"), "attempt " + i);
        long wait = throttle.addressWait("203.0.113.7");
        assertTrue(wait > 5 * SECOND && wait <= 6 * SECOND, "one token per 6 s, wait " + wait);
        assertEquals(0, throttle.addressWait("203.0.113.8"), "another address has its own budget");
    }

    @Test
    void memoryIsBoundedByMaxTracked() {
        SignInThrottle small = new SignInThrottle(new SignInThrottle.Settings(5, Duration.ofSeconds(1),
                Duration.ofSeconds(60), Duration.ofHours(1), 10, 3, 100), now::get);
        for (int i = 0; i < 1_000; i++) small.failed("name-" + i);
        assertTrue(small.tracked() <= 100, "tracked " + small.tracked());
    }
}
