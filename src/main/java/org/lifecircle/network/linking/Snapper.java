package org.lifecircle.network.linking;

import java.util.stream.IntStream;
import org.lifecircle.network.StreetNetwork;
import org.lifecircle.network.geodesy.Wgs84;

/**
 * Places points on a street network (DESIGN.md travel-time contract): each point goes to the
 * nearest position on the nearest walkable edge, and the straight connector to it is walked at
 * the same speed as the network. A point farther than the maximum snap distance is reported as
 * off-network with its distance to the nearest edge, never dropped. Points snap only to pieces of
 * the network with at least {@link #DEFAULT_MIN_COMPONENT_NODES} nodes (or the largest piece):
 * a house beside an isolated courtyard path goes to the street it can actually walk from.
 *
 * <p>The spatial index is built once per network, O(S) for S shape segments; snapping a point
 * costs a few grid cells. The offset along the edge is the segment's share of the edge's
 * ellipsoidal length, so a point snapped onto a node sits exactly at 0 or the edge length; the
 * connector is measured in the plane tangent at its mid-latitude ({@link
 * Wgs84#shortDistanceMeters}, within 2e-6 of the geodesic). Batches run on all cores. Thread-safe.
 */
public final class Snapper {

    /** The default maximum snap distance of DESIGN.md. */
    public static final double DEFAULT_MAX_SNAP_METERS = 500;

    /** Smallest connected piece of the network points snap to (GraphHopper's equivalent default is 200). */
    public static final int DEFAULT_MIN_COMPONENT_NODES = 20;

    private final StreetNetwork network;
    private final SegmentGrid grid;
    private final int ignoredEdges;
    private final int ignoredComponents;

    public Snapper(StreetNetwork network) {
        this(network, DEFAULT_MIN_COMPONENT_NODES);
    }

    /** @param minComponentNodes smallest piece snapped to; 1 snaps to every walkable edge */
    public Snapper(StreetNetwork network, int minComponentNodes) {
        if (minComponentNodes < 1) throw new IllegalArgumentException("min component size must be >= 1 node");
        this.network = network;
        NetworkComponents components = NetworkComponents.of(network);
        boolean[] snappable = components.snappableEdges(network, minComponentNodes);
        int edges = 0;
        boolean[] smallComponent = new boolean[components.count()];
        for (int e = 0; e < snappable.length; e++) {
            if (!snappable[e] && NetworkComponents.walkable(network, e)) {
                edges++;
                smallComponent[components.component(network.edgeBase(e))] = true;
            }
        }
        int pieces = 0;
        for (boolean b : smallComponent) if (b) pieces++;
        this.ignoredEdges = edges;
        this.ignoredComponents = pieces;
        this.grid = new SegmentGrid(network, snappable);
    }

    /** Walkable edges in pieces too small to snap to. */
    public int ignoredEdges() {
        return ignoredEdges;
    }

    /** Pieces of the network too small to snap to. */
    public int ignoredComponents() {
        return ignoredComponents;
    }

    public StreetNetwork network() {
        return network;
    }

    /** Snaps one point; see {@link #snap(double[], double[], double)}. */
    public SnappedPoints snap(double lon, double lat, double maxSnapMeters) {
        return snap(new double[] {lon}, new double[] {lat}, maxSnapMeters);
    }

    /**
     * Snaps every point {@code (lon[i], lat[i])} (WGS84 degrees) within {@code maxSnapMeters};
     * the result is indexed like the input.
     */
    public SnappedPoints snap(double[] lon, double[] lat, double maxSnapMeters) {
        if (lon.length != lat.length) throw new IllegalArgumentException("lon and lat differ in length");
        if (!(maxSnapMeters >= 0)) throw new IllegalArgumentException("max snap distance must be >= 0 m");
        int n = lon.length;
        int[] edge = new int[n];
        double[] offset = new double[n];
        double[] connector = new double[n];
        double[] snappedLon = new double[n];
        double[] snappedLat = new double[n];
        IntStream.range(0, (n + 1023) / 1024).parallel().forEach(chunk -> {
            SegmentGrid.Hit hit = new SegmentGrid.Hit();
            for (int i = chunk * 1024, end = Math.min(n, i + 1024); i < end; i++) {
                if (!Double.isFinite(lon[i]) || !Double.isFinite(lat[i])) {
                    throw new IllegalArgumentException("point " + i + " has no finite lon/lat");
                }
                if (grid.nearest(lon[i], lat[i], maxSnapMeters, hit)) {
                    place(i, hit, lon, lat, edge, offset, connector, snappedLon, snappedLat);
                } else {
                    edge[i] = -1;
                    offset[i] = snappedLon[i] = snappedLat[i] = Double.NaN;
                    connector[i] = grid.nearest(lon[i], lat[i], Double.POSITIVE_INFINITY, hit)
                            ? Math.max(Math.nextUp(maxSnapMeters), connectorMeters(hit, lon[i], lat[i]))
                            : Double.POSITIVE_INFINITY;
                }
            }
        });
        return new SnappedPoints(maxSnapMeters, lon, lat, edge, offset, connector, snappedLon, snappedLat);
    }

    private void place(int i, SegmentGrid.Hit hit, double[] lon, double[] lat, int[] edge, double[] offset,
            double[] connector, double[] snappedLon, double[] snappedLat) {
        int p = hit.firstPoint;
        double sLon, sLat, along;
        if (hit.fraction <= 0) {
            sLon = network.shapeLon(p);
            sLat = network.shapeLat(p);
            along = network.shapeMeters(p);
        } else if (hit.fraction >= 1) {
            sLon = network.shapeLon(p + 1);
            sLat = network.shapeLat(p + 1);
            along = network.shapeMeters(p + 1);
        } else {
            sLon = network.shapeLon(p) + hit.fraction * (network.shapeLon(p + 1) - network.shapeLon(p));
            sLat = network.shapeLat(p) + hit.fraction * (network.shapeLat(p + 1) - network.shapeLat(p));
            along = network.shapeMeters(p) + hit.fraction * (network.shapeMeters(p + 1) - network.shapeMeters(p));
        }
        edge[i] = hit.edge;
        offset[i] = along;
        connector[i] = Wgs84.shortDistanceMeters(lon[i], lat[i], sLon, sLat);
        snappedLon[i] = sLon;
        snappedLat[i] = sLat;
    }

    private double connectorMeters(SegmentGrid.Hit hit, double lon, double lat) {
        int p = hit.firstPoint;
        double sLon = network.shapeLon(p) + hit.fraction * (network.shapeLon(p + 1) - network.shapeLon(p));
        double sLat = network.shapeLat(p) + hit.fraction * (network.shapeLat(p + 1) - network.shapeLat(p));
        return Wgs84.shortDistanceMeters(lon, lat, sLon, sLat);
    }
}
