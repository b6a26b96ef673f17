package org.lifecircle.io.osm;

import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/**
 * One OpenStreetMap object kept by an {@link OsmExtract}: a node (geometry a Point) or a way (a
 * Polygon when closed, else a LineString), in WGS84, with its tags. {@code lon}/{@code lat} is the
 * node itself, or the centroid of the way (of its area when closed).
 */
public record OsmFeature(Kind kind, long osmId, double lon, double lat, Map<String, String> tags, Geometry geometry) {

    /** Node or way. */
    public enum Kind {
        NODE, WAY
    }

    public String tag(String key) {
        return tags.get(key);
    }

    /** "node/123" or "way/456", as osm.org names objects. */
    public String ref() {
        return (kind == Kind.NODE ? "node/" : "way/") + osmId;
    }
}
