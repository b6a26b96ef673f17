package org.lifecircle.network;

import java.util.Arrays;
import org.lifecircle.network.geodesy.Wgs84;

/**
 * Collects nodes and edges (with their pillar points) from an importer and freezes them into a
 * {@link StreetNetwork}: nodes renumbered along a Hilbert curve, edges sorted by base node,
 * lengths measured on the WGS84 ellipsoid segment by segment, CSR adjacency built.
 * Cost O(V log V + E log E + P) for P shape points; not thread-safe.
 */
public final class NetworkBuilder {

    private final String source;
    private int nodeCount;
    private double[] nodeLon = new double[1024];
    private double[] nodeLat = new double[1024];
    private int edgeCount;
    private int[] edgeBase = new int[1024];
    private int[] edgeAdj = new int[1024];
    private byte[] edgeAccess = new byte[1024];
    private float[] edgeSpeedKmh = new float[1024];
    private boolean anyEdgeSpeed;
    private int[] pillarStart = new int[1025];
    private int pillarCount;
    private double[] pillarLon = new double[1024];
    private double[] pillarLat = new double[1024];

    /** @param source the file or description the network comes from, kept for messages */
    public NetworkBuilder(String source) {
        this.source = source;
    }

    public int nodeCount() {
        return nodeCount;
    }

    public int edgeCount() {
        return edgeCount;
    }

    /** Adds a node at lon/lat (WGS84 degrees) and returns its builder id. */
    public int addNode(double lon, double lat) {
        if (nodeCount == nodeLon.length) {
            nodeLon = Arrays.copyOf(nodeLon, nodeCount * 2);
            nodeLat = Arrays.copyOf(nodeLat, nodeCount * 2);
        }
        nodeLon[nodeCount] = lon;
        nodeLat[nodeCount] = lat;
        return nodeCount++;
    }

    public double nodeLon(int node) {
        return nodeLon[node];
    }

    public double nodeLat(int node) {
        return nodeLat[node];
    }

    /**
     * Adds an edge from {@code baseNode} to {@code adjNode}.
     *
     * @param pillarLonLat the interior shape points as lon, lat pairs (may be empty)
     * @param access {@link StreetNetwork#WALK_FORWARD} / {@link StreetNetwork#WALK_BACKWARD} bits
     * @param speedKmh the edge's own speed, or NaN when there is none
     */
    public int addEdge(int baseNode, int adjNode, double[] pillarLonLat, int access, double speedKmh) {
        if (baseNode < 0 || baseNode >= nodeCount || adjNode < 0 || adjNode >= nodeCount) {
            throw new IllegalArgumentException("edge " + baseNode + "-" + adjNode + " names a node not added");
        }
        if (edgeCount == edgeBase.length) {
            int n = edgeCount * 2;
            edgeBase = Arrays.copyOf(edgeBase, n);
            edgeAdj = Arrays.copyOf(edgeAdj, n);
            edgeAccess = Arrays.copyOf(edgeAccess, n);
            edgeSpeedKmh = Arrays.copyOf(edgeSpeedKmh, n);
            pillarStart = Arrays.copyOf(pillarStart, n + 1);
        }
        int pillars = pillarLonLat.length / 2;
        if (pillarCount + pillars > pillarLon.length) {
            int n = Math.max(pillarLon.length * 2, pillarCount + pillars);
            pillarLon = Arrays.copyOf(pillarLon, n);
            pillarLat = Arrays.copyOf(pillarLat, n);
        }
        for (int i = 0; i < pillars; i++) {
            pillarLon[pillarCount + i] = pillarLonLat[2 * i];
            pillarLat[pillarCount + i] = pillarLonLat[2 * i + 1];
        }
        pillarCount += pillars;
        edgeBase[edgeCount] = baseNode;
        edgeAdj[edgeCount] = adjNode;
        edgeAccess[edgeCount] = (byte) access;
        edgeSpeedKmh[edgeCount] = (float) speedKmh;
        anyEdgeSpeed |= !Double.isNaN(speedKmh);
        pillarStart[edgeCount + 1] = pillarCount;
        return edgeCount++;
    }

    /** Freezes what was added into a network; the builder should not be used afterwards. */
    public StreetNetwork build() {
        int[] newNode = hilbertNumbering();
        int v = nodeCount;
        double[] lon = new double[v];
        double[] lat = new double[v];
        for (int old = 0; old < v; old++) {
            lon[newNode[old]] = nodeLon[old];
            lat[newNode[old]] = nodeLat[old];
        }

        int e = edgeCount;
        long[] order = new long[e];
        for (int i = 0; i < e; i++) order[i] = ((long) newNode[edgeBase[i]] << 32) | i;
        Arrays.sort(order);

        int[] base = new int[e];
        int[] adj = new int[e];
        byte[] access = new byte[e];
        float[] speed = anyEdgeSpeed ? new float[e] : null;
        int[] shapeStart = new int[e + 1];
        int shapePoints = pillarCount + 2 * e;
        double[] shapeLon = new double[shapePoints];
        double[] shapeLat = new double[shapePoints];
        double[] shapeMeters = new double[shapePoints];
        int p = 0;
        for (int k = 0; k < e; k++) {
            int old = (int) order[k];
            base[k] = newNode[edgeBase[old]];
            adj[k] = newNode[edgeAdj[old]];
            access[k] = edgeAccess[old];
            if (speed != null) speed[k] = edgeSpeedKmh[old];
            shapeStart[k] = p;
            shapeLon[p] = nodeLon[edgeBase[old]];
            shapeLat[p] = nodeLat[edgeBase[old]];
            shapeMeters[p] = 0;
            p++;
            for (int q = pillarStart[old]; q < pillarStart[old + 1]; q++, p++) {
                shapeLon[p] = pillarLon[q];
                shapeLat[p] = pillarLat[q];
                shapeMeters[p] = shapeMeters[p - 1] + Wgs84.distanceMeters(shapeLon[p - 1], shapeLat[p - 1], shapeLon[p], shapeLat[p]);
            }
            shapeLon[p] = nodeLon[edgeAdj[old]];
            shapeLat[p] = nodeLat[edgeAdj[old]];
            shapeMeters[p] = shapeMeters[p - 1] + Wgs84.distanceMeters(shapeLon[p - 1], shapeLat[p - 1], shapeLon[p], shapeLat[p]);
            p++;
        }
        shapeStart[e] = p;

        int[] slotStart = new int[v + 1];
        for (int k = 0; k < e; k++) {
            slotStart[base[k] + 1]++;
            slotStart[adj[k] + 1]++;
        }
        for (int n = 0; n < v; n++) slotStart[n + 1] += slotStart[n];
        int[] fill = Arrays.copyOf(slotStart, v);
        int[] slotNode = new int[2 * e];
        int[] slotEdgeDir = new int[2 * e];
        for (int k = 0; k < e; k++) {
            int s = fill[base[k]]++;
            slotNode[s] = adj[k];
            slotEdgeDir[s] = k << 1;
            s = fill[adj[k]]++;
            slotNode[s] = base[k];
            slotEdgeDir[s] = (k << 1) | 1;
        }
        return new StreetNetwork(source, lon, lat, base, adj, access, speed, shapeStart, shapeLon, shapeLat,
                shapeMeters, slotStart, slotNode, slotEdgeDir);
    }

    private int[] hilbertNumbering() {
        int v = nodeCount;
        double minLon = Double.POSITIVE_INFINITY, minLat = Double.POSITIVE_INFINITY;
        double maxLon = Double.NEGATIVE_INFINITY, maxLat = Double.NEGATIVE_INFINITY;
        for (int n = 0; n < v; n++) {
            minLon = Math.min(minLon, nodeLon[n]);
            maxLon = Math.max(maxLon, nodeLon[n]);
            minLat = Math.min(minLat, nodeLat[n]);
            maxLat = Math.max(maxLat, nodeLat[n]);
        }
        double extent = Math.max(maxLon - minLon, maxLat - minLat);
        double scale = extent > 0 ? (HilbertCurve.SIDE - 1) / extent : 0;
        long[] keys = new long[v];
        for (int n = 0; n < v; n++) {
            int x = (int) ((nodeLon[n] - minLon) * scale);
            int y = (int) ((nodeLat[n] - minLat) * scale);
            keys[n] = ((long) HilbertCurve.index(x, y) << 32) | n;
        }
        Arrays.sort(keys);
        int[] newNode = new int[v];
        for (int rank = 0; rank < v; rank++) newNode[(int) keys[rank]] = rank;
        return newNode;
    }
}
