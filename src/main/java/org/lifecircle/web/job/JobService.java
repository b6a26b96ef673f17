package org.lifecircle.web.job;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.lifecircle.web.problem.UnknownIdException;

/**
 * Runs long analyses (site selection, evaluation) in the background on a bounded thread pool with
 * a bounded queue, and keeps each job's progress, result and cancellation flag under an id.
 * Finished jobs are kept (the most recent {@code keepFinished}) so their results can be fetched.
 * Engine-agnostic: a job is any {@link JobTask}. A job may carry an owner (the user who started
 * it: at most one queued or running job per owner, a second is refused with
 * {@link JobConflictException}) and a time limit counted from its start (see {@link JobContext}).
 * Cost: O(1) per submit, progress and cancel; O(jobs kept) per listing.
 */
public final class JobService implements AutoCloseable {

    private final ThreadPoolExecutor executor;
    private final int queueCapacity;
    private final int keepFinished;
    private final Clock clock;
    private final Map<String, Job> jobs = new LinkedHashMap<>();
    /** Owner → its unfinished job; guarded by {@code jobs}. */
    private final Map<String, Job> activeByOwner = new HashMap<>();

    public JobService(int threads, int queueCapacity, int keepFinished) {
        this(threads, queueCapacity, keepFinished, Clock.systemUTC());
    }

    JobService(int threads, int queueCapacity, int keepFinished, Clock clock) {
        if (threads < 1 || queueCapacity < 1 || keepFinished < 0) {
            throw new IllegalArgumentException("threads and queue capacity must be >= 1, keepFinished >= 0");
        }
        this.queueCapacity = queueCapacity;
        this.keepFinished = keepFinished;
        this.clock = clock;
        this.executor = new ThreadPoolExecutor(threads, threads, 0L, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(queueCapacity), daemonThreads());
    }

    /** Queues a job of the server's own (no owner, no time limit); throws {@link JobQueueFullException} when the queue is full. */
    public JobSnapshot submit(String kind, JobTask task) {
        return submit(kind, null, null, task);
    }

    /**
     * Queues the task for {@code owner} (null: no per-owner rule) with a time limit from its start
     * (null: none). Throws {@link JobConflictException} when the owner has an unfinished job,
     * {@link JobQueueFullException} when the queue is full; a refused job leaves no trace.
     */
    public JobSnapshot submit(String kind, String owner, Duration timeLimit, JobTask task) {
        Job job = new Job(UUID.randomUUID().toString(), kind, owner, timeLimit, task, clock, this::finished);
        synchronized (jobs) {
            if (owner != null) {
                Job active = activeByOwner.get(owner);
                if (active != null && !active.isFinal()) throw new JobConflictException(active.id);
                activeByOwner.put(owner, job);
            }
            jobs.put(job.id, job);
        }
        try {
            executor.execute(job);
        } catch (RejectedExecutionException e) {
            synchronized (jobs) {
                jobs.remove(job.id);
                if (owner != null) activeByOwner.remove(owner, job);
            }
            throw new JobQueueFullException(queueCapacity);
        }
        return job.snapshot(false);
    }

    /** The job with its result; throws {@link UnknownIdException} for an unknown or evicted id. */
    public JobSnapshot get(String id) {
        return job(id).snapshot(true);
    }

    public Optional<JobSnapshot> find(String id) {
        synchronized (jobs) {
            Job job = jobs.get(id);
            return job == null ? Optional.empty() : Optional.of(job.snapshot(true));
        }
    }

    /** All jobs kept, oldest first, without results. */
    public List<JobSnapshot> list() {
        List<Job> copy;
        synchronized (jobs) {
            copy = new ArrayList<>(jobs.values());
        }
        return copy.stream().map(j -> j.snapshot(false)).toList();
    }

    /**
     * Sets the job's cancellation flag. A queued job ends at once as CANCELLED; a running one ends
     * when its task next polls the flag. Cancelling a finished job changes nothing.
     */
    public JobSnapshot cancel(String id) {
        Job job = job(id);
        if (job.cancel()) executor.remove(job);
        return job.snapshot(false);
    }

    /**
     * Sends the job's current snapshot to the listener at once and then every change, in order,
     * until the job is final. Listeners run on the job's thread while it holds the job's lock: they
     * must be quick (hand off or write a small event). Returns a handle to stop listening.
     */
    public Runnable subscribe(String id, Consumer<JobSnapshot> listener) {
        Job job = job(id);
        job.subscribe(listener);
        return () -> job.unsubscribe(listener);
    }

    @Override
    public void close() {
        synchronized (jobs) {
            jobs.values().forEach(Job::cancel);
        }
        executor.shutdownNow();
    }

    private Job job(String id) {
        synchronized (jobs) {
            Job job = jobs.get(id);
            if (job == null) throw new UnknownIdException("job", id);
            return job;
        }
    }

    private void finished(Job finishedJob) {
        synchronized (jobs) {
            if (finishedJob.owner != null) activeByOwner.remove(finishedJob.owner, finishedJob);
            int finishedCount = 0;
            for (Job j : jobs.values()) {
                if (j.isFinal()) finishedCount++;
            }
            Iterator<Job> it = jobs.values().iterator();
            while (finishedCount > keepFinished && it.hasNext()) {
                if (it.next().isFinal()) {
                    it.remove();
                    finishedCount--;
                }
            }
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread t = new Thread(runnable, "lifecircle-job-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
