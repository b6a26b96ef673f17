package org.lifecircle.network.search;

import org.lifecircle.network.linking.SnappedPoints;

/**
 * The snapped points of a point set grouped by the edge they sit on (CSR over edges), so a
 * search can find the targets on the edges it reached without looking at the others.
 * O(E + n) to build; immutable.
 */
public final class PointsByEdge {

    private final SnappedPoints points;
    private final int[] start;
    private final int[] pointIndex;

    public PointsByEdge(SnappedPoints points, int edgeCount) {
        this.points = points;
        start = new int[edgeCount + 1];
        int n = points.size();
        for (int i = 0; i < n; i++) {
            int e = points.edge(i);
            if (e >= edgeCount) throw new IllegalArgumentException("point " + i + " sits on edge " + e + " of another network");
            if (e >= 0) start[e + 1]++;
        }
        for (int e = 0; e < edgeCount; e++) start[e + 1] += start[e];
        int[] fill = java.util.Arrays.copyOf(start, edgeCount);
        pointIndex = new int[start[edgeCount]];
        for (int i = 0; i < n; i++) {
            int e = points.edge(i);
            if (e >= 0) pointIndex[fill[e]++] = i;
        }
    }

    public SnappedPoints points() {
        return points;
    }

    int first(int edge) {
        return start[edge];
    }

    int end(int edge) {
        return start[edge + 1];
    }

    int point(int k) {
        return pointIndex[k];
    }
}
