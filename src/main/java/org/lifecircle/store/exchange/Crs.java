package org.lifecircle.store.exchange;

import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import org.geotools.api.referencing.FactoryException;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.api.referencing.operation.MathTransform;
import org.geotools.api.referencing.operation.TransformException;
import org.geotools.geometry.jts.JTS;
import org.geotools.referencing.CRS;
import org.lifecircle.io.InputException;
import org.locationtech.jts.geom.Geometry;

/**
 * EPSG coordinate reference systems for exchange files (GeoTools, longitude first), and
 * transforms of geometries between WGS84 and them. The first decode warms up the EPSG database
 * (seconds); CRSs and transforms are cached.
 */
public final class Crs {

    public static final int WGS84 = 4326;
    private static final ConcurrentHashMap<Integer, CoordinateReferenceSystem> CACHE = new ConcurrentHashMap<>();

    private Crs() {
    }

    /** The EPSG number of "EPSG:4490", "epsg:4547" or "4326"; an {@link InputException} otherwise. */
    public static int epsgCode(String crs) {
        String s = crs == null ? "" : crs.strip().toUpperCase(Locale.ROOT);
        if (s.startsWith("EPSG:")) s = s.substring(5);
        try {
            int code = Integer.parseInt(s);
            decode(code);
            return code;
        } catch (NumberFormatException e) {
            throw InputException.of("crs", "'" + crs + "' is not an EPSG code such as EPSG:4490");
        }
    }

    public static CoordinateReferenceSystem decode(int epsg) {
        return CACHE.computeIfAbsent(epsg, code -> {
            try {
                return CRS.decode("EPSG:" + code, true);
            } catch (FactoryException e) {
                throw InputException.of("crs", "EPSG:" + code + " is not a known coordinate reference system");
            }
        });
    }

    /** Well-known text of the CRS, axes longitude first as the geometries are written. */
    public static String wkt(int epsg) {
        return decode(epsg).toWKT();
    }

    public static String name(int epsg) {
        return decode(epsg).getName().getCode();
    }

    /** The CRS described by a WKT definition (e.g. from a GeoPackage), longitude first. */
    public static CoordinateReferenceSystem parseWkt(String source, String wkt) {
        try {
            CoordinateReferenceSystem crs = CRS.parseWKT(wkt);
            Integer code = CRS.lookupEpsgCode(crs, false);
            return code != null ? decode(code) : crs;
        } catch (FactoryException e) {
            throw InputException.of(source, "coordinate reference system not understood: " + e.getMessage());
        }
    }

    public static MathTransform transform(CoordinateReferenceSystem from, CoordinateReferenceSystem to) {
        try {
            return CRS.findMathTransform(from, to, true);
        } catch (FactoryException e) {
            throw new IllegalStateException("no transform from " + from.getName() + " to " + to.getName(), e);
        }
    }

    public static MathTransform fromWgs84(int epsg) {
        return transform(decode(WGS84), decode(epsg));
    }

    /** {@code g} transformed; identity transforms return {@code g} itself. */
    public static Geometry apply(MathTransform t, Geometry g) {
        if (g == null || t.isIdentity()) return g;
        try {
            return JTS.transform(g, t);
        } catch (TransformException e) {
            throw new IllegalArgumentException("cannot transform " + g.getGeometryType() + ": " + e.getMessage(), e);
        }
    }
}
