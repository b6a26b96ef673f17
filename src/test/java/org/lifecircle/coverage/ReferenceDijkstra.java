package org.lifecircle.coverage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;
import org.lifecircle.network.StreetNetwork;
import org.lifecircle.network.geodesy.Wgs84;

/**
 * A plain textbook Dijkstra over a list of edges, independent of the network package's search:
 * object adjacency lists, java.util.PriorityQueue, edge lengths summed from the edge shapes with
 * the geodesic distance. Used as the reference for node-to-node times.
 */
final class ReferenceDijkstra {

    private record Arc(int to, double meters) {
    }

    private final List<List<Arc>> out = new ArrayList<>();

    /** @param edges rows of {from, to, forwardAllowed(0/1), backwardAllowed(0/1)}; shapes as lon,lat lists per edge */
    ReferenceDijkstra(int nodes, List<int[]> edges, List<double[]> shapes) {
        for (int n = 0; n < nodes; n++) out.add(new ArrayList<>());
        for (int e = 0; e < edges.size(); e++) {
            int[] row = edges.get(e);
            double[] s = shapes.get(e);
            double meters = 0;
            for (int k = 2; k < s.length; k += 2) meters += Wgs84.distanceMeters(s[k - 2], s[k - 1], s[k], s[k + 1]);
            if (row[2] == 1) out.get(row[0]).add(new Arc(row[1], meters));
            if (row[3] == 1) out.get(row[1]).add(new Arc(row[0], meters));
        }
    }

    /** Metres from {@code source} to every node (+Inf when unreachable). */
    double[] from(int source) {
        double[] dist = new double[out.size()];
        Arrays.fill(dist, Double.POSITIVE_INFINITY);
        dist[source] = 0;
        PriorityQueue<double[]> queue = new PriorityQueue<>((a, b) -> Double.compare(a[0], b[0]));
        queue.add(new double[] {0, source});
        while (!queue.isEmpty()) {
            double[] top = queue.poll();
            int n = (int) top[1];
            if (top[0] > dist[n]) continue;
            for (Arc a : out.get(n)) {
                double d = top[0] + a.meters();
                if (d < dist[a.to()]) {
                    dist[a.to()] = d;
                    queue.add(new double[] {d, a.to()});
                }
            }
        }
        return dist;
    }

    static int access(boolean forward, boolean backward) {
        return (forward ? StreetNetwork.WALK_FORWARD : 0) | (backward ? StreetNetwork.WALK_BACKWARD : 0);
    }
}
