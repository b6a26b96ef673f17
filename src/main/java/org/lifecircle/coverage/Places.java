package org.lifecircle.coverage;

import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygonal;

/**
 * Places checked for service as a whole — administrative villages, or admin units for "every
 * community has one" targets: polygons or points in WGS84 with id and name. Each has a
 * representative point (the point itself, or a point inside the polygon) from which travel
 * times are measured. Immutable.
 */
public final class Places {

    private final String source;
    private final List<String> ids;
    private final List<String> names;
    private final List<Geometry> geometries;
    private final double[] lon;
    private final double[] lat;
    private final boolean polygons;

    public Places(String source, List<String> ids, List<String> names, List<? extends Geometry> geometries) {
        int n = ids.size();
        if (names.size() != n || geometries.size() != n) throw new IllegalArgumentException("place columns differ in length");
        this.source = source;
        this.ids = List.copyOf(ids);
        this.names = List.copyOf(names);
        this.geometries = List.copyOf(geometries);
        this.lon = new double[n];
        this.lat = new double[n];
        boolean anyPolygon = false;
        boolean anyPoint = false;
        for (int p = 0; p < n; p++) {
            Geometry g = geometries.get(p);
            if (g instanceof Polygonal) {
                anyPolygon = true;
                Point inside = g.getInteriorPoint();
                lon[p] = inside.getX();
                lat[p] = inside.getY();
            } else if (g instanceof Point pt) {
                anyPoint = true;
                lon[p] = pt.getX();
                lat[p] = pt.getY();
            } else {
                throw new IllegalArgumentException("place " + ids.get(p) + " is a " + g.getGeometryType());
            }
        }
        if (anyPolygon && anyPoint) throw new IllegalArgumentException(source + " mixes points and polygons");
        this.polygons = anyPolygon;
    }

    public String source() {
        return source;
    }

    public int size() {
        return ids.size();
    }

    public String id(int p) {
        return ids.get(p);
    }

    public String name(int p) {
        return names.get(p);
    }

    public Geometry geometry(int p) {
        return geometries.get(p);
    }

    public List<Geometry> geometries() {
        return geometries;
    }

    /** True for polygon places (facilities inside count), false for points. */
    public boolean polygons() {
        return polygons;
    }

    /** Representative point (WGS84 lon) travel times are measured from. */
    public double lon(int p) {
        return lon[p];
    }

    public double lat(int p) {
        return lat[p];
    }

    double[] lons() {
        return lon.clone();
    }

    double[] lats() {
        return lat.clone();
    }
}
