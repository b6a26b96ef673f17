package org.lifecircle.store.layer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lifecircle.io.InputException;

/**
 * A vector layer as the store keeps it: name, kind, where it came from (file name and the CRS it
 * was declared in), typed attributes, and features whose values match those types. Construction
 * checks and coerces every value; a value that does not fit its attribute is an
 * {@link InputException} naming the source and feature number. Cost O(features × attributes).
 */
public record Layer(String name, LayerKind kind, String source, String sourceCrs, List<Attribute> attributes,
        List<Feature> features) {

    public Layer {
        if (name == null || name.isBlank()) throw InputException.of(source, "layer has no name");
        if (name.length() > 200) throw InputException.of(source, "layer name longer than 200 characters");
        kind = kind == null ? LayerKind.OTHER : kind;
        attributes = List.copyOf(attributes);
        Map<String, AttributeType> types = new LinkedHashMap<>();
        for (Attribute a : attributes) {
            if (types.put(a.name(), a.type()) != null) {
                throw InputException.of(source, "attribute '" + a.name() + "' is declared twice");
            }
        }
        List<Feature> checked = new ArrayList<>(features.size());
        for (Feature f : features) checked.add(coerce(source, types, f));
        features = List.copyOf(checked);
    }

    /** A layer whose attributes are inferred from the values: the union of keys, each with the narrowest type holding all its values. */
    public static Layer of(String name, LayerKind kind, String source, String sourceCrs, List<Feature> features) {
        // a column whose only values are null is TEXT; one with values keeps the widened type
        Map<String, AttributeType> seen = new LinkedHashMap<>();
        for (Feature f : features) {
            for (Map.Entry<String, Object> e : f.properties().entrySet()) {
                AttributeType t = AttributeType.of(e.getValue());
                if (!seen.containsKey(e.getKey())) seen.put(e.getKey(), t);
                else seen.put(e.getKey(), AttributeType.widen(seen.get(e.getKey()), t));
            }
        }
        List<Attribute> attributes = new ArrayList<>();
        for (Map.Entry<String, AttributeType> e : seen.entrySet()) {
            attributes.add(new Attribute(e.getKey(), e.getValue() == null ? AttributeType.TEXT : e.getValue()));
        }
        return new Layer(name, kind, source, sourceCrs, attributes, features);
    }

    public int size() {
        return features.size();
    }

    private static Feature coerce(String source, Map<String, AttributeType> types, Feature f) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Map.Entry<String, AttributeType> t : types.entrySet()) values.put(t.getKey(), null);
        for (Map.Entry<String, Object> e : f.properties().entrySet()) {
            AttributeType type = types.get(e.getKey());
            if (type == null) {
                throw InputException.atFeature(source, f.number(), "attribute '" + e.getKey() + "' is not declared in the layer");
            }
            Object v = type.coerce(e.getValue());
            if (v == AttributeType.INVALID) {
                throw InputException.atFeature(source, f.number(), "attribute '" + e.getKey() + "' = '" + e.getValue()
                        + "' is not " + type.name().toLowerCase(java.util.Locale.ROOT));
            }
            values.put(e.getKey(), v);
        }
        return new Feature(f.number(), f.id(), f.geometry(), values);
    }
}
