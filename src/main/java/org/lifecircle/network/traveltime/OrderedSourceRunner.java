package org.lifecircle.network.traveltime;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Runs one computation per source on several threads, each thread with its own worker (and so
 * its own search workspace), and hands the results to a {@link ReachSink} in ascending source
 * order, one call at a time. Results that finish early wait in a map until their turn, so memory
 * holds only the few sources in flight.
 */
final class OrderedSourceRunner {

    /** Computes the targets one source reaches; owned by one thread. */
    interface Worker {
        Result compute(int source);
    }

    record Result(int count, int[] targets, float[] seconds) {
    }

    private OrderedSourceRunner() {
    }

    static void run(int sourceCount, int threads, Supplier<Worker> workers, ReachSink sink) {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger nextToEmit = new AtomicInteger();
        ConcurrentHashMap<Integer, Result> done = new ConcurrentHashMap<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        ReentrantLock emitting = new ReentrantLock();
        Runnable task = () -> {
            try {
                Worker worker = workers.get();
                int s;
                while (failure.get() == null && (s = next.getAndIncrement()) < sourceCount) {
                    done.put(s, worker.compute(s));
                    emitReady(done, nextToEmit, emitting, sink);
                }
            } catch (RuntimeException | Error e) {
                failure.compareAndSet(null, e);
            }
        };
        int n = Math.max(1, Math.min(threads, sourceCount));
        Thread[] pool = new Thread[n - 1];
        for (int i = 0; i < pool.length; i++) {
            pool[i] = new Thread(task, "travel-times-" + (i + 1));
            pool[i].start();
        }
        task.run();
        for (Thread t : pool) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while computing travel times", e);
            }
        }
        Throwable f = failure.get();
        if (f instanceof RuntimeException re) throw re;
        if (f instanceof Error err) throw err;
        emitReady(done, nextToEmit, emitting, sink);
    }

    /**
     * Emits consecutive finished results. A thread that finds another one emitting goes back to
     * work instead of waiting; the emitter re-checks after letting go of the lock, so no result
     * is left behind.
     */
    private static void emitReady(ConcurrentHashMap<Integer, Result> done, AtomicInteger nextToEmit,
            ReentrantLock emitting, ReachSink sink) {
        while (done.containsKey(nextToEmit.get()) && emitting.tryLock()) {
            try {
                Result r;
                while ((r = done.remove(nextToEmit.get())) != null) {
                    sink.reached(nextToEmit.get(), r.count(), r.targets(), r.seconds());
                    nextToEmit.incrementAndGet();
                }
            } finally {
                emitting.unlock();
            }
        }
    }
}
