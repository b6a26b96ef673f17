package org.lifecircle.web.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.lifecircle.network.HandDrawnGrid;
import org.lifecircle.network.StreetNetwork;
import org.lifecircle.network.search.Cancellation;
import org.lifecircle.network.search.EdgeCosts;
import org.lifecircle.network.search.NetworkSearch;
import org.lifecircle.network.search.WorkCancelledException;

/**
 * FEATURE UNDER TEST: what the shutdown hook does ({@code ExpensiveReadConfig} calls
 * {@link ExpensiveReads#cancelAll} when the context closes): two reads searching without end on
 * two threads both stop within a second with the shutdown reason, and the tokens are gone.
 */
class ExpensiveReadsShutdownTest {

    @Test
    void cancelAllStopsEveryReadInFlightWithinASecond() throws Exception {
        StreetNetwork streets = HandDrawnGrid.square(300);
        EdgeCosts costs = EdgeCosts.walking(streets, 4.5);
        ExpensiveReads reads = new ExpensiveReads(Duration.ofMinutes(10), 2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch started = new CountDownLatch(2);
        try {
            Future<?>[] work = new Future<?>[2];
            for (int i = 0; i < 2; i++) {
                work[i] = pool.submit(() -> {
                    Cancellation token = reads.open();
                    try {
                        started.countDown();
                        NetworkSearch search = new NetworkSearch(streets);
                        for (int run = 0; ; run++) {
                            search.start(costs, Double.POSITIVE_INFINITY);
                            search.addSourceAtNode(run % streets.nodeCount(), 0, 0);
                            search.run();
                        }
                    } finally {
                        token.close();
                        reads.closed(token);
                    }
                });
            }
            assertTrue(started.await(10, TimeUnit.SECONDS));
            Thread.sleep(200);
            long cancelledAt = System.nanoTime();
            reads.cancelAll("the server is shutting down");
            for (Future<?> f : work) {
                ExecutionException e = assertThrows(ExecutionException.class, () -> f.get(10, TimeUnit.SECONDS));
                assertTrue(e.getCause() instanceof WorkCancelledException, e.toString());
                assertEquals("the server is shutting down", e.getCause().getMessage());
            }
            double seconds = (System.nanoTime() - cancelledAt) / 1e9;
            assertTrue(seconds < 1, "stopped after " + seconds + " s");
        } finally {
            pool.shutdownNow();
        }
    }
}
