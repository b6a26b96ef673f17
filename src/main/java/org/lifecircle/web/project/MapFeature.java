package org.lifecircle.web.project;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/** One feature of a map layer: an id unique in its layer, a WGS84 lon/lat geometry, and its attributes. */
public record MapFeature(String id, Geometry geometry, Map<String, Object> properties) {

    public MapFeature {
        if (id == null || geometry == null) throw new IllegalArgumentException("feature needs an id and a geometry");
        properties = properties == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    }
}
