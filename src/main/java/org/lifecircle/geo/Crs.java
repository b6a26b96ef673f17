package org.lifecircle.geo;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.geotools.api.referencing.FactoryException;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.api.referencing.crs.GeographicCRS;
import org.geotools.api.referencing.operation.MathTransform;
import org.geotools.referencing.CRS;

/**
 * Decodes the coordinate reference systems GeoTools knows — an EPSG code in any common
 * spelling ({@code EPSG:4490}, {@code 4490}, {@code urn:ogc:def:crs:EPSG::4490},
 * {@code http://www.opengis.net/def/crs/EPSG/0/4490}, {@code CRS84}) or WKT — always with
 * easting / longitude first, the order data files use.
 *
 * <p>Decoded systems and transforms are cached: the first EPSG decode warms up GeoTools' EPSG
 * database (1–5 s), later ones cost a map lookup. Transforms are lenient about datum shifts:
 * CGCS2000 and WGS84 agree to a few centimetres and EPSG publishes no shift between them.
 */
public final class Crs {

    private static final Pattern EPSG_CODE = Pattern.compile(
            "(?i)^(?:epsg:{1,2}|urn:ogc:def:crs:epsg:[0-9.]*:|https?://www\\.opengis\\.net/def/crs/epsg/[0-9.]+/)?(\\d{1,6})$");
    private static final Pattern CRS84 = Pattern.compile(
            "(?i)^(?:crs:?84|ogc:crs84|urn:ogc:def:crs:ogc:[0-9.]*:crs84|https?://www\\.opengis\\.net/def/crs/ogc/[0-9.]+/crs84|wgs ?84)$");

    private static final Pattern WKT_START = Pattern.compile("[A-Za-z_0-9]+\\s*\\[");

    private static final Map<Integer, CoordinateReferenceSystem> BY_EPSG = new ConcurrentHashMap<>();
    private static final Map<String, CoordinateReferenceSystem> BY_WKT = new ConcurrentHashMap<>();
    private static final Map<Pair, MathTransform> TRANSFORMS = new ConcurrentHashMap<>();

    private record Pair(CoordinateReferenceSystem from, CoordinateReferenceSystem to) {}

    private Crs() {}

    /** WGS84 longitude / latitude (EPSG:4326, longitude first). */
    public static CoordinateReferenceSystem wgs84() {
        return epsg(4326);
    }

    /**
     * Decodes an EPSG code or WKT text; "CRS84" and "WGS84" mean EPSG:4326 (longitude first).
     *
     * @throws CrsException when GeoTools does not know the code or cannot parse the WKT
     */
    public static CoordinateReferenceSystem decode(String text) {
        if (text == null || text.isBlank()) throw new CrsException("empty CRS");
        String t = text.strip();
        if (CRS84.matcher(t).matches()) return wgs84();
        Matcher m = EPSG_CODE.matcher(t);
        if (m.matches()) return epsg(Integer.parseInt(m.group(1)));
        if (looksLikeWkt(t)) return wkt(t);
        throw new CrsException("unknown CRS '" + t + "' (expected an EPSG code such as EPSG:4490, WKT, GCJ-02 or BD-09)");
    }

    /** The EPSG system with this code, longitude / easting first. */
    public static CoordinateReferenceSystem epsg(int code) {
        CoordinateReferenceSystem crs = BY_EPSG.get(code);
        if (crs != null) return crs;
        try {
            crs = CRS.decode("EPSG:" + code, true);
        } catch (FactoryException e) {
            throw new CrsException("unknown CRS EPSG:" + code + " (not in the EPSG database)", e);
        }
        BY_EPSG.putIfAbsent(code, crs);
        return crs;
    }

    /**
     * Parses WKT 1 (as in a {@code .prj} file or a GeoPackage srs definition). A WKT that carries
     * an EPSG identifier is replaced by the EPSG definition so that the axis order is
     * longitude first even when the WKT declares latitude first.
     */
    public static CoordinateReferenceSystem wkt(String wkt) {
        CoordinateReferenceSystem cached = BY_WKT.get(wkt);
        if (cached != null) return cached;
        CoordinateReferenceSystem crs;
        try {
            crs = CRS.parseWKT(wkt);
        } catch (FactoryException e) {
            throw new CrsException("cannot parse the CRS WKT: " + firstLine(e.getMessage()), e);
        }
        Integer code = identifiedEpsg(crs);
        if (code != null) crs = epsg(code);
        BY_WKT.putIfAbsent(wkt, crs);
        return crs;
    }

    /** The EPSG code this system is identified by, or null. Only declared identifiers count: no database search. */
    public static Integer epsgCode(CoordinateReferenceSystem crs) {
        return identifiedEpsg(crs);
    }

    public static boolean isGeographic(CoordinateReferenceSystem crs) {
        return crs instanceof GeographicCRS;
    }

    /** True when the first axis of the system points north (latitude or northing first). */
    public static boolean isNorthFirst(CoordinateReferenceSystem crs) {
        return CRS.getAxisOrder(crs) == CRS.AxisOrder.NORTH_EAST;
    }

    /** A short name for messages: "EPSG:4547 (CGCS2000 / 3-degree Gauss-Kruger CM 114E)". */
    public static String describe(CoordinateReferenceSystem crs) {
        Integer code = identifiedEpsg(crs);
        String name = crs.getName().getCode();
        return code == null ? name : "EPSG:" + code + " (" + name + ")";
    }

    /** The transform between two systems, cached; lenient about datum shifts (see class comment). */
    public static MathTransform transform(CoordinateReferenceSystem from, CoordinateReferenceSystem to) {
        Pair key = new Pair(from, to);
        MathTransform t = TRANSFORMS.get(key);
        if (t != null) return t;
        try {
            t = CRS.findMathTransform(from, to, true);
        } catch (FactoryException e) {
            throw new CrsException("no transform from " + describe(from) + " to " + describe(to)
                    + ": " + firstLine(e.getMessage()), e);
        }
        TRANSFORMS.putIfAbsent(key, t);
        return t;
    }

    private static Integer identifiedEpsg(CoordinateReferenceSystem crs) {
        for (var id : crs.getIdentifiers()) {
            String authority = id.getCodeSpace();
            if (authority != null && authority.toUpperCase(Locale.ROOT).equals("EPSG")) {
                try {
                    return Integer.valueOf(id.getCode().strip());
                } catch (NumberFormatException e) {
                    return null;
                }
            }
        }
        return null;
    }

    private static boolean looksLikeWkt(String t) {
        return WKT_START.matcher(t).lookingAt();
    }

    static String firstLine(String message) {
        if (message == null) return "";
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).strip();
    }
}
