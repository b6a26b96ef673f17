package org.lifecircle.web.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * FEATURE UNDER TEST: per-client token buckets: the burst, the sustained rate, the wait they
 * report, agreement with an independent reference (the generic cell-rate algorithm on
 * theoretical arrival times) on seeded random traffic, and eviction of idle clients.
 */
class TokenBucketsTest {

    private static final long SECOND = 1_000_000_000L;

    private final AtomicLong now = new AtomicLong(5 * SECOND);

    @Test
    void aBurstIsGrantedThenTheNextWaitsOneTokenTime() {
        TokenBuckets b = new TokenBuckets(20, 100, 1000, now::get);
        for (int i = 0; i < 100; i++) assertEquals(0, b.take("a"), "request " + i);
        assertEquals(SECOND / 20, b.take("a"), 1000, "the 101st waits 50 ms");
        assertEquals(0, b.take("b"), "another client has its own bucket");
        now.addAndGet(SECOND / 2);
        for (int i = 0; i < 10; i++) assertEquals(0, b.take("a"), "refilled request " + i);
        assertTrue(b.take("a") > 0, "half a second refills 10 tokens, not 11");
        now.addAndGet(3600 * SECOND);
        for (int i = 0; i < 100; i++) assertEquals(0, b.take("a"), "after an hour: request " + i);
        assertTrue(b.take("a") > 0, "the refill stops at the burst");
    }

    @Test
    void decisionsMatchTheCellRateReferenceOnRandomTraffic() {
        long seed = 0x5EED7B01L;
        Random random = new Random(seed);
        for (int round = 0; round < 20; round++) {
            double rate = 0.5 + random.nextDouble() * 50;
            int burst = 1 + random.nextInt(40);
            TokenBuckets b = new TokenBuckets(rate, burst, 1000, now::get);
            double interval = SECOND / rate;
            double tat = now.get();
            int granted = 0;
            for (int i = 0; i < 2000; i++) {
                now.addAndGet((long) (random.nextDouble() * random.nextDouble() * 3 * interval));
                double t = now.get();
                boolean expected = t >= tat - (burst - 1) * interval - 1;
                if (expected) tat = Math.max(tat, t) + interval;
                boolean actual = b.take("c") == 0;
                assertEquals(expected, actual, "seed " + seed + " round " + round + " request " + i
                        + " rate " + rate + " burst " + burst);
                if (actual) granted++;
            }
            assertTrue(granted > 0, "seed " + seed);
        }
    }

    @Test
    void idleClientsAreEvictedAndTheMapStaysBounded() {
        TokenBuckets b = new TokenBuckets(10, 5, 50, now::get);
        for (int i = 0; i < 40; i++) b.take("idle-" + i);
        assertEquals(40, b.clients());
        now.addAndGet(TokenBuckets.SWEEP_INTERVAL_NANOS);
        b.take("active");
        assertEquals(1, b.clients(), "only the client seen since the buckets refilled is kept");
        for (int i = 0; i < 500; i++) b.take("flood-" + i);
        assertTrue(b.clients() <= 51, "clients tracked: " + b.clients());
    }
}
