package org.lifecircle.network.linking;

import java.util.Arrays;
import org.lifecircle.network.StreetNetwork;

/**
 * Connected pieces of a walking network (walkable edges taken both ways; walking ignores
 * one-way): per node its component, per component its node count. Small pieces — an isolated
 * courtyard path, a footbridge mapped without its approaches — are where points must not snap,
 * or whole neighbourhoods read as unreachable; GraphHopper drops subnetworks below a size for
 * the same reason. Union-find with path halving, O(E α(V)) time, O(V) memory.
 */
public final class NetworkComponents {

    private final int[] componentOfNode;
    private final int[] nodeCount;
    private final int largest;

    private NetworkComponents(int[] componentOfNode, int[] nodeCount) {
        this.componentOfNode = componentOfNode;
        this.nodeCount = nodeCount;
        int best = -1;
        for (int c = 0; c < nodeCount.length; c++) if (best < 0 || nodeCount[c] > nodeCount[best]) best = c;
        this.largest = best;
    }

    public static NetworkComponents of(StreetNetwork network) {
        int n = network.nodeCount();
        int[] parent = new int[n];
        for (int v = 0; v < n; v++) parent[v] = v;
        for (int e = 0; e < network.edgeCount(); e++) {
            if (!walkable(network, e)) continue;
            int a = find(parent, network.edgeBase(e));
            int b = find(parent, network.edgeAdj(e));
            if (a != b) parent[Math.max(a, b)] = Math.min(a, b);
        }
        int[] id = new int[n];
        Arrays.fill(id, -1);
        int[] component = new int[n];
        int count = 0;
        for (int v = 0; v < n; v++) {
            int root = find(parent, v);
            if (id[root] < 0) id[root] = count++;
            component[v] = id[root];
        }
        int[] nodes = new int[count];
        for (int v = 0; v < n; v++) nodes[component[v]]++;
        return new NetworkComponents(component, nodes);
    }

    private static int find(int[] parent, int v) {
        while (parent[v] != v) {
            parent[v] = parent[parent[v]];
            v = parent[v];
        }
        return v;
    }

    static boolean walkable(StreetNetwork network, int edge) {
        return (network.edgeAccess(edge) & (StreetNetwork.WALK_FORWARD | StreetNetwork.WALK_BACKWARD)) != 0;
    }

    public int count() {
        return nodeCount.length;
    }

    public int component(int node) {
        return componentOfNode[node];
    }

    public int nodeCount(int component) {
        return nodeCount[component];
    }

    /** Nodes of the largest component, 0 for an empty network. */
    public int largestNodeCount() {
        return largest < 0 ? 0 : nodeCount[largest];
    }

    /**
     * Per edge, whether points may snap to it: walkable and in a component of at least
     * {@code minNodes} nodes — or in the largest component, so a network smaller than the limit
     * keeps its main piece.
     */
    public boolean[] snappableEdges(StreetNetwork network, int minNodes) {
        int limit = Math.min(minNodes, largestNodeCount());
        boolean[] keep = new boolean[network.edgeCount()];
        for (int e = 0; e < keep.length; e++) {
            keep[e] = walkable(network, e) && nodeCount[componentOfNode[network.edgeBase(e)]] >= limit;
        }
        return keep;
    }
}
