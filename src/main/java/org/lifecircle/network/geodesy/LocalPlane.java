package org.lifecircle.network.geodesy;

import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;

/**
 * A flat metric plane tangent to the ellipsoid at an origin: x east and y north in metres,
 * scaled with the WGS84 radii of curvature at the origin (an equirectangular projection).
 * Within a few kilometres of the origin lengths and areas are off by less than 0.05 %, enough
 * for buffering and measuring isochrones around one start point. O(1) per coordinate.
 */
public final class LocalPlane {

    private final double originLon;
    private final double originLat;
    private final double metersPerDegreeLon;
    private final double metersPerDegreeLat;

    public LocalPlane(double originLon, double originLat) {
        this.originLon = originLon;
        this.originLat = originLat;
        this.metersPerDegreeLon = Wgs84.metersPerDegreeLon(originLat);
        this.metersPerDegreeLat = Wgs84.metersPerDegreeLat(originLat);
    }

    public double x(double lon) {
        return (lon - originLon) * metersPerDegreeLon;
    }

    public double y(double lat) {
        return (lat - originLat) * metersPerDegreeLat;
    }

    public double lon(double x) {
        return originLon + x / metersPerDegreeLon;
    }

    public double lat(double y) {
        return originLat + y / metersPerDegreeLat;
    }

    /** A copy of a lon/lat geometry with its coordinates in this plane. */
    public Geometry toPlane(Geometry lonLatGeometry) {
        return transformed(lonLatGeometry, true);
    }

    /** A copy of a plane geometry with its coordinates turned back into lon/lat. */
    public Geometry toLonLat(Geometry planeGeometry) {
        return transformed(planeGeometry, false);
    }

    private Geometry transformed(Geometry geometry, boolean toPlane) {
        Geometry copy = geometry.copy();
        copy.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence seq, int i) {
                double a = seq.getX(i);
                double b = seq.getY(i);
                seq.setOrdinate(i, CoordinateSequence.X, toPlane ? x(a) : lon(a));
                seq.setOrdinate(i, CoordinateSequence.Y, toPlane ? y(b) : lat(b));
            }

            @Override
            public boolean isDone() {
                return false;
            }

            @Override
            public boolean isGeometryChanged() {
                return true;
            }
        });
        return copy;
    }
}
