package org.lifecircle.web.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lifecircle.io.InputException;
import org.lifecircle.web.problem.UnknownIdException;

/** FEATURE UNDER TEST: background jobs: progress in order, result, cancellation by flag, bounded queue, failures, eviction. */
class JobServiceTest {

    private static final long WAIT_SECONDS = 20;

    private final JobService jobs = new JobService(1, 2, 3);

    @AfterEach
    void close() {
        jobs.close();
    }

    @Test
    void countingJobReportsEveryStepInOrderAndReturnsItsCount() throws Exception {
        int steps = 200;
        List<JobSnapshot> events = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch subscribed = new CountDownLatch(1);
        JobSnapshot submitted = jobs.submit("count", ctx -> {
            subscribed.await(WAIT_SECONDS, TimeUnit.SECONDS);
            int count = 0;
            for (int i = 1; i <= steps; i++) {
                count++;
                ctx.progress((double) i / steps, "step " + i);
            }
            return count;
        });
        jobs.subscribe(submitted.id(), events::add);
        subscribed.countDown();
        JobSnapshot done = awaitFinal(submitted.id());

        assertEquals(JobState.SUCCEEDED, done.state());
        assertEquals(steps, done.result());
        assertEquals(1.0, done.progress());
        List<JobSnapshot> seen = List.copyOf(events);
        for (int i = 1; i < seen.size(); i++) {
            assertEquals(seen.get(i - 1).sequence() + 1, seen.get(i).sequence(), "sequence gap at event " + i);
            assertTrue(seen.get(i).progress() >= seen.get(i - 1).progress(), "progress went back at event " + i);
        }
        List<String> stepMessages = seen.stream().map(JobSnapshot::message)
                .filter(m -> m != null && m.startsWith("step ")).distinct().toList();
        assertEquals(steps, stepMessages.size(), "every step message published once");
        for (int i = 0; i < steps; i++) assertEquals("step " + (i + 1), stepMessages.get(i));
        assertEquals(JobState.SUCCEEDED, seen.get(seen.size() - 1).state());
        assertNull(seen.get(seen.size() - 1).result(), "events carry no result");
    }

    @Test
    void runningJobStopsAtItsNextCheckAfterCancel() throws Exception {
        int steps = 1_000_000;
        AtomicInteger counted = new AtomicInteger();
        CountDownLatch halfway = new CountDownLatch(1);
        CountDownLatch cancelled = new CountDownLatch(1);
        JobSnapshot job = jobs.submit("count", ctx -> {
            for (int i = 1; i <= steps; i++) {
                ctx.throwIfCancelled();
                counted.incrementAndGet();
                if (i == 500) {
                    halfway.countDown();
                    cancelled.await(WAIT_SECONDS, TimeUnit.SECONDS);
                }
            }
            return counted.get();
        });
        assertTrue(halfway.await(WAIT_SECONDS, TimeUnit.SECONDS));
        JobSnapshot afterCancel = jobs.cancel(job.id());
        assertEquals(JobState.RUNNING, afterCancel.state(), "a running job finishes at its next check");
        cancelled.countDown();
        JobSnapshot done = awaitFinal(job.id());
        assertEquals(JobState.CANCELLED, done.state());
        assertEquals(500, counted.get(), "no step after the cancellation check");
        assertNull(done.result());
    }

    @Test
    void jobThatIgnoresTheFlagStillEndsCancelled() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        JobSnapshot job = jobs.submit("stubborn", ctx -> {
            started.countDown();
            release.await(WAIT_SECONDS, TimeUnit.SECONDS);
            return 42;
        });
        assertTrue(started.await(WAIT_SECONDS, TimeUnit.SECONDS));
        jobs.cancel(job.id());
        release.countDown();
        JobSnapshot done = awaitFinal(job.id());
        assertEquals(JobState.CANCELLED, done.state());
        assertNull(done.result(), "a cancelled job has no result even if its task returned one");
    }

    @Test
    void queuedJobIsCancelledAtOnceAndNeverRuns() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger ran = new AtomicInteger();
        JobSnapshot blocker = jobs.submit("block", ctx -> release.await(WAIT_SECONDS, TimeUnit.SECONDS));
        JobSnapshot queued = jobs.submit("queued", ctx -> ran.incrementAndGet());
        JobSnapshot afterCancel = jobs.cancel(queued.id());
        assertEquals(JobState.CANCELLED, afterCancel.state());
        release.countDown();
        assertEquals(JobState.SUCCEEDED, awaitFinal(blocker.id()).state());
        JobSnapshot after = jobs.submit("after", ctx -> "ok");
        assertEquals(JobState.SUCCEEDED, awaitFinal(after.id()).state());
        assertEquals(0, ran.get(), "the cancelled queued job must not run");
    }

    @Test
    void fullQueueIsRefused() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch running = new CountDownLatch(1);
        jobs.submit("block", ctx -> {
            running.countDown();
            return release.await(WAIT_SECONDS, TimeUnit.SECONDS);
        });
        assertTrue(running.await(WAIT_SECONDS, TimeUnit.SECONDS));
        jobs.submit("wait1", ctx -> 1);
        jobs.submit("wait2", ctx -> 2);
        int before = jobs.list().size();
        assertThrows(JobQueueFullException.class, () -> jobs.submit("wait3", ctx -> 3));
        assertEquals(before, jobs.list().size(), "a refused job is not kept");
        release.countDown();
    }

    @Test
    void badInputFailsWithItsMessageAndInternalErrorsWithAReferenceOnly() throws Exception {
        JobSnapshot bad = jobs.submit("bad", ctx -> {
            throw InputException.atRow("candidates.csv", 7, "lon is not a number");
        });
        JobSnapshot broken = jobs.submit("broken", ctx -> {
            throw new IllegalStateException("secret internals");
        });
        JobSnapshot badDone = awaitFinal(bad.id());
        JobSnapshot brokenDone = awaitFinal(broken.id());
        assertEquals(JobState.FAILED, badDone.state());
        assertEquals("candidates.csv, row 7: lon is not a number", badDone.error());
        assertEquals(JobState.FAILED, brokenDone.state());
        assertTrue(brokenDone.error().startsWith("internal error (ref "), brokenDone.error());
        assertTrue(!brokenDone.error().contains("secret"), "internal details stay in the log");
    }

    @Test
    void progressIsClampedAndTinyStepsAreNotPublished() throws Exception {
        List<JobSnapshot> events = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch subscribed = new CountDownLatch(1);
        JobSnapshot job = jobs.submit("tiny", ctx -> {
            subscribed.await(WAIT_SECONDS, TimeUnit.SECONDS);
            ctx.progress(-3, "start");
            for (int i = 1; i <= 10_000; i++) ctx.progress(i / 10_000.0, null);
            ctx.progress(7, null);
            return null;
        });
        jobs.subscribe(job.id(), events::add);
        subscribed.countDown();
        awaitFinal(job.id());
        List<JobSnapshot> running = events.stream().filter(e -> e.state() == JobState.RUNNING).toList();
        assertTrue(running.stream().allMatch(e -> e.progress() >= 0 && e.progress() <= 1));
        // 10,000 steps of 0.0001 with a minimum published step of 0.001: at most ~1,000 events, at least 900.
        assertTrue(running.size() <= 1 + 1 + (int) (1 / Job.MIN_PROGRESS_STEP), "published " + running.size());
        assertTrue(running.size() >= 900, "published " + running.size());
    }

    @Test
    void finishedJobsBeyondTheLimitAreForgottenOldestFirst() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            int value = i;
            String id = jobs.submit("n", ctx -> value).id();
            awaitFinal(id);
            ids.add(id);
        }
        assertThrows(UnknownIdException.class, () -> jobs.get(ids.get(0)));
        assertThrows(UnknownIdException.class, () -> jobs.get(ids.get(1)));
        for (int i = 2; i < 5; i++) assertEquals(i, jobs.get(ids.get(i)).result());
    }

    @Test
    void unknownIdsAreReported() {
        UnknownIdException e = assertThrows(UnknownIdException.class, () -> jobs.cancel("nope"));
        assertEquals("job", e.kind());
        assertEquals("nope", e.id());
    }

    private JobSnapshot awaitFinal(String id) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(WAIT_SECONDS).toNanos();
        while (System.nanoTime() < deadline) {
            JobSnapshot s = jobs.get(id);
            if (s.state().isFinal()) return s;
            Thread.sleep(5);
        }
        throw new AssertionError("job " + id + " did not finish in " + WAIT_SECONDS + " s: " + jobs.get(id));
    }
}
