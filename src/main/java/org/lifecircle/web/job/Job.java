package org.lifecircle.web.job;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * One job's mutable state, guarded by its own lock. Every change bumps the sequence number and is
 * handed to the listeners while the lock is held, so each listener sees changes in order.
 * Progress reports closer than {@link #MIN_PROGRESS_STEP} to the last published one, with the same
 * message, are dropped: engines may report per item without flooding the event stream.
 * A job with a time limit reads as cancelled once the limit has passed since it started; if it
 * then stops by {@link JobCancelledException} it ends FAILED with the limit named.
 */
final class Job implements JobContext, Runnable {

    static final double MIN_PROGRESS_STEP = 0.001;
    static final String TIME_LIMIT_PROPERTY = "lifecircle.limits.jobs.time-limit";

    final String id;
    final String kind;
    /** Who started it, for the one-running-job-per-user rule; null for the server's own jobs. */
    final String owner;
    private final long timeLimitMillis;
    private final JobTask task;
    private final Clock clock;
    private final Consumer<Job> onFinish;
    private final Instant createdAt;
    private final List<Consumer<JobSnapshot>> listeners = new ArrayList<>();

    private volatile boolean cancelled;
    private volatile long deadlineMillis = Long.MAX_VALUE;
    private volatile boolean timedOut;
    private JobState state = JobState.QUEUED;
    private double progress;
    private String message;
    private long sequence;
    private Instant startedAt;
    private Instant finishedAt;
    private String error;
    private Object result;

    /** {@code timeLimit} null or zero: no limit. */
    Job(String id, String kind, String owner, Duration timeLimit, JobTask task, Clock clock, Consumer<Job> onFinish) {
        this.id = id;
        this.kind = kind;
        this.owner = owner;
        this.timeLimitMillis = timeLimit == null ? 0 : timeLimit.toMillis();
        this.task = task;
        this.clock = clock;
        this.onFinish = onFinish;
        this.createdAt = clock.instant();
    }

    @Override
    public void run() {
        synchronized (this) {
            if (state != JobState.QUEUED) return;
            state = JobState.RUNNING;
            startedAt = clock.instant();
            if (timeLimitMillis > 0) deadlineMillis = startedAt.toEpochMilli() + timeLimitMillis;
            publish();
        }
        Object value = null;
        Throwable failure = null;
        try {
            value = task.run(this);
        } catch (Throwable t) {
            failure = t;
        }
        finish(value, failure);
    }

    private void finish(Object value, Throwable failure) {
        synchronized (this) {
            finishedAt = clock.instant();
            if (!cancelled && timedOut && failure instanceof JobCancelledException) {
                state = JobState.FAILED;
                error = "stopped at the time limit of " + timeLimitText() + " (" + TIME_LIMIT_PROPERTY + ")";
            } else if (cancelled || failure instanceof JobCancelledException) {
                state = JobState.CANCELLED;
                message = "cancelled";
            } else if (failure != null) {
                state = JobState.FAILED;
                error = JobErrors.describe(failure);
            } else {
                state = JobState.SUCCEEDED;
                progress = 1.0;
                result = value;
            }
            publish();
            listeners.clear();
        }
        onFinish.accept(this);
    }

    @Override
    public void progress(double fraction, String newMessage) {
        synchronized (this) {
            if (state != JobState.RUNNING) return;
            double clamped = Double.isNaN(fraction) ? progress : Math.max(0.0, Math.min(1.0, fraction));
            boolean messageChanged = newMessage != null && !newMessage.equals(message);
            if (!messageChanged && Math.abs(clamped - progress) < MIN_PROGRESS_STEP) return;
            progress = clamped;
            if (newMessage != null) message = newMessage;
            publish();
        }
    }

    @Override
    public boolean isCancelled() {
        if (cancelled) return true;
        if (deadlineMillis != Long.MAX_VALUE && clock.millis() >= deadlineMillis) {
            timedOut = true;
            return true;
        }
        return false;
    }

    @Override
    public double secondsLeft() {
        long deadline = deadlineMillis;
        if (deadline == Long.MAX_VALUE) return Double.POSITIVE_INFINITY;
        return Math.max(0, deadline - clock.millis()) / 1000.0;
    }

    private String timeLimitText() {
        return timeLimitMillis % 1000 == 0 ? timeLimitMillis / 1000 + " s" : timeLimitMillis + " ms";
    }

    /** Flags the job; a queued job ends at once, a running one when its task notices. Returns true if it was not final yet. */
    boolean cancel() {
        boolean endedNow;
        synchronized (this) {
            if (state.isFinal()) return false;
            cancelled = true;
            endedNow = state == JobState.QUEUED;
            if (endedNow) {
                state = JobState.CANCELLED;
                message = "cancelled";
                finishedAt = clock.instant();
                publish();
                listeners.clear();
            }
        }
        if (endedNow) onFinish.accept(this);
        return true;
    }

    /** Sends the current snapshot to the listener at once, then every change until the job is final. */
    synchronized void subscribe(Consumer<JobSnapshot> listener) {
        listener.accept(snapshot(false));
        if (!state.isFinal()) listeners.add(listener);
    }

    synchronized void unsubscribe(Consumer<JobSnapshot> listener) {
        listeners.remove(listener);
    }

    synchronized JobSnapshot snapshot(boolean withResult) {
        return new JobSnapshot(id, kind, state, progress, message, sequence, createdAt, startedAt,
                finishedAt, error, withResult ? result : null);
    }

    synchronized boolean isFinal() {
        return state.isFinal();
    }

    private void publish() {
        sequence++;
        JobSnapshot snapshot = snapshot(false);
        for (Consumer<JobSnapshot> listener : List.copyOf(listeners)) {
            try {
                listener.accept(snapshot);
            } catch (RuntimeException e) {
                listeners.remove(listener);
            }
        }
    }
}
