package org.lifecircle.geo;

/**
 * Independent reference for projection tests: the meridian arc length from the equator to a
 * latitude on an ellipsoid, by Simpson integration of the meridional radius of curvature
 * M(φ) = a(1 − e²) / (1 − e² sin²φ)^{3/2}. On a Transverse Mercator central meridian the
 * northing is k0 times this length.
 */
public final class MeridianArc {

    /** GRS80 / CGCS2000 semi-major axis and flattening (they differ in the 11th digit of f). */
    public static final double CGCS2000_A = 6378137.0;
    public static final double CGCS2000_F = 1 / 298.257222101;
    public static final double WGS84_A = 6378137.0;
    public static final double WGS84_F = 1 / 298.257223563;

    private MeridianArc() {}

    public static double meters(double latDegrees, double a, double f) {
        double e2 = f * (2 - f);
        double phi = Math.toRadians(latDegrees);
        int n = 20_000;
        double h = phi / n;
        double sum = 0;
        for (int i = 0; i <= n; i++) {
            double s = Math.sin(i * h);
            double m = a * (1 - e2) / Math.pow(1 - e2 * s * s, 1.5);
            sum += (i == 0 || i == n) ? m : (i % 2 == 1 ? 4 * m : 2 * m);
        }
        return sum * h / 3;
    }
}
