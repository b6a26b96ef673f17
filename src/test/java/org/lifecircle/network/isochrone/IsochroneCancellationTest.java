package org.lifecircle.network.isochrone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.lifecircle.io.InputException;
import org.lifecircle.network.HandDrawnGrid;
import org.lifecircle.network.StreetNetwork;
import org.lifecircle.network.linking.Snapper;
import org.lifecircle.network.search.Cancellation;
import org.lifecircle.network.search.EdgeCosts;
import org.lifecircle.network.search.NetworkSearch;
import org.lifecircle.network.search.WorkCancelledException;

/**
 * FEATURE UNDER TEST: expensive isochrone work is bounded (issue #18 item 2). A request may hold
 * at most the server's number of minute values (the issue's {@code minutes=1,2,…,120} is valid
 * as a request but over a cap of 12); a search or polygon build past its time budget stops with
 * {@link WorkCancelledException} within a checkpoint interval; a cancel from another thread (a
 * client gone, a shutdown) stops the searches, seen as the global checkpoint counter no longer
 * growing; without a token the same work completes with the same answer.
 */
class IsochroneCancellationTest {

    private static IsochroneRequest request(List<Double> minutes) {
        return IsochroneRequest.walking(new IsochroneRequest.Origin("lon", "centre", HandDrawnGrid.lon(2900), HandDrawnGrid.lat(2900)),
                minutes, HandDrawnGrid.ONE_METRE_PER_SECOND_KMH);
    }

    @Test
    void oneHundredTwentyMinuteValuesAreARequestButOverTheCap() {
        List<Double> all = java.util.stream.IntStream.rangeClosed(1, 120).asDoubleStream().boxed().toList();
        IsochroneRequest r = request(all);
        assertEquals(120, r.minutes().size());
        InputException e = assertThrows(InputException.class, () -> r.checkCutoffs(12, "lifecircle.limits.isochrones.max-cutoffs"));
        assertEquals("minutes", e.source());
        assertTrue(e.getMessage().contains("at most 12 values per request (lifecircle.limits.isochrones.max-cutoffs), got 120"),
                e.getMessage());
        request(all.subList(0, 12)).checkCutoffs(12, "p");
        assertThrows(InputException.class, () -> request(List.of(121.0)));
        assertThrows(InputException.class, () -> new IsochroneRequest(r.origin(), List.of(5.0), 4.5, "bike", false, 50, 500));
    }

    @Test
    void aBuildPastItsBudgetStopsAndWithoutATokenTheSameBuildCompletes() {
        StreetNetwork streets = HandDrawnGrid.square(60);
        IsochroneRequest r = request(List.of(5.0, 10.0, 15.0, 20.0));
        Isochrones.Result free = Isochrones.build(streets, new Snapper(streets), r);
        assertEquals(4, free.isochrones().size());
        // 20 min at 1 m/s from the middle node of a 5.9 km square: the streets within the L1 diamond of
        // radius k = 12 blocks, 4k² whole edges of 100 m (8j − 4 edges end at distance j), a closed form
        assertEquals(4.0 * 12 * 12 * 100, free.isochrones().get(3).streetLengthMeters(), 0.05, "float seconds: 0.1 ms");
        try (Cancellation token = Cancellation.open(0, "0 s (test)")) {
            WorkCancelledException e = assertThrows(WorkCancelledException.class,
                    () -> Isochrones.build(streets, new Snapper(streets), r));
            assertTrue(e.timedOut());
            assertEquals("0 s (test)", e.budget());
            assertTrue(token.budget().startsWith("0 s"));
        }
        assertEquals(free.isochrones().get(3).areaM2(), Isochrones.build(streets, new Snapper(streets), r).isochrones().get(3).areaM2());
    }

    @Test
    void manySmallSearchesOfOneWorkspaceAlsoReachCheckpoints() {
        StreetNetwork streets = HandDrawnGrid.square(60);
        EdgeCosts costs = EdgeCosts.walking(streets, HandDrawnGrid.ONE_METRE_PER_SECOND_KMH);
        NetworkSearch search = new NetworkSearch(streets);
        int[] runs = {0};
        try (Cancellation token = Cancellation.open(0, "0 s (test)")) {
            assertEquals("0 s (test)", token.budget());
            // each search settles the 5 nodes within 100 m: a checkpoint every 4096 / 5 ≈ 820 searches
            assertThrows(WorkCancelledException.class, () -> {
                for (; runs[0] < 10_000; runs[0]++) {
                    search.start(costs, 100);
                    search.addSourceAtNode(30 * 60 + 30, 0, 0);
                    search.run();
                    assertEquals(5, search.reachedCount());
                }
            });
        }
        assertTrue(runs[0] <= Cancellation.CHECK_INTERVAL / 5 + 1, "stopped after " + runs[0] + " searches");
    }

    @Test
    void aCancelFromAnotherThreadStopsTheSearchesAndTheCounterStopsGrowing() throws Exception {
        StreetNetwork streets = HandDrawnGrid.square(400);
        EdgeCosts costs = EdgeCosts.walking(streets, 4.5);
        ExecutorService worker = Executors.newSingleThreadExecutor();
        Cancellation[] token = new Cancellation[1];
        java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
        try {
            Future<Integer> searches = worker.submit(() -> {
                try (Cancellation t = Cancellation.open(TimeUnit.MINUTES.toNanos(5), "5 min (test)")) {
                    token[0] = t;
                    started.countDown();
                    NetworkSearch search = new NetworkSearch(streets);
                    int runs = 0;
                    while (true) {
                        search.start(costs, Double.POSITIVE_INFINITY);
                        search.addSourceAtNode(runs % streets.nodeCount(), 0, 0);
                        search.run();
                        runs++;
                    }
                }
            });
            assertTrue(started.await(10, TimeUnit.SECONDS));
            long before = Cancellation.checkpoints();
            Thread.sleep(300);
            assertTrue(Cancellation.checkpoints() > before, "the searches pass checkpoints while they run");
            long cancelledAt = System.nanoTime();
            token[0].cancel("the client disconnected");
            var e = assertThrows(java.util.concurrent.ExecutionException.class, () -> searches.get(10, TimeUnit.SECONDS));
            double stopSeconds = (System.nanoTime() - cancelledAt) / 1e9;
            assertTrue(e.getCause() instanceof WorkCancelledException, e.toString());
            assertEquals("the client disconnected", e.getCause().getMessage());
            assertTrue(stopSeconds < 1, "stopped " + stopSeconds + " s after the cancel");
            long after = Cancellation.checkpoints();
            Thread.sleep(300);
            assertEquals(after, Cancellation.checkpoints(), "no search passes checkpoints after the cancel");
        } finally {
            worker.shutdownNow();
        }
    }
}
