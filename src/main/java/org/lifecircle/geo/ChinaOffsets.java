package org.lifecircle.geo;

/**
 * The offsets Chinese web maps apply to WGS84: GCJ-02 (高德 Amap, 腾讯 Tencent, Google China)
 * and BD-09 (百度 Baidu, GCJ-02 plus a further offset). Coordinates are longitude, latitude in
 * degrees; batch methods work in place on interleaved {@code [lon0, lat0, lon1, lat1, …]}.
 *
 * <p>WGS84 → GCJ-02 is the published formula (Krasovsky ellipsoid a = 6378245 m,
 * e² = 0.00669342162296594323), applied only inside the coarse box of China used by the
 * common open-source converters (73.66–135.05°E, 3.86–53.55°N; outside it there is no offset).
 * GCJ-02 → WGS84 has no closed form: it is solved by fixed-point iteration of the forward
 * formula to 1e-10° (about 10 µm), typically in 3–5 steps. GCJ-02 ↔ BD-09 are the published
 * closed forms (applied everywhere, as Baidu does); BD-09 → GCJ-02 is refined by the same
 * iteration so that round trips close to 1e-10°. Cost O(1) per point.
 */
public final class ChinaOffsets {

    private static final double KRASOVSKY_A = 6378245.0;
    private static final double KRASOVSKY_EE = 0.00669342162296594323;
    private static final double X_PI = Math.PI * 3000.0 / 180.0;
    private static final double TOLERANCE_DEGREES = 1e-10;
    private static final int MAX_ITERATIONS = 30;

    private ChinaOffsets() {}

    /** Whether the point lies in the coarse box of China the offsets apply in (see class comment). */
    public static boolean isInChina(double lon, double lat) {
        return lon > 73.66 && lon < 135.05 && lat > 3.86 && lat < 53.55;
    }

    public static double[] wgs84ToGcj02(double lon, double lat) {
        double[] p = {lon, lat};
        wgs84ToGcj02(p);
        return p;
    }

    public static double[] gcj02ToWgs84(double lon, double lat) {
        double[] p = {lon, lat};
        gcj02ToWgs84(p);
        return p;
    }

    public static double[] gcj02ToBd09(double lon, double lat) {
        double[] p = {lon, lat};
        gcj02ToBd09(p);
        return p;
    }

    public static double[] bd09ToGcj02(double lon, double lat) {
        double[] p = {lon, lat};
        bd09ToGcj02(p);
        return p;
    }

    public static double[] wgs84ToBd09(double lon, double lat) {
        double[] p = {lon, lat};
        wgs84ToBd09(p);
        return p;
    }

    public static double[] bd09ToWgs84(double lon, double lat) {
        double[] p = {lon, lat};
        bd09ToWgs84(p);
        return p;
    }

    public static void wgs84ToGcj02(double[] lonLat) {
        double[] d = new double[2];
        for (int i = 0; i + 1 < lonLat.length; i += 2) {
            double lon = lonLat[i];
            double lat = lonLat[i + 1];
            if (!isInChina(lon, lat)) continue;
            gcjDelta(lon, lat, d);
            lonLat[i] = lon + d[0];
            lonLat[i + 1] = lat + d[1];
        }
    }

    public static void gcj02ToWgs84(double[] lonLat) {
        double[] d = new double[2];
        for (int i = 0; i + 1 < lonLat.length; i += 2) {
            double gLon = lonLat[i];
            double gLat = lonLat[i + 1];
            if (!isInChina(gLon, gLat)) continue;
            double lon = gLon;
            double lat = gLat;
            for (int k = 0; k < MAX_ITERATIONS; k++) {
                gcjDelta(lon, lat, d);
                double errLon = lon + d[0] - gLon;
                double errLat = lat + d[1] - gLat;
                lon -= errLon;
                lat -= errLat;
                if (Math.abs(errLon) < TOLERANCE_DEGREES && Math.abs(errLat) < TOLERANCE_DEGREES) break;
            }
            lonLat[i] = lon;
            lonLat[i + 1] = lat;
        }
    }

    public static void gcj02ToBd09(double[] lonLat) {
        double[] p = new double[2];
        for (int i = 0; i + 1 < lonLat.length; i += 2) {
            bdForward(lonLat[i], lonLat[i + 1], p);
            lonLat[i] = p[0];
            lonLat[i + 1] = p[1];
        }
    }

    public static void bd09ToGcj02(double[] lonLat) {
        double[] p = new double[2];
        for (int i = 0; i + 1 < lonLat.length; i += 2) {
            double bLon = lonLat[i];
            double bLat = lonLat[i + 1];
            double x = bLon - 0.0065;
            double y = bLat - 0.006;
            double z = Math.sqrt(x * x + y * y) - 0.00002 * Math.sin(y * X_PI);
            double theta = Math.atan2(y, x) - 0.000003 * Math.cos(x * X_PI);
            double lon = z * Math.cos(theta);
            double lat = z * Math.sin(theta);
            for (int k = 0; k < MAX_ITERATIONS; k++) {
                bdForward(lon, lat, p);
                double errLon = p[0] - bLon;
                double errLat = p[1] - bLat;
                if (Math.abs(errLon) < TOLERANCE_DEGREES && Math.abs(errLat) < TOLERANCE_DEGREES) break;
                lon -= errLon;
                lat -= errLat;
            }
            lonLat[i] = lon;
            lonLat[i + 1] = lat;
        }
    }

    public static void wgs84ToBd09(double[] lonLat) {
        wgs84ToGcj02(lonLat);
        gcj02ToBd09(lonLat);
    }

    public static void bd09ToWgs84(double[] lonLat) {
        bd09ToGcj02(lonLat);
        gcj02ToWgs84(lonLat);
    }

    private static void bdForward(double lon, double lat, double[] out) {
        double z = Math.sqrt(lon * lon + lat * lat) + 0.00002 * Math.sin(lat * X_PI);
        double theta = Math.atan2(lat, lon) + 0.000003 * Math.cos(lon * X_PI);
        out[0] = z * Math.cos(theta) + 0.0065;
        out[1] = z * Math.sin(theta) + 0.006;
    }

    /** GCJ-02 minus WGS84 at a WGS84 point, in degrees: out[0] longitude, out[1] latitude. */
    private static void gcjDelta(double lon, double lat, double[] out) {
        double x = lon - 105.0;
        double y = lat - 35.0;
        double common = (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
        double dLat = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x))
                + common
                + (20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin(y / 3.0 * Math.PI)) * 2.0 / 3.0
                + (160.0 * Math.sin(y / 12.0 * Math.PI) + 320.0 * Math.sin(y * Math.PI / 30.0)) * 2.0 / 3.0;
        double dLon = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x))
                + common
                + (20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin(x / 3.0 * Math.PI)) * 2.0 / 3.0
                + (150.0 * Math.sin(x / 12.0 * Math.PI) + 300.0 * Math.sin(x / 30.0 * Math.PI)) * 2.0 / 3.0;
        double radLat = lat / 180.0 * Math.PI;
        double magic = Math.sin(radLat);
        magic = 1 - KRASOVSKY_EE * magic * magic;
        double sqrtMagic = Math.sqrt(magic);
        out[1] = (dLat * 180.0) / ((KRASOVSKY_A * (1 - KRASOVSKY_EE)) / (magic * sqrtMagic) * Math.PI);
        out[0] = (dLon * 180.0) / (KRASOVSKY_A / sqrtMagic * Math.cos(radLat) * Math.PI);
    }
}
