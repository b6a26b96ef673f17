package org.lifecircle.network.traveltime;

import org.lifecircle.network.linking.SnappedPoints;

/**
 * A point set (facilities, demand cells, candidate sites) located by one {@link TravelTimeModel}:
 * the WGS84 positions and, for a network model, where each point sits on the network. Indexes
 * are those of the arrays given to {@link TravelTimeModel#locate}. Immutable.
 */
public final class Locations {

    private final Object owner;
    private final double[] lon;
    private final double[] lat;
    private final SnappedPoints snapped;

    Locations(Object owner, double[] lon, double[] lat, SnappedPoints snapped) {
        this.owner = owner;
        this.lon = lon;
        this.lat = lat;
        this.snapped = snapped;
    }

    public int size() {
        return lon.length;
    }

    public double lon(int point) {
        return lon[point];
    }

    public double lat(int point) {
        return lat[point];
    }

    /** False for a point farther than the maximum snap distance from the network. */
    public boolean onNetwork(int point) {
        return snapped == null || snapped.onNetwork(point);
    }

    /** Distance from the point to the network in metres (0 for the straight-line model). */
    public double snapMeters(int point) {
        return snapped == null ? 0 : snapped.connectorMeters(point);
    }

    /** Indexes of the points left off the network, ascending; empty for the straight-line model. */
    public int[] offNetwork() {
        return snapped == null ? new int[0] : snapped.offNetwork();
    }

    /** The snapping behind these locations, or null for the straight-line model. */
    public SnappedPoints snapped() {
        return snapped;
    }

    double[] lonArray() {
        return lon;
    }

    double[] latArray() {
        return lat;
    }

    void checkOwner(Object model, String role) {
        if (owner != model) throw new IllegalArgumentException(role + " were located by another travel-time model");
    }
}
