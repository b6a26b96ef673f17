package org.lifecircle.demo;

/**
 * A local east/north metre frame around an origin on the WGS84 ellipsoid (equirectangular with the
 * meridional and prime-vertical radii of the origin latitude). Over the ±10 km of the demo town the
 * scale error stays below 0.1 %, which is all a synthetic map needs; the engines measure distances
 * themselves. O(1) per point. {@link StrictMath} keeps the output bit-identical across JVMs.
 */
final class LocalFrame {

    private static final double A = 6378137.0;
    private static final double F = 1 / 298.257223563;
    private static final double E2 = F * (2 - F);

    private final double lon0;
    private final double lat0;
    private final double metersPerDegreeLon;
    private final double metersPerDegreeLat;

    LocalFrame(double lon0, double lat0) {
        this.lon0 = lon0;
        this.lat0 = lat0;
        double phi = StrictMath.toRadians(lat0);
        double s = StrictMath.sin(phi);
        double w = 1 - E2 * s * s;
        double meridional = A * (1 - E2) / (w * StrictMath.sqrt(w));
        double primeVertical = A / StrictMath.sqrt(w);
        this.metersPerDegreeLat = meridional * StrictMath.PI / 180;
        this.metersPerDegreeLon = primeVertical * StrictMath.cos(phi) * StrictMath.PI / 180;
    }

    double lon(double xMeters) {
        return lon0 + xMeters / metersPerDegreeLon;
    }

    double lat(double yMeters) {
        return lat0 + yMeters / metersPerDegreeLat;
    }

    double x(double lon) {
        return (lon - lon0) * metersPerDegreeLon;
    }

    double y(double lat) {
        return (lat - lat0) * metersPerDegreeLat;
    }

    double metersPerDegreeLon() {
        return metersPerDegreeLon;
    }

    double metersPerDegreeLat() {
        return metersPerDegreeLat;
    }
}
