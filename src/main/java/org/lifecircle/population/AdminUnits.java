package org.lifecircle.population;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lifecircle.io.InputException;
import org.lifecircle.io.VectorFeature;
import org.lifecircle.io.VectorLayer;
import org.lifecircle.io.VectorReader;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygonal;

/**
 * Admin units (communities, streets, townships, districts) as WGS84 polygons with an id and a
 * name, in file order. Immutable; see {@link UnitAssignment} for the roll-up of demand.
 */
public final class AdminUnits {

    private final String source;
    private final List<String> ids;
    private final List<String> names;
    private final List<Geometry> polygons;
    private final List<Map<String, Object>> properties;
    private final List<Integer> featureNumbers;

    private AdminUnits(String source, List<String> ids, List<String> names, List<Geometry> polygons,
            List<Map<String, Object>> properties, List<Integer> featureNumbers) {
        if (ids.size() != names.size() || ids.size() != polygons.size()) {
            throw new IllegalArgumentException("ids, names and polygons differ in length");
        }
        for (int u = 0; u < polygons.size(); u++) {
            if (!(polygons.get(u) instanceof Polygonal)) {
                throw new IllegalArgumentException("unit " + ids.get(u) + " is a " + polygons.get(u).getGeometryType() + ", not a polygon");
            }
        }
        this.source = source;
        this.ids = List.copyOf(ids);
        this.names = List.copyOf(names);
        this.polygons = List.copyOf(polygons);
        this.properties = List.copyOf(properties);
        this.featureNumbers = List.copyOf(featureNumbers);
    }

    /** Units from polygons (Polygon or MultiPolygon, WGS84 lon/lat). */
    public static AdminUnits of(String source, List<String> ids, List<String> names, List<? extends Geometry> polygons) {
        List<Map<String, Object>> none = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        for (int u = 0; u < ids.size(); u++) {
            none.add(Map.of());
            numbers.add(u + 1);
        }
        return new AdminUnits(source, ids, names, List.copyOf(polygons), none, numbers);
    }

    /**
     * Units from a polygon file (GeoJSON / GeoJSON lines): ids from {@code idField} (the feature
     * number when null), names from {@code nameField} (the id when null or missing). Duplicate
     * or empty ids are an {@link InputException} naming the feature.
     */
    public static AdminUnits read(Path file, String crs, String idField, String nameField) {
        VectorLayer layer = VectorReader.readPolygons(file, crs);
        List<String> ids = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<Geometry> polygons = new ArrayList<>();
        List<Map<String, Object>> properties = new ArrayList<>();
        List<Integer> features = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (VectorFeature f : layer.features()) {
            String id = idField == null ? String.valueOf(f.number()) : text(f.properties().get(idField));
            if (id == null || id.isBlank()) {
                throw InputException.atFeature(layer.source(), f.number(), "missing id field '" + idField + "'");
            }
            Integer first = seen.putIfAbsent(id, f.number());
            if (first != null) {
                throw InputException.atFeature(layer.source(), f.number(), "duplicate id '" + id + "' (first at feature " + first + ")");
            }
            String name = nameField == null ? null : text(f.properties().get(nameField));
            ids.add(id);
            names.add(name == null || name.isBlank() ? id : name);
            polygons.add(f.geometry());
            properties.add(f.properties());
            features.add(f.number());
        }
        return new AdminUnits(layer.source(), ids, names, polygons, properties, features);
    }

    private static String text(Object value) {
        if (value == null) return null;
        if (value instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) return String.valueOf(d.longValue());
        return String.valueOf(value).strip();
    }

    public String source() {
        return source;
    }

    public int size() {
        return ids.size();
    }

    public String id(int unit) {
        return ids.get(unit);
    }

    public String name(int unit) {
        return names.get(unit);
    }

    public Geometry polygon(int unit) {
        return polygons.get(unit);
    }

    public List<Geometry> polygons() {
        return polygons;
    }

    /**
     * A numeric field of every unit (number or numeric text), e.g. an elderly share for
     * {@link DemandCells#withElderlyShareByUnit}; a missing or non-numeric value is an
     * {@link InputException} naming the feature.
     */
    public double[] fieldValues(String field) {
        double[] values = new double[size()];
        for (int u = 0; u < values.length; u++) {
            int feature = featureNumbers.get(u);
            Object v = properties.get(u).get(field);
            if (v instanceof Number n && Double.isFinite(n.doubleValue())) {
                values[u] = n.doubleValue();
                continue;
            }
            try {
                values[u] = Double.parseDouble(String.valueOf(v).strip());
            } catch (NumberFormatException e) {
                throw InputException.atFeature(source, feature, v == null ? "missing field '" + field + "'"
                        : "field '" + field + "': '" + v + "' is not a number");
            }
            if (!Double.isFinite(values[u])) {
                throw InputException.atFeature(source, feature, "field '" + field + "': '" + v + "' is not a finite number");
            }
        }
        return values;
    }
}
