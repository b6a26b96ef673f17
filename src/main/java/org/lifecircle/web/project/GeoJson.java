package org.lifecircle.web.project;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Builds GeoJSON (RFC 7946) as plain maps and lists for Jackson. Coordinates are rounded to
 * 7 decimals (about 1 cm), which is below any display or analysis precision and keeps answers small.
 * Cost: O(vertices).
 */
public final class GeoJson {

    private static final double SCALE = 1e7;

    private GeoJson() {
    }

    public static Map<String, Object> featureCollection(List<MapFeature> features, Map<String, Object> foreignMembers) {
        Map<String, Object> fc = new LinkedHashMap<>();
        fc.put("type", "FeatureCollection");
        fc.putAll(foreignMembers);
        List<Object> list = new ArrayList<>(features.size());
        for (MapFeature f : features) list.add(feature(f));
        fc.put("features", list);
        return fc;
    }

    public static Map<String, Object> feature(MapFeature f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", "Feature");
        m.put("id", f.id());
        m.put("geometry", geometry(f.geometry()));
        m.put("properties", f.properties());
        return m;
    }

    public static Map<String, Object> geometry(Geometry g) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (g instanceof Point p) {
            m.put("type", "Point");
            m.put("coordinates", position(p.getCoordinate()));
        } else if (g instanceof LineString l) {
            m.put("type", "LineString");
            m.put("coordinates", positions(l.getCoordinates()));
        } else if (g instanceof Polygon p) {
            m.put("type", "Polygon");
            m.put("coordinates", rings(p));
        } else if (g instanceof MultiPoint mp) {
            m.put("type", "MultiPoint");
            m.put("coordinates", positions(mp.getCoordinates()));
        } else if (g instanceof MultiLineString ml) {
            m.put("type", "MultiLineString");
            List<Object> parts = new ArrayList<>();
            for (int i = 0; i < ml.getNumGeometries(); i++) parts.add(positions(ml.getGeometryN(i).getCoordinates()));
            m.put("coordinates", parts);
        } else if (g instanceof MultiPolygon mp) {
            m.put("type", "MultiPolygon");
            List<Object> parts = new ArrayList<>();
            for (int i = 0; i < mp.getNumGeometries(); i++) parts.add(rings((Polygon) mp.getGeometryN(i)));
            m.put("coordinates", parts);
        } else if (g instanceof GeometryCollection gc) {
            m.put("type", "GeometryCollection");
            List<Object> parts = new ArrayList<>();
            for (int i = 0; i < gc.getNumGeometries(); i++) parts.add(geometry(gc.getGeometryN(i)));
            m.put("geometries", parts);
        } else {
            throw new IllegalArgumentException("unsupported geometry " + g.getGeometryType());
        }
        return m;
    }

    /** [minLon, minLat, maxLon, maxLat] rounded outwards, or null for an empty extent. */
    public static double[] bbox(Envelope e) {
        if (e == null || e.isNull()) return null;
        return new double[] {down(e.getMinX()), down(e.getMinY()), up(e.getMaxX()), up(e.getMaxY())};
    }

    private static List<Object> rings(Polygon p) {
        List<Object> rings = new ArrayList<>(1 + p.getNumInteriorRing());
        rings.add(positions(p.getExteriorRing().getCoordinates()));
        for (int i = 0; i < p.getNumInteriorRing(); i++) rings.add(positions(p.getInteriorRingN(i).getCoordinates()));
        return rings;
    }

    private static List<double[]> positions(Coordinate[] cs) {
        List<double[]> out = new ArrayList<>(cs.length);
        for (Coordinate c : cs) out.add(position(c));
        return out;
    }

    private static double[] position(Coordinate c) {
        return new double[] {round(c.x), round(c.y)};
    }

    private static double down(double v) {
        return Math.floor(v * SCALE) / SCALE;
    }

    private static double up(double v) {
        return Math.ceil(v * SCALE) / SCALE;
    }

    private static double round(double v) {
        return Math.round(v * SCALE) / SCALE;
    }
}
