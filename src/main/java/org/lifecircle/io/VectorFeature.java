package org.lifecircle.io;

import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/**
 * One feature of a vector file: geometry in WGS84 lon/lat (x = lon, y = lat), never null or
 * empty; {@code number} is the 1-based feature number in the file, as error messages name it;
 * properties in file order (values String, Integer, Long, Double, Boolean, null, or nested
 * List / Map for JSON).
 */
public record VectorFeature(int number, Geometry geometry, Map<String, Object> properties) {}
