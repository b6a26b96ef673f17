package org.lifecircle.geo;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.api.referencing.operation.MathTransform;
import org.geotools.api.referencing.operation.TransformException;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * A metric (metre) projection chosen for the data's extent, in which all distances and areas
 * are measured: in China (the coarse box of {@link ChinaOffsets#isInChina}) the CGCS2000
 * 3-degree Gauss-Krüger zone whose central meridian is nearest the extent's centre
 * (EPSG:4534 = CM 75°E … EPSG:4554 = CM 135°E, false easting 500 km, no zone prefix), elsewhere
 * the WGS84 UTM zone (EPSG:326xx north, 327xx south, with the Norway and Svalbard exceptions;
 * UPS beyond 84°N / 80°S).
 *
 * <p>The zone contains the centre of the extent; data up to 1.5° (GK) or 3° (UTM) from the
 * central meridian keep the scale error under 0.04 % (GK: +(Δλ cos φ)²/2; UTM: −0.04 % at the
 * meridian, +0.1 % at the zone edge). Wider extents still work, with a larger error.
 *
 * <p>Coordinates are lon/lat degrees and easting/northing metres; batch methods take
 * interleaved {@code [x0, y0, x1, y1, …]} arrays. Instances are cached per zone and thread-safe;
 * a transform costs O(points).
 */
public final class MetricProjection {

    private static final Map<Integer, MetricProjection> BY_EPSG = new ConcurrentHashMap<>();

    private final int epsg;
    private final CoordinateReferenceSystem crs;
    private final MathTransform forward;
    private final MathTransform inverse;

    private MetricProjection(int epsg) {
        this.epsg = epsg;
        this.crs = Crs.epsg(epsg);
        this.forward = Crs.transform(Crs.wgs84(), crs);
        this.inverse = Crs.transform(crs, Crs.wgs84());
    }

    /** The projection for data with this lon/lat extent. */
    public static MetricProjection forExtent(Envelope lonLat) {
        return forExtent(lonLat.getMinX(), lonLat.getMinY(), lonLat.getMaxX(), lonLat.getMaxY());
    }

    public static MetricProjection forExtent(double minLon, double minLat, double maxLon, double maxLat) {
        return forPoint((minLon + maxLon) / 2, (minLat + maxLat) / 2);
    }

    public static MetricProjection forPoint(double lon, double lat) {
        return ofEpsg(chooseEpsg(lon, lat));
    }

    /** A given projected EPSG system (must be in metres). */
    public static MetricProjection ofEpsg(int code) {
        return BY_EPSG.computeIfAbsent(code, MetricProjection::new);
    }

    /** The EPSG code of the metric system for data centred at (lon, lat); see class comment. */
    public static int chooseEpsg(double lon, double lat) {
        if (!Double.isFinite(lon) || !Double.isFinite(lat) || Math.abs(lon) > 180 || Math.abs(lat) > 90) {
            throw new IllegalArgumentException("not a longitude/latitude: (" + lon + ", " + lat + ")");
        }
        if (ChinaOffsets.isInChina(lon, lat)) {
            int cm = (int) Math.round(lon / 3.0) * 3;
            cm = Math.max(75, Math.min(135, cm));
            return 4534 + (cm - 75) / 3;
        }
        if (lat > 84) return 32661;
        if (lat < -80) return 32761;
        return (lat >= 0 ? 32600 : 32700) + utmZone(lon, lat);
    }

    /** UTM zone number 1–60, with the Norway (32V) and Svalbard (31X–37X) exceptions. */
    static int utmZone(double lon, double lat) {
        int zone = (int) Math.floor((lon + 180) / 6) + 1;
        if (zone > 60) zone = 60;
        if (lat >= 56 && lat < 64 && lon >= 3 && lon < 12) return 32;
        if (lat >= 72 && lat <= 84 && lon >= 0 && lon < 42) {
            if (lon < 9) return 31;
            if (lon < 21) return 33;
            if (lon < 33) return 35;
            return 37;
        }
        return zone;
    }

    public int epsg() {
        return epsg;
    }

    public CoordinateReferenceSystem crs() {
        return crs;
    }

    /** "EPSG:4550 (CGCS2000 / 3-degree Gauss-Kruger CM 123E)". */
    public String name() {
        return Crs.describe(crs);
    }

    public double[] toMetric(double lon, double lat) {
        double[] p = {lon, lat};
        toMetric(p, p);
        return p;
    }

    public double[] toLonLat(double x, double y) {
        double[] p = {x, y};
        toLonLat(p, p);
        return p;
    }

    /** Interleaved lon/lat to easting/northing; {@code xyOut} may be {@code lonLat}. */
    public void toMetric(double[] lonLat, double[] xyOut) {
        apply(forward, lonLat, xyOut);
    }

    /** Interleaved easting/northing to lon/lat; {@code lonLatOut} may be {@code xy}. */
    public void toLonLat(double[] xy, double[] lonLatOut) {
        apply(inverse, xy, lonLatOut);
    }

    /** A copy of a lon/lat geometry in metres. */
    public Geometry toMetric(Geometry lonLat) {
        Geometry copy = lonLat.copy();
        copy.apply(new SourceCrs.SequenceTransform(xy -> toMetric(xy, xy)));
        copy.geometryChanged();
        copy.setSRID(epsg);
        return copy;
    }

    /** A copy of a metric geometry in lon/lat. */
    public Geometry toLonLat(Geometry metric) {
        Geometry copy = metric.copy();
        copy.apply(new SourceCrs.SequenceTransform(xy -> toLonLat(xy, xy)));
        copy.geometryChanged();
        copy.setSRID(4326);
        return copy;
    }

    private void apply(MathTransform t, double[] in, double[] out) {
        if (in.length % 2 != 0 || out.length < in.length) {
            throw new IllegalArgumentException("expected interleaved x/y arrays of equal even length");
        }
        try {
            t.transform(in, 0, out, 0, in.length / 2);
        } catch (TransformException e) {
            throw new CrsException("cannot transform to/from " + name() + ": " + Crs.firstLine(e.getMessage()), e);
        }
    }

    @Override
    public String toString() {
        return name();
    }
}
