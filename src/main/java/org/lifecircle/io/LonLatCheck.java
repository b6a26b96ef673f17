package org.lifecircle.io;

import org.lifecircle.geo.ChinaOffsets;

/**
 * Plausibility checks on WGS84-like longitude / latitude values shared by the readers: range,
 * finiteness, projected metres given as degrees, and swapped axes. Messages are user-facing.
 */
final class LonLatCheck {

    private LonLatCheck() {}

    /** Why (lon, lat) is not a valid longitude / latitude, or null when it is. */
    static String rangeProblem(double lon, double lat) {
        if (!Double.isFinite(lon) || !Double.isFinite(lat)) {
            return "coordinate (" + num(lon) + ", " + num(lat) + ") is not a finite number";
        }
        boolean lonOk = Math.abs(lon) <= 180;
        boolean latOk = Math.abs(lat) <= 90;
        if (lonOk && latOk) return null;
        if (Math.abs(lon) <= 90 && Math.abs(lat) <= 180) {
            return "latitude " + num(lat) + " is outside -90..90; longitude and latitude look swapped";
        }
        if (Math.abs(lon) > 1000 || Math.abs(lat) > 1000) {
            return "coordinate (" + num(lon) + ", " + num(lat) + ") is not longitude/latitude: it looks like"
                    + " projected metres; declare the CRS (for example EPSG:4547)";
        }
        return lonOk ? "latitude " + num(lat) + " is outside -90..90"
                : "longitude " + num(lon) + " is outside -180..180";
    }

    /**
     * Why the extent of a whole data set looks like latitude / longitude given in the wrong
     * order, or null: every "longitude" within ±90 while some "latitudes" go beyond ±90, or
     * data in the Arctic (latitudes 73.66..90) that swapped would fall in China.
     */
    static String swapProblem(double minLon, double minLat, double maxLon, double maxLat) {
        double maxAbsLon = Math.max(Math.abs(minLon), Math.abs(maxLon));
        double maxAbsLat = Math.max(Math.abs(minLat), Math.abs(maxLat));
        if (maxAbsLon <= 90 && maxAbsLat > 90 && maxAbsLat <= 180) {
            return "longitude and latitude look swapped: every longitude is within -90..90 while latitudes"
                    + " reach " + num(Math.abs(maxLat) >= Math.abs(minLat) ? maxLat : minLat) + " (beyond -90..90)";
        }
        if (minLat >= 73.66 && maxLat <= 90
                && ChinaOffsets.isInChina(minLat, minLon) && ChinaOffsets.isInChina(maxLat, maxLon)) {
            return "longitude and latitude look swapped: the data lie at latitudes " + num(minLat) + ".." + num(maxLat)
                    + " (the Arctic) but swapped they fall in China";
        }
        return null;
    }

    /** True when every value of the extent is a plausible degree, as data in a projected CRS never are. */
    static boolean looksLikeDegrees(double minX, double minY, double maxX, double maxY) {
        return Math.abs(minX) <= 180 && Math.abs(maxX) <= 180 && Math.abs(minY) <= 90 && Math.abs(maxY) <= 90;
    }

    static String num(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return Double.toString(v);
    }
}
