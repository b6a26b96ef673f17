package org.lifecircle.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.locationtech.jts.geom.Point;

/**
 * Reads points from any supported file into {@link PointRecord}s, so that facilities,
 * candidates and demand points may come as CSV ({@link PointCsvReader}), GeoJSON or GeoPackage
 * ({@link VectorReader#readPoints}). For vector files the id is the property {@code id} (any
 * case; the GeoJSON feature id counts), or the feature number when no feature has one; the
 * weight is the property {@code weight} (any case), else 1; other properties become text
 * attributes keyed by lower-cased name. O(points).
 */
public final class PointLayers {

    private PointLayers() {}

    /** Points in WGS84 from a .csv, .geojson/.json/.geojsonseq or .gpkg file; {@code crs} as in the readers. */
    public static List<PointRecord> read(Path file, String crs) {
        return read(file, crs, null, null);
    }

    /** As {@link #read(Path, String)}, with id and weight taken from the named columns / properties (null = defaults). */
    public static List<PointRecord> read(Path file, String crs, String idColumn, String weightColumn) {
        String ext = VectorReader.extension(file);
        if (ext.equals("csv") || ext.equals("txt")) return PointCsvReader.read(file, crs, idColumn, weightColumn);
        return fromVector(VectorReader.readPoints(file, crs), idColumn, weightColumn);
    }

    static List<PointRecord> fromVector(VectorLayer layer, String idColumn, String weightColumn) {
        String idKey = idColumn == null ? "id" : idColumn.strip().toLowerCase(Locale.ROOT);
        String weightKey = weightColumn == null ? "weight" : weightColumn.strip().toLowerCase(Locale.ROOT);
        Problems problems = new Problems(layer.source());
        boolean anyId = false;
        boolean anyWeight = false;
        for (VectorFeature f : layer.features()) {
            anyId |= find(f.properties(), idKey) != null;
            anyWeight |= find(f.properties(), weightKey) != null;
        }
        if (idColumn != null && !anyId) throw InputException.of(layer.source(), "no feature has the property " + idColumn);
        if (weightColumn != null && !anyWeight) {
            throw InputException.of(layer.source(), "no feature has the property " + weightColumn);
        }
        List<PointRecord> out = new ArrayList<>(layer.size());
        Map<String, Integer> firstFeatureOfId = new HashMap<>();
        for (VectorFeature f : layer.features()) {
            Point p = (Point) f.geometry();
            String id = Integer.toString(f.number());
            Map<String, String> attributes = new LinkedHashMap<>();
            String idName = null;
            String weightName = null;
            if (anyId) {
                idName = find(f.properties(), idKey);
                Object value = idName == null ? null : f.properties().get(idName);
                id = value == null ? "" : text(value).strip();
                if (id.isEmpty()) {
                    problems.atFeature(f.number(), "has no " + idKey);
                } else {
                    Integer first = firstFeatureOfId.putIfAbsent(id, f.number());
                    if (first != null) problems.atFeature(f.number(), "duplicate id '" + id + "' (first at feature " + first + ")");
                }
            }
            double weight = 1;
            if (anyWeight) {
                weightName = find(f.properties(), weightKey);
                Object value = weightName == null ? null : f.properties().get(weightName);
                weight = weight(value);
                if (value == null) {
                    problems.atFeature(f.number(), "has no " + weightKey);
                } else if (Double.isNaN(weight) || weight < 0) {
                    problems.atFeature(f.number(), "property " + weightKey + ": '" + value + "' is not a non-negative number");
                }
            }
            for (Map.Entry<String, Object> e : f.properties().entrySet()) {
                if (!e.getKey().equals(idName) && !e.getKey().equals(weightName)) {
                    attributes.put(e.getKey().toLowerCase(Locale.ROOT), e.getValue() == null ? "" : text(e.getValue()));
                }
            }
            out.add(new PointRecord(f.number(), id, p.getX(), p.getY(), weight, Collections.unmodifiableMap(attributes)));
        }
        problems.throwIfAny();
        return Collections.unmodifiableList(out);
    }

    private static String find(Map<String, Object> properties, String lowerKey) {
        for (String k : properties.keySet()) {
            if (k.toLowerCase(Locale.ROOT).equals(lowerKey)) return k;
        }
        return null;
    }

    private static double weight(Object value) {
        if (value instanceof Number n) return Double.isFinite(n.doubleValue()) ? n.doubleValue() : Double.NaN;
        if (value instanceof String s) {
            try {
                double d = Double.parseDouble(s.strip());
                return Double.isFinite(d) ? d : Double.NaN;
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }
        return Double.NaN;
    }

    private static String text(Object value) {
        if (value instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) return Long.toString(d.longValue());
        return String.valueOf(value);
    }
}
