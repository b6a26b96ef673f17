package org.lifecircle.web.job;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * One job's mutable state, guarded by its own lock. Every change bumps the sequence number and is
 * handed to the listeners while the lock is held, so each listener sees changes in order.
 * Progress reports closer than {@link #MIN_PROGRESS_STEP} to the last published one, with the same
 * message, are dropped: engines may report per item without flooding the event stream.
 */
final class Job implements JobContext, Runnable {

    static final double MIN_PROGRESS_STEP = 0.001;

    final String id;
    final String kind;
    private final JobTask task;
    private final Clock clock;
    private final Consumer<Job> onFinish;
    private final Instant createdAt;
    private final List<Consumer<JobSnapshot>> listeners = new ArrayList<>();

    private volatile boolean cancelled;
    private JobState state = JobState.QUEUED;
    private double progress;
    private String message;
    private long sequence;
    private Instant startedAt;
    private Instant finishedAt;
    private String error;
    private Object result;

    Job(String id, String kind, JobTask task, Clock clock, Consumer<Job> onFinish) {
        this.id = id;
        this.kind = kind;
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
            if (cancelled || failure instanceof JobCancelledException) {
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
        return cancelled;
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
