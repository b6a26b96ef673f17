package org.lifecircle.scenario;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A least-recently-used map bounded by its number of entries: past {@code maxEntries} the entry
 * used longest ago is dropped. Thread-safe (one lock); O(1) per access. The value is computed
 * outside the lock, so two threads asking for the same missing key may both compute it.
 */
public final class LruCache<K, V> {

    private final int maxEntries;
    private final LinkedHashMap<K, V> entries;

    public LruCache(int maxEntries) {
        if (maxEntries < 1) throw new IllegalArgumentException("a cache holds at least one entry, got " + maxEntries);
        this.maxEntries = maxEntries;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > LruCache.this.maxEntries;
            }
        };
    }

    public V get(K key, Function<K, V> compute) {
        synchronized (entries) {
            V cached = entries.get(key);
            if (cached != null) return cached;
        }
        V value = compute.apply(key);
        synchronized (entries) {
            entries.put(key, value);
        }
        return value;
    }

    public void removeIf(Predicate<K> drop) {
        synchronized (entries) {
            entries.keySet().removeIf(drop);
        }
    }

    public int size() {
        synchronized (entries) {
            return entries.size();
        }
    }

    public int maxEntries() {
        return maxEntries;
    }
}
