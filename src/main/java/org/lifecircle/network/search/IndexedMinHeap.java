package org.lifecircle.network.search;

import java.util.Arrays;

/**
 * Binary min-heap of int items (node ids below a fixed capacity) keyed by float, with
 * decrease-key: each item is in the heap at most once and its heap position is kept in an array
 * indexed by item. Push, pop and decrease-key cost O(log n); {@link #clear} costs O(size), so a
 * heap sized for a whole graph can be reused by many small searches.
 */
final class IndexedMinHeap {

    private final int[] positionOf;
    private int[] items = new int[64];
    private float[] keys = new float[64];
    private int size;

    IndexedMinHeap(int capacity) {
        positionOf = new int[capacity];
        Arrays.fill(positionOf, -1);
    }

    boolean isEmpty() {
        return size == 0;
    }

    int size() {
        return size;
    }

    boolean contains(int item) {
        return positionOf[item] >= 0;
    }

    float peekKey() {
        return keys[0];
    }

    void push(int item, float key) {
        if (size == items.length) {
            items = Arrays.copyOf(items, size * 2);
            keys = Arrays.copyOf(keys, size * 2);
        }
        siftUp(size++, item, key);
    }

    /** Lowers the key of an item already in the heap. */
    void decrease(int item, float key) {
        siftUp(positionOf[item], item, key);
    }

    /** Pushes the item or lowers its key, whichever applies. */
    void pushOrDecrease(int item, float key) {
        int pos = positionOf[item];
        if (pos < 0) push(item, key);
        else siftUp(pos, item, key);
    }

    int pop() {
        int top = items[0];
        positionOf[top] = -1;
        size--;
        if (size > 0) siftDown(0, items[size], keys[size]);
        return top;
    }

    void clear() {
        for (int i = 0; i < size; i++) positionOf[items[i]] = -1;
        size = 0;
    }

    private void siftUp(int pos, int item, float key) {
        while (pos > 0) {
            int parent = (pos - 1) >>> 1;
            float parentKey = keys[parent];
            if (parentKey <= key) break;
            int parentItem = items[parent];
            items[pos] = parentItem;
            keys[pos] = parentKey;
            positionOf[parentItem] = pos;
            pos = parent;
        }
        items[pos] = item;
        keys[pos] = key;
        positionOf[item] = pos;
    }

    private void siftDown(int pos, int item, float key) {
        int half = size >>> 1;
        while (pos < half) {
            int child = 2 * pos + 1;
            float childKey = keys[child];
            int right = child + 1;
            if (right < size && keys[right] < childKey) {
                child = right;
                childKey = keys[right];
            }
            if (key <= childKey) break;
            int childItem = items[child];
            items[pos] = childItem;
            keys[pos] = childKey;
            positionOf[childItem] = pos;
            pos = child;
        }
        items[pos] = item;
        keys[pos] = key;
        positionOf[item] = pos;
    }
}
