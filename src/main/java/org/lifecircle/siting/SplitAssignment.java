package org.lifecircle.siting;

import java.util.Arrays;

/**
 * Largest demand weight the open sites can serve when each site takes at most its capacity and
 * a row's weight may be split between the open sites that cover it: a maximum flow source →
 * rows (weight) → covering open sites → sink (capacity), by Dinic's algorithm. Cost
 * O(V²·E) worst case, far less on these bipartite graphs; E = covering pairs of open sites.
 */
final class SplitAssignment {

    private final CoverageMatrix m;
    private final double[] w;
    private final double[] capacity;
    private int[] head;
    private int[] next;
    private int[] to;
    private double[] residual;
    private int edges;
    private int[] level;
    private int[] iter;
    private int[] queue;

    SplitAssignment(MergedDemand demand, double[] capacity) {
        this.m = demand.matrix();
        this.w = demand.weights();
        this.capacity = capacity;
    }

    /** Served weight with the given sites open. */
    double served(boolean[] open) {
        return solve(open, null);
    }

    /**
     * Served weight; when {@code flowOut} is given it receives, per covering pair k of the
     * merged rows (row-major, like {@code rowColumn}), the weight sent along it.
     */
    double solve(boolean[] open, double[] flowOut) {
        int rows = m.demandCount();
        int sites = capacity.length;
        int source = rows + sites;
        int sink = source + 1;
        int nodes = sink + 1;
        int maxEdges = 2 * (rows + sites + m.pairCount());
        if (head == null || head.length < nodes) {
            head = new int[nodes];
            level = new int[nodes];
            iter = new int[nodes];
            queue = new int[nodes];
        }
        if (to == null || to.length < maxEdges) {
            next = new int[maxEdges];
            to = new int[maxEdges];
            residual = new double[maxEdges];
        }
        Arrays.fill(head, 0, nodes, -1);
        edges = 0;
        double eps = 0;
        for (int u = 0; u < rows; u++) eps = Math.max(eps, w[u]);
        eps *= 1e-12;
        int[] pairEdge = flowOut == null ? null : new int[m.pairCount()];
        for (int u = 0; u < rows; u++) {
            if (w[u] <= 0) continue;
            boolean any = false;
            for (int k = m.rowStart[u]; k < m.rowStart[u + 1]; k++) {
                int j = m.rowColumn[k];
                if (!open[j]) {
                    if (pairEdge != null) pairEdge[k] = -1;
                    continue;
                }
                if (pairEdge != null) pairEdge[k] = edges;
                add(u, rows + j, Double.POSITIVE_INFINITY);
                any = true;
            }
            if (any) add(source, u, w[u]);
        }
        if (pairEdge != null) {
            for (int u = 0; u < rows; u++) {
                if (w[u] <= 0) for (int k = m.rowStart[u]; k < m.rowStart[u + 1]; k++) pairEdge[k] = -1;
            }
        }
        for (int j = 0; j < sites; j++) if (open[j] && capacity[j] > 0) add(rows + j, sink, capacity[j]);
        double flow = 0;
        while (bfs(source, sink, nodes, eps)) {
            System.arraycopy(head, 0, iter, 0, nodes);
            double f;
            while ((f = dfs(source, sink, Double.POSITIVE_INFINITY, eps)) > eps) flow += f;
        }
        if (flowOut != null) {
            for (int k = 0; k < pairEdge.length; k++) {
                flowOut[k] = pairEdge[k] < 0 ? 0 : residual[pairEdge[k] ^ 1];
            }
        }
        return flow;
    }

    private void add(int a, int b, double cap) {
        to[edges] = b;
        residual[edges] = cap;
        next[edges] = head[a];
        head[a] = edges++;
        to[edges] = a;
        residual[edges] = 0;
        next[edges] = head[b];
        head[b] = edges++;
    }

    private boolean bfs(int source, int sink, int nodes, double eps) {
        Arrays.fill(level, 0, nodes, -1);
        int qh = 0;
        int qt = 0;
        queue[qt++] = source;
        level[source] = 0;
        while (qh < qt) {
            int v = queue[qh++];
            for (int e = head[v]; e >= 0; e = next[e]) {
                if (residual[e] > eps && level[to[e]] < 0) {
                    level[to[e]] = level[v] + 1;
                    queue[qt++] = to[e];
                }
            }
        }
        return level[sink] >= 0;
    }

    private double dfs(int v, int sink, double pushed, double eps) {
        if (v == sink) return pushed;
        for (; iter[v] >= 0; iter[v] = next[iter[v]]) {
            int e = iter[v];
            int t = to[e];
            if (residual[e] > eps && level[t] == level[v] + 1) {
                double d = dfs(t, sink, Math.min(pushed, residual[e]), eps);
                if (d > eps) {
                    residual[e] -= d;
                    residual[e ^ 1] += d;
                    return d;
                }
            }
        }
        return 0;
    }
}
