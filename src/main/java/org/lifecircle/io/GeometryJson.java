package org.lifecircle.io;

import com.fasterxml.jackson.databind.JsonNode;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Builds a JTS geometry from a GeoJSON geometry object, coordinates as given (x first). Rejects
 * with a reason what JTS would accept silently or fail on obscurely: non-numeric positions,
 * lines with one position, unclosed or short rings, empty geometries. O(positions).
 */
final class GeometryJson {

    /** A malformed geometry; the caller adds file and feature. */
    static final class BadGeometry extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadGeometry(String reason) {
            super(reason, null, false, false);
        }
    }

    private final GeometryFactory factory;

    GeometryJson(GeometryFactory factory) {
        this.factory = factory;
    }

    Geometry parse(JsonNode node) {
        if (!node.isObject()) throw new BadGeometry("geometry is not a JSON object");
        JsonNode typeNode = node.get("type");
        if (typeNode == null || !typeNode.isTextual()) throw new BadGeometry("geometry has no \"type\"");
        String type = typeNode.asText();
        if (type.equals("GeometryCollection")) {
            JsonNode members = node.get("geometries");
            if (members == null || !members.isArray()) {
                throw new BadGeometry("GeometryCollection has no \"geometries\" array");
            }
            if (members.isEmpty()) throw new BadGeometry("empty geometry (GeometryCollection without members)");
            Geometry[] parts = new Geometry[members.size()];
            for (int i = 0; i < parts.length; i++) parts[i] = parse(members.get(i));
            return factory.createGeometryCollection(parts);
        }
        JsonNode c = node.get("coordinates");
        if (c == null || c.isNull()) throw new BadGeometry(type + " has no \"coordinates\"");
        if (!c.isArray()) throw new BadGeometry(type + " \"coordinates\" is not an array");
        if (c.isEmpty()) throw new BadGeometry("empty geometry (" + type + " without coordinates)");
        switch (type) {
            case "Point":
                return factory.createPoint(position(c));
            case "MultiPoint": {
                Point[] points = new Point[c.size()];
                for (int i = 0; i < points.length; i++) points[i] = factory.createPoint(position(c.get(i)));
                return factory.createMultiPoint(points);
            }
            case "LineString":
                return line(c);
            case "MultiLineString": {
                LineString[] lines = new LineString[c.size()];
                for (int i = 0; i < lines.length; i++) lines[i] = line(c.get(i));
                return factory.createMultiLineString(lines);
            }
            case "Polygon":
                return polygon(c);
            case "MultiPolygon": {
                Polygon[] polygons = new Polygon[c.size()];
                for (int i = 0; i < polygons.length; i++) {
                    JsonNode rings = c.get(i);
                    if (!rings.isArray() || rings.isEmpty()) {
                        throw new BadGeometry("MultiPolygon part " + (i + 1) + " has no rings");
                    }
                    polygons[i] = polygon(rings);
                }
                return factory.createMultiPolygon(polygons);
            }
            default:
                throw new BadGeometry("unknown geometry type \"" + type + "\"");
        }
    }

    private LineString line(JsonNode c) {
        Coordinate[] coords = positions(c);
        if (coords.length < 2) {
            throw new BadGeometry("a LineString needs at least 2 positions, this one has " + coords.length);
        }
        return factory.createLineString(coords);
    }

    private Polygon polygon(JsonNode c) {
        LinearRing[] rings = new LinearRing[c.size()];
        for (int i = 0; i < rings.length; i++) {
            Coordinate[] coords = positions(c.get(i));
            String which = i == 0 ? "outer ring" : "hole " + i;
            if (coords.length < 4) {
                throw new BadGeometry("polygon " + which + " needs at least 4 positions, it has " + coords.length);
            }
            if (!coords[0].equals2D(coords[coords.length - 1])) {
                throw new BadGeometry("polygon " + which + " is not closed (first and last positions differ)");
            }
            rings[i] = factory.createLinearRing(coords);
        }
        LinearRing[] holes = new LinearRing[rings.length - 1];
        System.arraycopy(rings, 1, holes, 0, holes.length);
        return factory.createPolygon(rings[0], holes);
    }

    private static Coordinate[] positions(JsonNode c) {
        if (!c.isArray()) throw new BadGeometry("expected an array of positions, found " + kind(c));
        Coordinate[] coords = new Coordinate[c.size()];
        for (int i = 0; i < coords.length; i++) coords[i] = position(c.get(i));
        return coords;
    }

    private static Coordinate position(JsonNode p) {
        if (!p.isArray()) throw new BadGeometry("expected a position [x, y], found " + kind(p));
        if (p.size() < 2) throw new BadGeometry("position " + p + " has fewer than 2 numbers");
        JsonNode x = p.get(0);
        JsonNode y = p.get(1);
        if (!x.isNumber() || !y.isNumber()) {
            throw new BadGeometry("position " + p + " holds a value that is not a number");
        }
        return new Coordinate(x.doubleValue(), y.doubleValue());
    }

    static String kind(JsonNode n) {
        if (n == null || n.isMissingNode()) return "nothing";
        return switch (n.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case STRING -> "a string " + n;
            case NUMBER -> "a number " + n;
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            default -> n.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
