package org.lifecircle.network.linking;

/**
 * Points placed on a street network, in parallel columns indexed like the input points: the
 * point as given, the edge
 * each point sits on, its offset in metres along that edge from the edge's base node, the
 * straight connector in metres from the point to that position, and the position itself.
 *
 * <p>A point farther than {@link #maxSnapMeters()} from every walkable edge is off-network: its
 * edge is -1 and {@link #connectorMeters} holds its distance to the nearest edge all the same
 * (+Inf when the network has no edge), so callers can report it. Nothing is dropped.
 */
public final class SnappedPoints {

    private final double maxSnapMeters;
    private final double[] lon;
    private final double[] lat;
    private final int[] edge;
    private final double[] offsetMeters;
    private final double[] connectorMeters;
    private final double[] snappedLon;
    private final double[] snappedLat;

    SnappedPoints(double maxSnapMeters, double[] lon, double[] lat, int[] edge, double[] offsetMeters, double[] connectorMeters,
            double[] snappedLon, double[] snappedLat) {
        this.maxSnapMeters = maxSnapMeters;
        this.lon = lon;
        this.lat = lat;
        this.edge = edge;
        this.offsetMeters = offsetMeters;
        this.connectorMeters = connectorMeters;
        this.snappedLon = snappedLon;
        this.snappedLat = snappedLat;
    }

    public int size() {
        return edge.length;
    }

    public double maxSnapMeters() {
        return maxSnapMeters;
    }

    /** Longitude of the point as given (before snapping). */
    public double lon(int point) {
        return lon[point];
    }

    public double lat(int point) {
        return lat[point];
    }

    public boolean onNetwork(int point) {
        return edge[point] >= 0;
    }

    /** The edge the point sits on, or -1 when it is off-network. */
    public int edge(int point) {
        return edge[point];
    }

    /** Metres along the edge from its base node; NaN when off-network. */
    public double offsetMeters(int point) {
        return offsetMeters[point];
    }

    /** Metres from the point to its snapped position (to the nearest edge when off-network). */
    public double connectorMeters(int point) {
        return connectorMeters[point];
    }

    /** Longitude of the snapped position; NaN when off-network. */
    public double snappedLon(int point) {
        return snappedLon[point];
    }

    public double snappedLat(int point) {
        return snappedLat[point];
    }

    /** Indexes of the off-network points, ascending. */
    public int[] offNetwork() {
        int count = 0;
        for (int e : edge) if (e < 0) count++;
        int[] result = new int[count];
        int k = 0;
        for (int i = 0; i < edge.length; i++) if (edge[i] < 0) result[k++] = i;
        return result;
    }
}
