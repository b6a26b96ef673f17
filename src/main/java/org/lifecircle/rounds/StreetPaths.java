package org.lifecircle.rounds;

import java.util.ArrayList;
import java.util.List;
import org.lifecircle.network.StreetNetwork;
import org.lifecircle.network.linking.SnappedPoints;
import org.lifecircle.network.search.EdgeCosts;
import org.lifecircle.network.search.NetworkSearch;
import org.lifecircle.network.traveltime.Locations;
import org.lifecircle.network.traveltime.NetworkTravelTimes;

/**
 * The street geometry of a leg between two located points, for drawing a round: one full
 * search from the leg's start ({@link NetworkSearch}, read-only use), then a walk back from the
 * end along edges whose time difference equals their cost (the search keeps no predecessors).
 * Falls back to the straight segment when no path is found. Cost per leg: one unbounded
 * search, O((V + E) log V), plus the path's length.
 */
final class StreetPaths {

    private final NetworkTravelTimes model;
    private final StreetNetwork network;
    private final EdgeCosts costs;
    private final Locations points;
    private final NetworkSearch search;
    private int searchedFrom = -1;

    StreetPaths(NetworkTravelTimes model, Locations points, double speedKmh) {
        this.model = model;
        this.network = model.network();
        this.costs = model.costs(speedKmh);
        this.points = points;
        this.search = new NetworkSearch(network);
    }

    /** Lon/lat pairs from point {@code a} to point {@code b} along the streets. */
    List<double[]> path(int a, int b) {
        SnappedPoints snapped = points.snapped();
        List<double[]> line = new ArrayList<>();
        line.add(new double[] {points.lon(a), points.lat(a)});
        int ea = snapped.edge(a);
        int eb = snapped.edge(b);
        if (ea < 0 || eb < 0 || model == null) {
            line.add(new double[] {points.lon(b), points.lat(b)});
            return line;
        }
        if (searchedFrom != a) {
            search.start(costs, Double.POSITIVE_INFINITY);
            search.addSnappedSource(snapped, a, 0);
            search.run();
            searchedFrom = a;
        }
        double offA = snapped.offsetMeters(a);
        double offB = snapped.offsetMeters(b);
        double lengthB = network.edgeLengthMeters(eb);
        int base = network.edgeBase(eb);
        int adj = network.edgeAdj(eb);
        double viaBase = search.seconds(base) + costs.partialSeconds(eb, true, offB);
        double viaAdj = search.seconds(adj) + costs.partialSeconds(eb, false, lengthB - offB);
        double direct = Double.POSITIVE_INFINITY;
        if (ea == eb) direct = offB >= offA ? costs.partialSeconds(eb, true, offB - offA) : costs.partialSeconds(eb, false, offA - offB);
        line.add(new double[] {snapped.snappedLon(a), snapped.snappedLat(a)});
        if (direct <= Math.min(viaBase, viaAdj)) {
            appendAlong(line, eb, offA, offB);
        } else if (Double.isFinite(Math.min(viaBase, viaAdj))) {
            int end = viaBase <= viaAdj ? base : adj;
            List<Integer> edges = new ArrayList<>();
            List<Boolean> forward = new ArrayList<>();
            int first = walkBack(end, ea, offA, edges, forward);
            if (first < 0) {
                line.add(new double[] {snapped.snappedLon(b), snapped.snappedLat(b)});
                line.add(new double[] {points.lon(b), points.lat(b)});
                return line;
            }
            appendAlong(line, ea, offA, first == network.edgeBase(ea) ? 0 : network.edgeLengthMeters(ea));
            for (int k = edges.size() - 1; k >= 0; k--) {
                int e = edges.get(k);
                double len = network.edgeLengthMeters(e);
                if (forward.get(k)) appendAlong(line, e, 0, len);
                else appendAlong(line, e, len, 0);
            }
            appendAlong(line, eb, end == base ? 0 : lengthB, offB);
        }
        line.add(new double[] {snapped.snappedLon(b), snapped.snappedLat(b)});
        line.add(new double[] {points.lon(b), points.lat(b)});
        return line;
    }

    /**
     * Walks from {@code node} back to an end of the source edge, collecting the edges (last
     * first); returns that end node, or -1 when the times do not lead back.
     */
    private int walkBack(int node, int sourceEdge, double sourceOffset, List<Integer> edges, List<Boolean> forward) {
        int u = node;
        int seedBase = network.edgeBase(sourceEdge);
        int seedAdj = network.edgeAdj(sourceEdge);
        double connector = costs.connectorSeconds(points.snapped().connectorMeters(searchedFrom));
        double baseSeed = connector + costs.partialSeconds(sourceEdge, false, sourceOffset);
        double adjSeed = connector + costs.partialSeconds(sourceEdge, true, network.edgeLengthMeters(sourceEdge) - sourceOffset);
        for (int steps = 0; steps <= network.nodeCount(); steps++) {
            float tu = search.seconds(u);
            double tolerance = 1e-4 * (1 + tu);
            if (u == seedBase && Math.abs(tu - baseSeed) <= tolerance) return u;
            if (u == seedAdj && Math.abs(tu - adjSeed) <= tolerance) return u;
            int previous = -1;
            for (int s = network.firstSlot(u); s < network.endSlot(u) && previous < 0; s++) {
                int w = network.slotNode(s);
                int e = network.slotEdge(s);
                boolean wToU = !network.slotForward(s);
                float tw = search.seconds(w);
                if (!(tw < tu) && !(tw == tu && w != u)) continue;
                double cost = costs.partialSeconds(e, wToU, network.edgeLengthMeters(e));
                if (Math.abs(tw + cost - tu) <= tolerance) {
                    previous = w;
                    edges.add(e);
                    forward.add(wToU);
                }
            }
            if (previous < 0) return -1;
            u = previous;
        }
        return -1;
    }

    /** Appends the edge's shape from {@code fromMeters} to {@code toMeters} (either direction). */
    private void appendAlong(List<double[]> line, int edge, double fromMeters, double toMeters) {
        double[] at = new double[2];
        network.pointAlong(edge, fromMeters, at);
        line.add(at.clone());
        int first = network.shapeStart(edge);
        int end = network.shapeEnd(edge);
        if (fromMeters <= toMeters) {
            for (int p = first; p < end; p++) {
                double m = network.shapeMeters(p);
                if (m > fromMeters && m < toMeters) line.add(new double[] {network.shapeLon(p), network.shapeLat(p)});
            }
        } else {
            for (int p = end - 1; p >= first; p--) {
                double m = network.shapeMeters(p);
                if (m < fromMeters && m > toMeters) line.add(new double[] {network.shapeLon(p), network.shapeLat(p)});
            }
        }
        network.pointAlong(edge, toMeters, at);
        line.add(at.clone());
    }
}
