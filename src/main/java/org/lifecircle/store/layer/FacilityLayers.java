package org.lifecircle.store.layer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lifecircle.io.InputException;
import org.lifecircle.scenario.FacilityRecord;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * Between a facilities layer (points with attributes {@code type}, {@code name}, {@code area_m2},
 * {@code capacity}) and the facility records scenarios edit. O(features).
 */
public final class FacilityLayers {

    private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), LayerStore.WGS84);

    private FacilityLayers() {
    }

    /** The layer's features as facilities; every feature needs an id, a point and a type. */
    public static List<FacilityRecord> toFacilities(Layer layer) {
        List<FacilityRecord> out = new ArrayList<>(layer.size());
        for (Feature f : layer.features()) {
            if (f.id() == null) throw InputException.atFeature(layer.source(), f.number(), "facility has no id");
            if (!(f.geometry() instanceof Point p) || p.isEmpty()) {
                throw InputException.atFeature(layer.source(), f.number(), "facility geometry is not a point");
            }
            Object type = f.properties().get("type");
            if (type == null) throw InputException.atFeature(layer.source(), f.number(), "facility has no type");
            Object name = f.properties().get("name");
            out.add(new FacilityRecord(f.id(), p.getX(), p.getY(), type.toString(), name == null ? null : name.toString(),
                    number(layer, f, "area_m2"), number(layer, f, "capacity")));
        }
        return out;
    }

    /** Facilities as a layer of points: type, name, area_m2, capacity (real). */
    public static Layer toLayer(String name, LayerKind kind, String source, List<FacilityRecord> facilities) {
        List<Attribute> attributes = List.of(new Attribute("type", AttributeType.TEXT), new Attribute("name", AttributeType.TEXT),
                new Attribute("area_m2", AttributeType.REAL), new Attribute("capacity", AttributeType.REAL));
        List<Feature> features = new ArrayList<>(facilities.size());
        for (FacilityRecord f : facilities) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("type", f.type());
            p.put("name", f.name());
            p.put("area_m2", f.areaM2());
            p.put("capacity", f.capacity());
            features.add(new Feature(features.size() + 1, f.id(), WGS84.createPoint(new Coordinate(f.lon(), f.lat())), p));
        }
        return new Layer(name, kind, source, "EPSG:4326", attributes, features);
    }

    private static Double number(Layer layer, Feature f, String attribute) {
        Object v = f.properties().get(attribute);
        if (v == null || (v instanceof String s && s.isBlank())) return null;
        Object d = AttributeType.REAL.coerce(v);
        if (d == AttributeType.INVALID) {
            throw InputException.atFeature(layer.source(), f.number(), attribute + " '" + v + "' is not a number");
        }
        return (Double) d;
    }
}
