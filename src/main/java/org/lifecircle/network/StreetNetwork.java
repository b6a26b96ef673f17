package org.lifecircle.network;

/**
 * A street network as parallel primitive columns, built once by {@link NetworkBuilder} and then
 * read-only (safe to share between threads).
 *
 * <p>Layout: nodes {@code 0..nodeCount-1} are numbered along a Hilbert curve so that streets
 * close on the ground are close in memory; edges {@code 0..edgeCount-1} are ordered by base node.
 * Each edge runs from its base node to its adj node along a shape of at least two points (the two
 * end nodes and the pillar points between them); {@link #shapeMeters} holds the ellipsoidal
 * distance of each shape point from the base node, so {@code lengthMeters} is the last one.
 * Adjacency is CSR: the slots {@code firstSlot(n) .. endSlot(n)-1} of node {@code n} each name the
 * node across, the edge, and whether the slot walks the edge forward (base → adj). Every edge has
 * a slot at both ends whatever its access, so a mode that may use only one direction (car, bike)
 * gives the other direction an infinite cost instead of a different graph.
 *
 * <p>Memory: about 60 bytes per edge plus 24 bytes per shape point and 16 per node.
 */
public final class StreetNetwork {

    /** Access bit: walking from base to adj node is allowed. */
    public static final int WALK_FORWARD = 1;
    /** Access bit: walking from adj to base node is allowed. */
    public static final int WALK_BACKWARD = 2;

    private final String source;
    private final double[] nodeLon;
    private final double[] nodeLat;
    private final int[] edgeBase;
    private final int[] edgeAdj;
    private final byte[] edgeAccess;
    private final float[] edgeSpeedKmh;
    private final int[] shapeStart;
    private final double[] shapeLon;
    private final double[] shapeLat;
    private final double[] shapeMeters;
    private final int[] slotStart;
    private final int[] slotNode;
    private final int[] slotEdgeDir;

    StreetNetwork(String source, double[] nodeLon, double[] nodeLat, int[] edgeBase, int[] edgeAdj,
            byte[] edgeAccess, float[] edgeSpeedKmh, int[] shapeStart, double[] shapeLon, double[] shapeLat,
            double[] shapeMeters, int[] slotStart, int[] slotNode, int[] slotEdgeDir) {
        this.source = source;
        this.nodeLon = nodeLon;
        this.nodeLat = nodeLat;
        this.edgeBase = edgeBase;
        this.edgeAdj = edgeAdj;
        this.edgeAccess = edgeAccess;
        this.edgeSpeedKmh = edgeSpeedKmh;
        this.shapeStart = shapeStart;
        this.shapeLon = shapeLon;
        this.shapeLat = shapeLat;
        this.shapeMeters = shapeMeters;
        this.slotStart = slotStart;
        this.slotNode = slotNode;
        this.slotEdgeDir = slotEdgeDir;
    }

    /** The file or description the network was built from, for messages. */
    public String source() {
        return source;
    }

    public int nodeCount() {
        return nodeLon.length;
    }

    public int edgeCount() {
        return edgeBase.length;
    }

    public double nodeLon(int node) {
        return nodeLon[node];
    }

    public double nodeLat(int node) {
        return nodeLat[node];
    }

    public int edgeBase(int edge) {
        return edgeBase[edge];
    }

    public int edgeAdj(int edge) {
        return edgeAdj[edge];
    }

    /** Ellipsoidal length of the edge's shape in metres. */
    public double edgeLengthMeters(int edge) {
        return shapeMeters[shapeStart[edge + 1] - 1];
    }

    /** Access bits of the edge ({@link #WALK_FORWARD}, {@link #WALK_BACKWARD}). */
    public int edgeAccess(int edge) {
        return edgeAccess[edge];
    }

    public boolean walkable(int edge, boolean forward) {
        return (edgeAccess[edge] & (forward ? WALK_FORWARD : WALK_BACKWARD)) != 0;
    }

    /** The edge's own speed in km/h, or NaN when the source gave none. */
    public double edgeSpeedKmh(int edge) {
        return edgeSpeedKmh == null ? Double.NaN : edgeSpeedKmh[edge];
    }

    public boolean hasEdgeSpeeds() {
        return edgeSpeedKmh != null;
    }

    /** Index of the edge's first shape point (its base node) in the shape columns. */
    public int shapeStart(int edge) {
        return shapeStart[edge];
    }

    /** One past the index of the edge's last shape point (its adj node). */
    public int shapeEnd(int edge) {
        return shapeStart[edge + 1];
    }

    public int shapePointCount() {
        return shapeLon.length;
    }

    public double shapeLon(int point) {
        return shapeLon[point];
    }

    public double shapeLat(int point) {
        return shapeLat[point];
    }

    /** Ellipsoidal distance along the edge from its base node to this shape point, in metres. */
    public double shapeMeters(int point) {
        return shapeMeters[point];
    }

    public int firstSlot(int node) {
        return slotStart[node];
    }

    public int endSlot(int node) {
        return slotStart[node + 1];
    }

    public int slotCount() {
        return slotNode.length;
    }

    /** The node reached through this adjacency slot. */
    public int slotNode(int slot) {
        return slotNode[slot];
    }

    public int slotEdge(int slot) {
        return slotEdgeDir[slot] >>> 1;
    }

    /** True when the slot walks its edge from base to adj node. */
    public boolean slotForward(int slot) {
        return (slotEdgeDir[slot] & 1) == 0;
    }

    /**
     * Writes the lon/lat of the point {@code offsetMeters} along the edge from its base node into
     * {@code lonLat[0..1]}, interpolating linearly within the shape segment that holds it.
     */
    public void pointAlong(int edge, double offsetMeters, double[] lonLat) {
        int first = shapeStart[edge];
        int last = shapeStart[edge + 1] - 1;
        if (offsetMeters <= 0) {
            lonLat[0] = shapeLon[first];
            lonLat[1] = shapeLat[first];
            return;
        }
        if (offsetMeters >= shapeMeters[last]) {
            lonLat[0] = shapeLon[last];
            lonLat[1] = shapeLat[last];
            return;
        }
        int p = first;
        while (shapeMeters[p + 1] < offsetMeters) p++;
        double segment = shapeMeters[p + 1] - shapeMeters[p];
        double f = segment <= 0 ? 0 : (offsetMeters - shapeMeters[p]) / segment;
        lonLat[0] = shapeLon[p] + f * (shapeLon[p + 1] - shapeLon[p]);
        lonLat[1] = shapeLat[p] + f * (shapeLat[p + 1] - shapeLat[p]);
    }

    @Override
    public String toString() {
        return "StreetNetwork[" + source + ": " + nodeCount() + " nodes, " + edgeCount() + " edges]";
    }
}
