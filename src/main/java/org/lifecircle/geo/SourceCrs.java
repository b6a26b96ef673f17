package org.lifecircle.geo;

import java.util.Locale;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.api.referencing.operation.MathTransform;
import org.geotools.api.referencing.operation.TransformException;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;

/**
 * The coordinate system input data are in, and how to bring them to WGS84 longitude /
 * latitude: any system GeoTools knows (see {@link Crs}), or the Chinese web-map offsets GCJ-02
 * and BD-09 (see {@link ChinaOffsets}). Data are always read easting / longitude first; a
 * system declared northing first (an EPSG-style WKT) has its axes swapped before transforming.
 * Cost O(points) per transform; the GeoTools transform is looked up once per system.
 */
public final class SourceCrs {

    private enum Offset { NONE, GCJ02, BD09 }

    private static final SourceCrs WGS84 = new SourceCrs("EPSG:4326", null, Offset.NONE);

    private final String name;
    private final CoordinateReferenceSystem crs;
    private final Offset offset;
    private final MathTransform toWgs84;
    private final boolean swapAxes;

    private SourceCrs(String name, CoordinateReferenceSystem crs, Offset offset) {
        this.name = name;
        this.crs = crs == null ? Crs.wgs84() : crs;
        this.offset = offset;
        this.swapAxes = crs != null && Crs.isNorthFirst(crs);
        MathTransform t = crs == null ? null : Crs.transform(crs, Crs.wgs84());
        this.toWgs84 = t == null || t.isIdentity() ? null : t;
    }

    /** WGS84 longitude / latitude: no transform. */
    public static SourceCrs wgs84() {
        return WGS84;
    }

    /**
     * Parses what a user or a file declares: an EPSG code ("EPSG:4490", "4547"), WKT, "CRS84" /
     * "WGS84", "CGCS2000" (EPSG:4490), "GCJ-02" or "BD-09" (case and hyphen insensitive).
     *
     * @throws CrsException when the text names no known system
     */
    public static SourceCrs parse(String text) {
        if (text == null || text.isBlank()) throw new CrsException("empty CRS");
        String t = text.strip();
        String key = t.toUpperCase(Locale.ROOT).replace("-", "").replace("_", "").replace(" ", "");
        switch (key) {
            case "GCJ02", "GCJ", "AMAP", "GAODE":
                return new SourceCrs("GCJ-02", null, Offset.GCJ02);
            case "BD09", "BD09LL", "BAIDU":
                return new SourceCrs("BD-09", null, Offset.BD09);
            case "CGCS2000":
                return new SourceCrs("EPSG:4490", Crs.epsg(4490), Offset.NONE);
            default:
                break;
        }
        CoordinateReferenceSystem crs = Crs.decode(t);
        Integer code = Crs.epsgCode(crs);
        if (code != null && code == 4326) return WGS84;
        return new SourceCrs(code != null ? "EPSG:" + code : crs.getName().getCode(), crs, Offset.NONE);
    }

    /** A GeoTools system, e.g. from a GeoPackage srs or a {@code .prj} file. */
    public static SourceCrs of(CoordinateReferenceSystem crs) {
        Integer code = Crs.epsgCode(crs);
        if (code != null && code == 4326 && !Crs.isNorthFirst(crs)) return WGS84;
        return new SourceCrs(code != null ? "EPSG:" + code : crs.getName().getCode(), crs, Offset.NONE);
    }

    /** "EPSG:4547", "GCJ-02", "BD-09", or the WKT name of a system without EPSG code. */
    public String name() {
        return name;
    }

    /** For messages: "EPSG:4547 (CGCS2000 / 3-degree Gauss-Kruger CM 114E)", "GCJ-02". */
    public String description() {
        return offset == Offset.NONE ? Crs.describe(crs) : name;
    }

    /** The GeoTools system the coordinates are in (WGS84 for GCJ-02 / BD-09). */
    public CoordinateReferenceSystem crs() {
        return crs;
    }

    /** True when coordinates are longitude / latitude degrees (also for GCJ-02 and BD-09). */
    public boolean isGeographic() {
        return offset != Offset.NONE || Crs.isGeographic(crs);
    }

    /** True when no conversion is needed. */
    public boolean isWgs84() {
        return offset == Offset.NONE && toWgs84 == null && !swapAxes;
    }

    /**
     * Converts interleaved easting/northing (or lon/lat) pairs to WGS84 lon/lat in place.
     *
     * @throws CrsException when a point lies outside the domain of the projection
     */
    public void toWgs84(double[] xy) {
        if (swapAxes) swap(xy);
        if (toWgs84 != null) {
            try {
                toWgs84.transform(xy, 0, xy, 0, xy.length / 2);
            } catch (TransformException e) {
                throw new CrsException("cannot transform from " + name + " to WGS84: "
                        + Crs.firstLine(e.getMessage()), e);
            } catch (IllegalArgumentException e) {
                // GeoTools' projections check their own round trip when assertions are on and
                // fail with "Angle … is too high" on eastings far outside the projection's domain
                throw new CrsException("cannot transform from " + name + " to WGS84: coordinates far outside the"
                        + " area of the system", e);
            }
        }
        if (offset == Offset.GCJ02) ChinaOffsets.gcj02ToWgs84(xy);
        else if (offset == Offset.BD09) ChinaOffsets.bd09ToWgs84(xy);
    }

    /** A copy of the geometry in WGS84 lon/lat (the same instance when no conversion is needed). */
    public Geometry toWgs84(Geometry geometry) {
        if (isWgs84()) return geometry;
        Geometry copy = geometry.copy();
        copy.apply(new SequenceTransform(this::toWgs84));
        copy.geometryChanged();
        return copy;
    }

    @Override
    public String toString() {
        return name;
    }

    private static void swap(double[] xy) {
        for (int i = 0; i + 1 < xy.length; i += 2) {
            double t = xy[i];
            xy[i] = xy[i + 1];
            xy[i + 1] = t;
        }
    }

    /** Applies a batch transform of interleaved x/y to each coordinate sequence of a geometry. */
    static final class SequenceTransform implements CoordinateSequenceFilter {
        interface Batch {
            void apply(double[] xy);
        }

        private final Batch batch;

        SequenceTransform(Batch batch) {
            this.batch = batch;
        }

        @Override
        public void filter(CoordinateSequence seq, int i) {
            if (i != 0) return;
            int n = seq.size();
            double[] xy = new double[2 * n];
            for (int k = 0; k < n; k++) {
                xy[2 * k] = seq.getX(k);
                xy[2 * k + 1] = seq.getY(k);
            }
            batch.apply(xy);
            for (int k = 0; k < n; k++) {
                seq.setOrdinate(k, 0, xy[2 * k]);
                seq.setOrdinate(k, 1, xy[2 * k + 1]);
            }
        }

        @Override
        public boolean isDone() {
            return false;
        }

        @Override
        public boolean isGeometryChanged() {
            return true;
        }
    }
}
