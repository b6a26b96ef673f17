package org.lifecircle.network.isochrone;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.lifecircle.network.StreetNetwork;
import org.lifecircle.network.geodesy.LocalPlane;
import org.lifecircle.network.linking.SnappedPoints;
import org.lifecircle.network.search.Cancellation;
import org.lifecircle.network.search.EdgeCosts;
import org.lifecircle.network.search.NetworkSearch;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.operation.buffer.BufferOp;
import org.locationtech.jts.operation.buffer.BufferParameters;

/**
 * Isochrone polygons for display: one bounded search from the start point, then for each time
 * limit the reached parts of the streets (whole edges, and the partial edges at the fringe and
 * around the start, cut where the time runs out) are buffered by {@code bufferMeters} in a plane
 * tangent at the start point ({@link LocalPlane}) and turned back into WGS84. Each isochrone
 * carries its reached street length (metres along the edges) and its area (m² in the plane).
 * Rings are differences of consecutive nested isochrones.
 *
 * <p>Cost: the search, O((V' + E') log V'), plus the buffer of the reached lines, about
 * O(L log L) for L line vertices, per time limit. A {@link Cancellation#checkpoint} before each
 * polygon lets a caller's time budget stop the work between polygons.
 */
public final class IsochroneBuilder {

    /** Buffer around reached streets: about half a city block, so a walked street shades its frontage. */
    public static final double DEFAULT_BUFFER_METERS = 50;

    private static final GeometryFactory FACTORY = new GeometryFactory();

    private final StreetNetwork network;
    private final double bufferMeters;

    public IsochroneBuilder(StreetNetwork network, double bufferMeters) {
        if (!(bufferMeters > 0)) throw new IllegalArgumentException("buffer must be > 0 m");
        this.network = network;
        this.bufferMeters = bufferMeters;
    }

    /**
     * Nested isochrones around snapped point {@code point} of {@code origin}, one per value of
     * {@code minutes} (ascending, duplicates dropped). An off-network point reaches nothing.
     */
    public List<Isochrone> nested(SnappedPoints origin, int point, EdgeCosts costs, double[] minutes) {
        double[] limits = Arrays.stream(minutes).sorted().distinct().toArray();
        if (limits.length == 0 || !(limits[0] > 0)) throw new IllegalArgumentException("minutes must be > 0");
        if (!origin.onNetwork(point)) throw new IllegalArgumentException("the start point is off the network");
        NetworkSearch search = new NetworkSearch(network);
        search.start(costs, limits[limits.length - 1] * 60);
        search.addSnappedSource(origin, point, 0);
        search.run();
        LocalPlane plane = new LocalPlane(origin.snappedLon(point), origin.snappedLat(point));
        List<Isochrone> result = new ArrayList<>();
        for (double m : limits) {
            Cancellation.checkpoint();
            ReachedLines lines = reachedLines(search, origin, point, costs, m * 60, plane);
            Geometry polygon = buffer(lines.geometry());
            result.add(new Isochrone(0, m, polygon, lines.streetMeters(), polygon.getArea()));
        }
        return toLonLat(result, plane);
    }

    /**
     * Rings between consecutive nested isochrones (the first ring is the first isochrone).
     * Works on the lon/lat polygons in the plane of their first one.
     */
    public static List<Isochrone> rings(List<Isochrone> nested) {
        List<Isochrone> rings = new ArrayList<>();
        if (nested.isEmpty()) return rings;
        Coordinate centre = nested.get(0).polygon().isEmpty()
                ? new Coordinate(0, 0) : nested.get(0).polygon().getCentroid().getCoordinate();
        LocalPlane plane = new LocalPlane(centre.x, centre.y);
        Geometry inner = null;
        double innerLength = 0;
        double innerMinutes = 0;
        for (Isochrone iso : nested) {
            Geometry outer = plane.toPlane(iso.polygon());
            Geometry ring = inner == null ? outer : outer.difference(inner);
            rings.add(new Isochrone(innerMinutes, iso.minutes(), plane.toLonLat(ring), iso.streetLengthMeters() - innerLength,
                    ring.getArea()));
            inner = outer;
            innerLength = iso.streetLengthMeters();
            innerMinutes = iso.minutes();
        }
        return rings;
    }

    private Geometry buffer(Geometry lines) {
        BufferParameters params = new BufferParameters(6, BufferParameters.CAP_ROUND, BufferParameters.JOIN_ROUND, 5);
        return BufferOp.bufferOp(lines, bufferMeters, params);
    }

    private static List<Isochrone> toLonLat(List<Isochrone> planeIsochrones, LocalPlane plane) {
        List<Isochrone> out = new ArrayList<>();
        for (Isochrone iso : planeIsochrones) {
            out.add(new Isochrone(iso.fromMinutes(), iso.minutes(), plane.toLonLat(iso.polygon()), iso.streetLengthMeters(),
                    iso.areaM2()));
        }
        return out;
    }

    private record ReachedLines(Geometry geometry, double streetMeters) {
    }

    /**
     * The reached parts of the streets within {@code limitSeconds} as plane lines, plus the start
     * point and the part of its connector walked in time.
     */
    private ReachedLines reachedLines(NetworkSearch search, SnappedPoints origin, int point, EdgeCosts costs,
            double limitSeconds, LocalPlane plane) {
        List<Geometry> parts = new ArrayList<>();
        double[] streetMeters = {0};
        boolean[] done = new boolean[network.edgeCount()];
        int originEdge = origin.edge(point);
        double originOffset = origin.offsetMeters(point);
        double connectorSeconds = costs.connectorSeconds(origin.connectorMeters(point));
        for (int k = 0; k < search.reachedCount(); k++) {
            int u = search.reachedNode(k);
            for (int s = network.firstSlot(u); s < network.endSlot(u); s++) {
                int e = network.slotEdge(s);
                if (done[e]) continue;
                done[e] = true;
                addEdgeParts(search, costs, e, e == originEdge, originOffset, connectorSeconds, limitSeconds, plane, parts,
                        streetMeters);
            }
        }
        if (!done[originEdge]) {
            addEdgeParts(search, costs, originEdge, true, originOffset, connectorSeconds, limitSeconds, plane, parts,
                    streetMeters);
        }
        double startX = plane.x(origin.snappedLon(point));
        double startY = plane.y(origin.snappedLat(point));
        double connectorMeters = origin.connectorMeters(point);
        parts.add(FACTORY.createPoint(new Coordinate(startX, startY)));
        if (connectorMeters > 0 && connectorSeconds > 0) {
            double reachedFraction = Math.min(1, limitSeconds / connectorSeconds);
            double ox = plane.x(origin.lon(point));
            double oy = plane.y(origin.lat(point));
            Coordinate far = new Coordinate(startX + reachedFraction * (ox - startX), startY + reachedFraction * (oy - startY));
            parts.add(FACTORY.createLineString(new Coordinate[] {new Coordinate(startX, startY), far}));
        }
        return new ReachedLines(FACTORY.buildGeometry(parts), streetMeters[0]);
    }

    private void addEdgeParts(NetworkSearch search, EdgeCosts costs, int e, boolean hasStart, double startOffset, double connectorSeconds,
            double limitSeconds, LocalPlane plane, List<Geometry> parts, double[] streetMeters) {
        double length = network.edgeLengthMeters(e);
        double forwardSpm = costs.partialSeconds(e, true, 1);
        double backwardSpm = costs.partialSeconds(e, false, 1);
        double[] intervals = new double[8];
        int n = 0;
        float atBase = search.seconds(network.edgeBase(e));
        if (atBase <= limitSeconds) {
            intervals[n++] = 0;
            intervals[n++] = Math.min(length, reach(limitSeconds - atBase, forwardSpm));
        }
        float atAdj = search.seconds(network.edgeAdj(e));
        if (atAdj <= limitSeconds) {
            intervals[n++] = Math.max(0, length - reach(limitSeconds - atAdj, backwardSpm));
            intervals[n++] = length;
        }
        if (hasStart && connectorSeconds <= limitSeconds) {
            intervals[n++] = Math.max(0, startOffset - reach(limitSeconds - connectorSeconds, backwardSpm));
            intervals[n++] = Math.min(length, startOffset + reach(limitSeconds - connectorSeconds, forwardSpm));
        }
        sortIntervals(intervals, n);
        double from = Double.NaN, to = Double.NaN;
        for (int i = 0; i < n; i += 2) {
            if (!Double.isNaN(to) && intervals[i] <= to) {
                to = Math.max(to, intervals[i + 1]);
                continue;
            }
            if (!Double.isNaN(to)) addPiece(e, from, to, plane, parts, streetMeters);
            from = intervals[i];
            to = intervals[i + 1];
        }
        if (!Double.isNaN(to)) addPiece(e, from, to, plane, parts, streetMeters);
    }

    private static double reach(double seconds, double secondsPerMeter) {
        if (seconds <= 0) return 0;
        return secondsPerMeter == 0 ? Double.POSITIVE_INFINITY : seconds / secondsPerMeter;
    }

    private static void sortIntervals(double[] intervals, int n) {
        for (int i = 2; i < n; i += 2) {
            for (int j = i; j >= 2 && intervals[j] < intervals[j - 2]; j -= 2) {
                double a = intervals[j], b = intervals[j + 1];
                intervals[j] = intervals[j - 2];
                intervals[j + 1] = intervals[j - 1];
                intervals[j - 2] = a;
                intervals[j - 1] = b;
            }
        }
    }

    private void addPiece(int e, double from, double to, LocalPlane plane, List<Geometry> parts, double[] streetMeters) {
        if (!(to > from)) return;
        streetMeters[0] += to - from;
        List<Coordinate> coords = new ArrayList<>();
        double[] lonLat = new double[2];
        network.pointAlong(e, from, lonLat);
        coords.add(new Coordinate(plane.x(lonLat[0]), plane.y(lonLat[1])));
        for (int p = network.shapeStart(e) + 1; p < network.shapeEnd(e) - 1; p++) {
            double at = network.shapeMeters(p);
            if (at > from && at < to) coords.add(new Coordinate(plane.x(network.shapeLon(p)), plane.y(network.shapeLat(p))));
        }
        network.pointAlong(e, to, lonLat);
        coords.add(new Coordinate(plane.x(lonLat[0]), plane.y(lonLat[1])));
        parts.add(FACTORY.createLineString(coords.toArray(new Coordinate[0])));
    }
}
