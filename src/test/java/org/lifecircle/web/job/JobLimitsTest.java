package org.lifecircle.web.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lifecircle.io.InputException;

/**
 * FEATURE UNDER TEST: job limits: one unfinished job per owner (queued or running; freed when it
 * ends, is cancelled or refused), and the time limit counted from the start on a hand-moved
 * clock: the job reads as cancelled at the limit and ends FAILED naming it; a user's cancel stays
 * CANCELLED; a job's own failure keeps its message.
 */
class JobLimitsTest {

    private static final long WAIT_SECONDS = 20;

    private final ManualClock clock = new ManualClock();
    private final JobService jobs = new JobService(1, 2, 10, clock);

    @AfterEach
    void close() {
        jobs.close();
    }

    @Test
    void oneUnfinishedJobPerOwner() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        JobSnapshot first = jobs.submit("siting", "user:li", null, ctx -> release.await(WAIT_SECONDS, TimeUnit.SECONDS));
        JobConflictException e = assertThrows(JobConflictException.class,
                () -> jobs.submit("siting", "user:li", null, ctx -> 1));
        assertEquals(first.id(), e.runningJobId());
        assertTrue(e.getMessage().contains(first.id()), e.getMessage());

        JobSnapshot queued = jobs.submit("siting", "user:wang", null, ctx -> 2);
        assertEquals(JobState.QUEUED, queued.state());
        assertEquals(queued.id(), assertThrows(JobConflictException.class,
                () -> jobs.submit("siting", "user:wang", null, ctx -> 3)).runningJobId(), "a queued job counts");
        jobs.cancel(queued.id());
        JobSnapshot again = jobs.submit("siting", "user:wang", null, ctx -> 4);
        JobSnapshot filler = jobs.submit("load", ctx -> 5);

        assertThrows(JobQueueFullException.class, () -> jobs.submit("siting", "user:zhao", null, ctx -> 6));
        jobs.cancel(filler.id());
        assertEquals(JobState.QUEUED, jobs.submit("siting", "user:zhao", null, ctx -> 7).state(),
                "a job refused by the full queue left no claim behind");
        assertEquals(again.id(), assertThrows(JobConflictException.class,
                () -> jobs.submit("siting", "user:wang", null, ctx -> 3)).runningJobId());

        release.countDown();
        assertEquals(JobState.SUCCEEDED, awaitFinal(first.id()).state());
        JobSnapshot next = jobs.submit("siting", "user:li", null, ctx -> 8);
        assertEquals(8, awaitFinal(next.id()).result());
    }

    @Test
    void aJobPastItsTimeLimitEndsFailedNamingTheLimit() throws Exception {
        CountDownLatch polling = new CountDownLatch(1);
        AtomicLong secondsLeftAtStart = new AtomicLong(-1);
        JobSnapshot job = jobs.submit("siting", "user:li", Duration.ofMinutes(10), ctx -> {
            secondsLeftAtStart.set(Math.round(ctx.secondsLeft()));
            polling.countDown();
            while (true) {
                ctx.throwIfCancelled();
                Thread.onSpinWait();
            }
        });
        assertTrue(polling.await(WAIT_SECONDS, TimeUnit.SECONDS));
        assertEquals(600, secondsLeftAtStart.get());
        clock.advance(Duration.ofSeconds(599));
        Thread.sleep(50);
        assertEquals(JobState.RUNNING, jobs.get(job.id()).state(), "one second before the limit");
        clock.advance(Duration.ofSeconds(1));
        JobSnapshot done = awaitFinal(job.id());
        assertEquals(JobState.FAILED, done.state());
        assertTrue(done.error().contains("time limit of 600 s") && done.error().contains("lifecircle.limits.jobs.time-limit"),
                done.error());
        JobSnapshot next = jobs.submit("siting", "user:li", null, ctx -> 1);
        assertEquals(1, awaitFinal(next.id()).result(), "the owner is free again");
    }

    @Test
    void timeInTheQueueDoesNotCountAndCancelStaysCancel() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        jobs.submit("load", ctx -> release.await(WAIT_SECONDS, TimeUnit.SECONDS));
        CountDownLatch started = new CountDownLatch(1);
        JobSnapshot job = jobs.submit("siting", "user:li", Duration.ofSeconds(30), ctx -> {
            started.countDown();
            while (true) ctx.throwIfCancelled();
        });
        clock.advance(Duration.ofHours(1));
        release.countDown();
        assertTrue(started.await(WAIT_SECONDS, TimeUnit.SECONDS));
        Thread.sleep(50);
        assertEquals(JobState.RUNNING, jobs.get(job.id()).state(), "an hour queued is not running time");
        jobs.cancel(job.id());
        assertEquals(JobState.CANCELLED, awaitFinal(job.id()).state());
    }

    @Test
    void aJobsOwnFailureAfterTheLimitKeepsItsMessage() throws Exception {
        JobSnapshot job = jobs.submit("siting", "user:li", Duration.ofSeconds(1), ctx -> {
            clock.advance(Duration.ofSeconds(2));
            if (ctx.isCancelled()) throw InputException.of("candidates.csv", "row 3: lon is not a number");
            return 0;
        });
        JobSnapshot done = awaitFinal(job.id());
        assertEquals(JobState.FAILED, done.state());
        assertTrue(done.error().contains("row 3"), done.error());
    }

    private JobSnapshot awaitFinal(String id) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (System.nanoTime() < deadline) {
            JobSnapshot s = jobs.get(id);
            if (s.state().isFinal()) return s;
            Thread.sleep(5);
        }
        throw new AssertionError("job " + id + " did not finish: " + jobs.get(id));
    }

    /** A clock that moves only when told. */
    static final class ManualClock extends Clock {
        private final AtomicLong millis = new AtomicLong(Instant.parse("2025-03-01T08:00:00Z").toEpochMilli());

        void advance(Duration d) {
            millis.addAndGet(d.toMillis());
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis.get());
        }

        @Override
        public long millis() {
            return millis.get();
        }
    }
}
