package org.lifecircle.web.project;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;

/**
 * Picks the features of a layer that a map view needs: those whose envelope intersects the view's
 * bounding box, simplified for the zoom level so that no vertex moves by more than half a screen
 * pixel (Web Mercator, 256-pixel tiles). Simplification preserves topology (no self-crossings,
 * rings kept), points are never changed. IMPLEMENTATION NOTE: the Douglas-Peucker tolerance is a
 * quarter pixel, because JTS also drops a flat ring start point after simplifying the ring, which
 * can move the vertices next to it by up to twice the tolerance (seen on the Shenzhen districts:
 * 1.44 × tolerance); a quarter pixel keeps the worst case within half a pixel. Cost: O(n) envelope tests plus O(v log v) per simplified
 * geometry of v vertices.
 */
public final class LayerQuery {

    public static final int MIN_ZOOM = 0;
    public static final int MAX_ZOOM = 24;

    private LayerQuery() {
    }

    /** Features intersecting {@code bbox} (all when null), simplified for {@code zoom} (not when null). */
    public static List<MapFeature> select(MapLayer layer, Envelope bbox, Integer zoom) {
        double tolerance = zoom == null ? 0.0 : toleranceDegrees(layer, bbox, zoom);
        List<MapFeature> out = new ArrayList<>();
        for (MapFeature f : layer.features()) {
            Geometry g = f.geometry();
            if (bbox != null && !bbox.intersects(g.getEnvelopeInternal())) continue;
            out.add(tolerance > 0 && g.getDimension() > 0
                    ? new MapFeature(f.id(), TopologyPreservingSimplifier.simplify(g, tolerance), f.properties())
                    : f);
        }
        return out;
    }

    /**
     * The simplification tolerance at {@code zoom}, in degrees: a quarter pixel. A Web Mercator
     * pixel spans 360 / (256 · 2^zoom) degrees of longitude everywhere and cos(latitude) times that
     * of latitude; the smaller of the two is used.
     */
    public static double toleranceDegrees(int zoom, double latitude) {
        return 0.25 * pixelDegrees(zoom, latitude);
    }

    /** One screen pixel at {@code zoom} and {@code latitude}, in degrees of latitude (the smaller side). */
    public static double pixelDegrees(int zoom, double latitude) {
        double pixelLonDegrees = 360.0 / (256.0 * Math.pow(2, zoom));
        return pixelLonDegrees * Math.cos(Math.toRadians(Math.min(85.0, Math.abs(latitude))));
    }

    /** The tolerance used for this layer and view: a quarter pixel at the centre latitude of the view (or layer). */
    public static double toleranceDegrees(MapLayer layer, Envelope bbox, int zoom) {
        Envelope e = bbox != null ? bbox : layer.extent();
        return toleranceDegrees(zoom, e.isNull() ? 0.0 : (e.getMinY() + e.getMaxY()) / 2);
    }
}
