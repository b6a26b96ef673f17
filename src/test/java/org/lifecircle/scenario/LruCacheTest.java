package org.lifecircle.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * FEATURE UNDER TEST: the bounded evaluation cache keeps at most its bound of entries and drops
 * the least recently used. Reference: a plain list in recency order, replayed over seeded random
 * gets and prefix removals; every computation the reference expects must happen, and no other.
 */
class LruCacheTest {

    @Test
    void keepsTheMostRecentlyUsedEntriesUpToItsBound() {
        long seed = 4_152_026L;
        Random random = new Random(seed);
        for (int bound : new int[] {1, 3, 8}) {
            LruCache<String, String> cache = new LruCache<>(bound);
            List<String> reference = new ArrayList<>();
            AtomicInteger computed = new AtomicInteger();
            int expectedComputed = 0;
            for (int step = 0; step < 2_000; step++) {
                String key = random.nextInt(4) + "@" + random.nextInt(4);
                if (random.nextInt(10) == 0) {
                    String prefix = key.substring(0, 2);
                    cache.removeIf(k -> k.startsWith(prefix));
                    reference.removeIf(k -> k.startsWith(prefix));
                } else {
                    String value = cache.get(key, k -> {
                        computed.incrementAndGet();
                        return "v" + k;
                    });
                    assertEquals("v" + key, value);
                    if (!reference.remove(key)) expectedComputed++;
                    reference.add(key);
                    if (reference.size() > bound) reference.remove(0);
                }
                String where = "seed " + seed + " bound " + bound + " step " + step;
                assertEquals(reference.size(), cache.size(), where);
                assertEquals(expectedComputed, computed.get(), where);
            }
        }
    }

    @Test
    void refusesAnEmptyBound() {
        assertThrows(IllegalArgumentException.class, () -> new LruCache<String, String>(0));
    }
}
