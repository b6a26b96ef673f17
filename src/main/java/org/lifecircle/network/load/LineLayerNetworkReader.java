package org.lifecircle.network.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lifecircle.io.InputException;
import org.lifecircle.io.VectorFeature;
import org.lifecircle.io.VectorLayer;
import org.lifecircle.network.NetworkBuilder;
import org.lifecircle.network.StreetNetwork;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;

/**
 * Builds a walking network from a line layer such as surveyed road centre lines: every
 * LineString (every part of a MultiLineString) is one edge between its two end points; lines
 * connect where they share an end point (equal within {@value #NODE_TOLERANCE_DEG}°, about a
 * centimetre); interior vertices are shape points, so lines crossing mid-way do not connect
 * (node the layer first if they should). {@code oneway} is ignored for walking. An optional
 * numeric speed field (km/h) becomes the edge's own speed.
 *
 * <p>Every problem is collected and reported with its feature number: empty parts, non-line
 * geometries, speeds that are not positive numbers. Cost O(vertices) plus the builder's sort.
 */
public final class LineLayerNetworkReader {

    static final double NODE_TOLERANCE_DEG = 1e-7;
    private static final int SHOWN_PROBLEMS = 5;

    private LineLayerNetworkReader() {
    }

    /**
     * @param speedField name of a km/h property to use as edge speed, or null for none
     * @throws InputException naming the first bad features and how many there are
     */
    public static StreetNetwork build(VectorLayer layer, String speedField) {
        String source = layer.source();
        NetworkBuilder builder = new NetworkBuilder(source);
        Map<Long, Integer> nodeAt = new HashMap<>();
        List<String> problems = new ArrayList<>();
        int problemCount = 0;
        int both = StreetNetwork.WALK_FORWARD | StreetNetwork.WALK_BACKWARD;
        for (VectorFeature f : layer.features()) {
            String problem = null;
            Geometry g = f.geometry();
            double speedKmh = Double.NaN;
            if (speedField != null && f.properties().get(speedField) != null) {
                speedKmh = parseSpeed(f.properties().get(speedField));
                if (!(speedKmh > 0) || Double.isInfinite(speedKmh)) {
                    problem = speedField + " '" + f.properties().get(speedField) + "' is not a positive number of km/h";
                }
            }
            if (problem == null) problem = lineProblem(g);
            if (problem != null) {
                if (problems.size() < SHOWN_PROBLEMS) problems.add("feature " + f.number() + ": " + problem);
                problemCount++;
                continue;
            }
            for (int part = 0; part < g.getNumGeometries(); part++) {
                Coordinate[] c = g.getGeometryN(part).getCoordinates();
                int from = node(builder, nodeAt, c[0]);
                int to = node(builder, nodeAt, c[c.length - 1]);
                double[] pillars = new double[2 * (c.length - 2)];
                for (int i = 1; i < c.length - 1; i++) {
                    pillars[2 * (i - 1)] = c[i].x;
                    pillars[2 * (i - 1) + 1] = c[i].y;
                }
                builder.addEdge(from, to, pillars, both, speedKmh);
            }
        }
        if (problemCount > 0) {
            String more = problemCount > 1 ? " (" + problemCount + " problems: " + String.join("; ", problems)
                    + (problemCount > problems.size() ? "; …" : "") + ")" : "";
            String first = problems.get(0);
            int colon = first.indexOf(": ");
            throw new InputException(source, first.substring(0, colon), first.substring(colon + 2) + more);
        }
        if (builder.edgeCount() == 0) throw InputException.of(source, "has no lines to build a street network from");
        return builder.build();
    }

    private static String lineProblem(Geometry g) {
        if (g.isEmpty()) return "the geometry is empty";
        for (int part = 0; part < g.getNumGeometries(); part++) {
            Geometry p = g.getGeometryN(part);
            if (!(p instanceof LineString)) return "is a " + g.getGeometryType() + ", expected a LineString or MultiLineString";
            if (p.isEmpty() || p.getNumPoints() < 2) {
                return "part " + (part + 1) + " of the " + g.getGeometryType() + " is empty";
            }
        }
        return null;
    }

    private static double parseSpeed(Object value) {
        if (value instanceof Number n) return n.doubleValue();
        try {
            return Double.parseDouble(value.toString().trim());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** The node at this end point, merging end points within the tolerance; creates it if new. */
    private static int node(NetworkBuilder builder, Map<Long, Integer> nodeAt, Coordinate c) {
        long qx = (long) Math.floor(c.x / NODE_TOLERANCE_DEG);
        long qy = (long) Math.floor(c.y / NODE_TOLERANCE_DEG);
        for (long dx = -1; dx <= 1; dx++) {
            for (long dy = -1; dy <= 1; dy++) {
                Integer n = nodeAt.get(key(qx + dx, qy + dy));
                if (n != null && Math.abs(builder.nodeLon(n) - c.x) <= NODE_TOLERANCE_DEG
                        && Math.abs(builder.nodeLat(n) - c.y) <= NODE_TOLERANCE_DEG) {
                    return n;
                }
            }
        }
        int n = builder.addNode(c.x, c.y);
        nodeAt.put(key(qx, qy), n);
        return n;
    }

    private static long key(long qx, long qy) {
        return (qx << 32) ^ (qy & 0xFFFFFFFFL);
    }
}
