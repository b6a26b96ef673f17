package org.lifecircle.network.search;

import java.util.Arrays;
import org.lifecircle.network.StreetNetwork;
import org.lifecircle.network.linking.SnappedPoints;

/**
 * Bounded single- and multi-source Dijkstra over partial edges, with a workspace of graph-sized
 * arrays reused between searches (GraphHopper's {@code DijkstraOneToMany} idea: only the entries a
 * search touched are reset, so a small bounded search costs what it explores, not O(V)).
 *
 * <p>Use: {@link #start}, then one or more {@code addSource…} calls, then {@link #run}; then read
 * node times, evaluate targets, or collect the targets reached. A source sitting mid-edge seeds
 * both end nodes with its connector plus the partial edge; a target mid-edge takes the better of
 * its two end nodes plus the partial edge, or the direct walk along the edge from a source on
 * the same edge. Every node also records which source reached it first (its catchment).
 *
 * <p>Cost O((V' + E') log V') for the V' nodes and E' edges within the limit. Memory 13 bytes per
 * node and 4 per edge. One instance per thread.
 *
 * <p>IMPLEMENTATION NOTE: times are float seconds (7 significant digits: 0.1 ms at 15 minutes),
 * nodes beyond the limit are never put in the heap, so the heap empties exactly when the limit
 * is reached; a node keeps +Inf until reached, which is how "not reached" is told apart.
 */
public final class NetworkSearch {

    private static final float UNREACHED = Float.POSITIVE_INFINITY;

    private final StreetNetwork network;
    private final float[] seconds;
    private final int[] sourceOf;
    private final int[] touched;
    private int touchedCount;
    private final IndexedMinHeap heap;
    private final int[] edgeStamp;
    private int stamp;
    private EdgeCosts costs;
    private float limit;
    private long relaxedSlots;
    /** Nodes settled by all runs of this workspace (wrapping), so many small searches also reach checkpoints. */
    private int settledTotal;

    private int seedCount;
    private int[] seedEdge = new int[16];
    private double[] seedOffsetMeters = new double[16];
    private double[] seedConnectorSeconds = new double[16];
    private int[] seedSource = new int[16];
    private boolean seedsSorted;

    private double evaluatedSeconds;
    private int evaluatedSource;

    public NetworkSearch(StreetNetwork network) {
        this.network = network;
        int v = network.nodeCount();
        seconds = new float[v];
        Arrays.fill(seconds, UNREACHED);
        sourceOf = new int[v];
        Arrays.fill(sourceOf, -1);
        touched = new int[v];
        heap = new IndexedMinHeap(v);
        edgeStamp = new int[network.edgeCount()];
    }

    public StreetNetwork network() {
        return network;
    }

    /**
     * Forgets the previous search and prepares a new one with these costs; nodes farther than
     * {@code limitSeconds} (+Inf for none) are not explored.
     */
    public void start(EdgeCosts edgeCosts, double limitSeconds) {
        if (edgeCosts.network() != network) throw new IllegalArgumentException("edge costs belong to another network");
        if (Double.isNaN(limitSeconds) || limitSeconds < 0) throw new IllegalArgumentException("time limit must be >= 0 s");
        for (int k = 0; k < touchedCount; k++) {
            int node = touched[k];
            seconds[node] = UNREACHED;
            sourceOf[node] = -1;
        }
        touchedCount = 0;
        heap.clear();
        seedCount = 0;
        seedsSorted = true;
        costs = edgeCosts;
        limit = (float) limitSeconds;
    }

    /** Starts a source at a node, {@code atSeconds} after time zero. */
    public void addSourceAtNode(int node, double atSeconds, int sourceIndex) {
        float t = (float) atSeconds;
        if (t > limit || !(t < seconds[node])) return;
        if (seconds[node] == UNREACHED) touched[touchedCount++] = node;
        seconds[node] = t;
        sourceOf[node] = sourceIndex;
        heap.pushOrDecrease(node, t);
    }

    /** Starts a snapped point as source {@code sourceIndex}; an off-network point adds nothing. */
    public void addSnappedSource(SnappedPoints points, int point, int sourceIndex) {
        int e = points.edge(point);
        if (e < 0) return;
        double offset = points.offsetMeters(point);
        double connector = costs.connectorSeconds(points.connectorMeters(point));
        double length = network.edgeLengthMeters(e);
        addSourceAtNode(network.edgeBase(e), connector + costs.partialSeconds(e, false, offset), sourceIndex);
        addSourceAtNode(network.edgeAdj(e), connector + costs.partialSeconds(e, true, length - offset), sourceIndex);
        if (seedCount == seedEdge.length) {
            int n = seedCount * 2;
            seedEdge = Arrays.copyOf(seedEdge, n);
            seedOffsetMeters = Arrays.copyOf(seedOffsetMeters, n);
            seedConnectorSeconds = Arrays.copyOf(seedConnectorSeconds, n);
            seedSource = Arrays.copyOf(seedSource, n);
        }
        if (seedCount > 0 && seedEdge[seedCount - 1] > e) seedsSorted = false;
        seedEdge[seedCount] = e;
        seedOffsetMeters[seedCount] = offset;
        seedConnectorSeconds[seedCount] = connector;
        seedSource[seedCount] = sourceIndex;
        seedCount++;
    }

    /**
     * Runs the search to the limit given to {@link #start}; every {@link Cancellation#CHECK_INTERVAL}
     * settled nodes it passes a {@link Cancellation#checkpoint}, which may stop it with
     * {@link WorkCancelledException}.
     */
    public void run() {
        float[] slotSeconds = costs.slotSecondsArray();
        StreetNetwork g = network;
        float[] dist = seconds;
        int[] from = sourceOf;
        float max = limit;
        long relaxed = 0;
        int settled = settledTotal;
        while (!heap.isEmpty()) {
            if ((++settled & (Cancellation.CHECK_INTERVAL - 1)) == 0) Cancellation.checkpoint();
            int u = heap.pop();
            float du = dist[u];
            int src = from[u];
            int end = g.endSlot(u);
            relaxed += end - g.firstSlot(u);
            for (int s = g.firstSlot(u); s < end; s++) {
                float dv = du + slotSeconds[s];
                if (dv > max) continue;
                int v = g.slotNode(s);
                float old = dist[v];
                if (dv < old) {
                    if (old == UNREACHED) touched[touchedCount++] = v;
                    dist[v] = dv;
                    from[v] = src;
                    heap.pushOrDecrease(v, dv);
                }
            }
        }
        relaxedSlots += relaxed;
        settledTotal = settled;
        if (!seedsSorted) sortSeeds();
    }

    /** Seconds to reach a node, +Inf when not reached within the limit. */
    public float seconds(int node) {
        return seconds[node];
    }

    /** Index of the source that reached the node first, -1 when not reached. */
    public int nearestSource(int node) {
        return sourceOf[node];
    }

    /** Number of nodes reached; {@link #reachedNode} lists them in the order first touched. */
    public int reachedCount() {
        return touchedCount;
    }

    public int reachedNode(int k) {
        return touched[k];
    }

    /** Adjacency slots scanned by all searches of this workspace so far (for benchmarks). */
    public long relaxedSlots() {
        return relaxedSlots;
    }

    /**
     * Evaluates target {@code t} and stores its seconds (+Inf when beyond {@code limitSeconds}
     * or unreached) and nearest source index (-1 then) at {@code outIndex}.
     */
    public void evaluateInto(SnappedPoints targets, int t, double limitSeconds, float[] outSeconds, int[] outSource,
            int outIndex) {
        evaluate(targets, t);
        boolean within = evaluatedSeconds <= limitSeconds;
        outSeconds[outIndex] = within ? (float) evaluatedSeconds : Float.POSITIVE_INFINITY;
        outSource[outIndex] = within ? evaluatedSource : -1;
    }

    /**
     * Fills {@code out} with every target of {@code targets} reachable within {@code limitSeconds}
     * by the last search, looking only at the edges the search touched. Cost O(slots of reached
     * nodes + targets on them).
     */
    public void collectReached(PointsByEdge targets, double limitSeconds, ReachedTargets out) {
        out.clear();
        if (++stamp == 0) {
            Arrays.fill(edgeStamp, 0);
            stamp = 1;
        }
        SnappedPoints points = targets.points();
        for (int k = 0; k < touchedCount; k++) {
            int u = touched[k];
            for (int s = network.firstSlot(u); s < network.endSlot(u); s++) {
                collectEdge(network.slotEdge(s), targets, points, limitSeconds, out);
            }
        }
        for (int k = 0; k < seedCount; k++) collectEdge(seedEdge[k], targets, points, limitSeconds, out);
        out.sortByTarget();
    }

    private void collectEdge(int e, PointsByEdge targets, SnappedPoints points, double limitSeconds, ReachedTargets out) {
        if (edgeStamp[e] == stamp) return;
        edgeStamp[e] = stamp;
        for (int j = targets.first(e); j < targets.end(e); j++) {
            int t = targets.point(j);
            evaluate(points, t);
            if (evaluatedSeconds <= limitSeconds && evaluatedSeconds != Double.POSITIVE_INFINITY) {
                out.add(t, (float) evaluatedSeconds);
            }
        }
    }

    private void evaluate(SnappedPoints targets, int t) {
        evaluatedSeconds = Double.POSITIVE_INFINITY;
        evaluatedSource = -1;
        int e = targets.edge(t);
        if (e < 0) return;
        double offset = targets.offsetMeters(t);
        double best = Double.POSITIVE_INFINITY;
        int bestSource = -1;
        int base = network.edgeBase(e);
        if (seconds[base] != UNREACHED) {
            double viaBase = seconds[base] + costs.partialSeconds(e, true, offset);
            if (viaBase < best) {
                best = viaBase;
                bestSource = sourceOf[base];
            }
        }
        int adj = network.edgeAdj(e);
        if (seconds[adj] != UNREACHED) {
            double viaAdj = seconds[adj] + costs.partialSeconds(e, false, network.edgeLengthMeters(e) - offset);
            if (viaAdj < best) {
                best = viaAdj;
                bestSource = sourceOf[adj];
            }
        }
        for (int k = firstSeedOn(e); k < seedCount && seedEdge[k] == e; k++) {
            double along = offset >= seedOffsetMeters[k]
                    ? costs.partialSeconds(e, true, offset - seedOffsetMeters[k])
                    : costs.partialSeconds(e, false, seedOffsetMeters[k] - offset);
            double direct = seedConnectorSeconds[k] + along;
            if (direct < best) {
                best = direct;
                bestSource = seedSource[k];
            }
        }
        if (bestSource < 0) return;
        evaluatedSeconds = best + costs.connectorSeconds(targets.connectorMeters(t));
        evaluatedSource = bestSource;
    }

    private int firstSeedOn(int edge) {
        int lo = 0, hi = seedCount;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (seedEdge[mid] < edge) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    private void sortSeeds() {
        long[] keys = new long[seedCount];
        for (int k = 0; k < seedCount; k++) keys[k] = ((long) seedEdge[k] << 32) | k;
        Arrays.sort(keys);
        int[] edge = new int[seedEdge.length];
        double[] offset = new double[seedEdge.length];
        double[] connector = new double[seedEdge.length];
        int[] source = new int[seedEdge.length];
        for (int k = 0; k < seedCount; k++) {
            int old = (int) keys[k];
            edge[k] = seedEdge[old];
            offset[k] = seedOffsetMeters[old];
            connector[k] = seedConnectorSeconds[old];
            source[k] = seedSource[old];
        }
        seedEdge = edge;
        seedOffsetMeters = offset;
        seedConnectorSeconds = connector;
        seedSource = source;
        seedsSorted = true;
    }
}
