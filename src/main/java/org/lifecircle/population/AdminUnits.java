package org.lifecircle.population;

import java.util.List;
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

    private AdminUnits(String source, List<String> ids, List<String> names, List<Geometry> polygons) {
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
    }

    /** Units from polygons (Polygon or MultiPolygon, WGS84 lon/lat). */
    public static AdminUnits of(String source, List<String> ids, List<String> names, List<? extends Geometry> polygons) {
        return new AdminUnits(source, ids, names, List.copyOf(polygons));
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
}
