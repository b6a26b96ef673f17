package org.lifecircle.demo;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Builds a GeoJSON FeatureCollection (RFC 7946: WGS84 lon/lat, exterior rings counter-clockwise)
 * from geometries in local metres, one feature per line, coordinates with 7 decimals (1 cm).
 * Property values may be String, Integer, Long, Double (2 decimals), Boolean or null. The output
 * depends only on the input, so equal input gives equal bytes. O(coordinates).
 */
final class GeoJsonText {

    private final LocalFrame frame;
    private final StringBuilder sb = new StringBuilder();
    private int features;

    GeoJsonText(LocalFrame frame, String name) {
        this.frame = frame;
        sb.append("{\"type\":\"FeatureCollection\",\"name\":");
        string(name);
        sb.append(",\"features\":[\n");
    }

    void feature(Geometry g, Map<String, Object> properties) {
        if (features++ > 0) sb.append(",\n");
        sb.append("{\"type\":\"Feature\",\"geometry\":");
        geometry(g);
        sb.append(",\"properties\":{");
        boolean first = true;
        for (Map.Entry<String, Object> e : properties.entrySet()) {
            if (!first) sb.append(',');
            first = false;
            string(e.getKey());
            sb.append(':');
            value(e.getValue());
        }
        sb.append("}}");
    }

    /** A LineString feature straight from a polyline x0, y0, x1, y1, … in local metres. */
    void line(double[] xy, Map<String, Object> properties) {
        if (features++ > 0) sb.append(",\n");
        sb.append("{\"type\":\"Feature\",\"geometry\":{\"type\":\"LineString\",\"coordinates\":[");
        for (int i = 0; i < xy.length; i += 2) {
            if (i > 0) sb.append(',');
            position(xy[i], xy[i + 1]);
        }
        sb.append("]},\"properties\":{");
        boolean first = true;
        for (Map.Entry<String, Object> e : properties.entrySet()) {
            if (!first) sb.append(',');
            first = false;
            string(e.getKey());
            sb.append(':');
            value(e.getValue());
        }
        sb.append("}}");
    }

    byte[] bytes() {
        return (sb + "\n]}\n").getBytes(StandardCharsets.UTF_8);
    }

    private void geometry(Geometry g) {
        if (g instanceof Point p) {
            sb.append("{\"type\":\"Point\",\"coordinates\":");
            position(p.getX(), p.getY());
            sb.append('}');
        } else if (g instanceof LineString l) {
            sb.append("{\"type\":\"LineString\",\"coordinates\":");
            ring(l.getCoordinates());
            sb.append('}');
        } else if (g instanceof Polygon p) {
            sb.append("{\"type\":\"Polygon\",\"coordinates\":");
            polygon(p);
            sb.append('}');
        } else if (g instanceof MultiPolygon mp) {
            sb.append("{\"type\":\"MultiPolygon\",\"coordinates\":[");
            for (int i = 0; i < mp.getNumGeometries(); i++) {
                if (i > 0) sb.append(',');
                polygon((Polygon) mp.getGeometryN(i));
            }
            sb.append("]}");
        } else {
            throw new IllegalArgumentException("unsupported geometry " + g.getGeometryType());
        }
    }

    private void polygon(Polygon p) {
        sb.append('[');
        oriented(p.getExteriorRing(), true);
        for (int i = 0; i < p.getNumInteriorRing(); i++) {
            sb.append(',');
            oriented(p.getInteriorRingN(i), false);
        }
        sb.append(']');
    }

    private void oriented(LinearRing ring, boolean counterClockwise) {
        Coordinate[] c = ring.getCoordinates();
        if (Orientation.isCCW(c) != counterClockwise) {
            Coordinate[] r = new Coordinate[c.length];
            for (int i = 0; i < c.length; i++) r[i] = c[c.length - 1 - i];
            c = r;
        }
        ring(c);
    }

    private void ring(Coordinate[] c) {
        sb.append('[');
        for (int i = 0; i < c.length; i++) {
            if (i > 0) sb.append(',');
            position(c[i].x, c[i].y);
        }
        sb.append(']');
    }

    private void position(double x, double y) {
        sb.append('[').append(degrees(frame.lon(x))).append(',').append(degrees(frame.lat(y))).append(']');
    }

    static String degrees(double v) {
        return String.format(Locale.ROOT, "%.7f", v);
    }

    private void value(Object v) {
        if (v == null) {
            sb.append("null");
        } else if (v instanceof String s) {
            string(s);
        } else if (v instanceof Integer || v instanceof Long || v instanceof Boolean) {
            sb.append(v);
        } else if (v instanceof Double d) {
            sb.append(String.format(Locale.ROOT, "%.2f", d));
        } else {
            throw new IllegalArgumentException("unsupported property value " + v.getClass());
        }
    }

    private void string(String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    else sb.append(c);
                }
            }
        }
        sb.append('"');
    }
}
