package org.lifecircle.store.layer;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/**
 * One feature of a layer: 1-based number in the layer, an optional id (facility id, village
 * code), geometry in WGS84 lon/lat (x = lon, y = lat; may be null for attribute-only rows) and
 * attribute values (String, Long, Double, Boolean or null).
 */
public record Feature(int number, String id, Geometry geometry, Map<String, Object> properties) {

    public Feature {
        properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties == null ? Map.of() : properties));
    }

    /**
     * Geometry equality by exact coordinates (JTS {@code equalsExact}); records would compare
     * JTS geometries by identity of their topology otherwise.
     */
    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Feature f)) return false;
        boolean sameGeometry = geometry == null ? f.geometry == null
                : f.geometry != null && geometry.equalsExact(f.geometry);
        return number == f.number && java.util.Objects.equals(id, f.id) && sameGeometry
                && properties.equals(f.properties);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(number, id, properties);
    }
}
