package org.lifecircle.io;

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
     * order, or null: every "longitude" within ±90 while some "latitudes" go beyond ±90; or data
     * in the high Arctic that swapped would fall in western China (73.66–90°E, 27–49.2°N, the
     * part of China whose longitudes stay within ±90). The second box, read unswapped, covers
     * only uninhabited Arctic islands and sea (east of Svalbard's settlements, west of Novaya
     * Zemlya), so real data are not rejected.
     */
    static String swapProblem(double minLon, double minLat, double maxLon, double maxLat) {
        double maxAbsLon = Math.max(Math.abs(minLon), Math.abs(maxLon));
        double maxAbsLat = Math.max(Math.abs(minLat), Math.abs(maxLat));
        if (maxAbsLon <= 90 && maxAbsLat > 90 && maxAbsLat <= 180) {
            return "longitude and latitude look swapped: every longitude is within -90..90 while latitudes"
                    + " reach " + num(Math.abs(maxLat) >= Math.abs(minLat) ? maxLat : minLat) + " (beyond -90..90)";
        }
        if (minLat >= 73.66 && maxLat <= 90 && minLon >= 27 && maxLon <= 49.2) {
            return "longitude and latitude look swapped: the data lie at latitudes " + num(minLat) + ".." + num(maxLat)
                    + " (the Arctic) but swapped they fall in China";
        }
        return null;
    }

    /** True when every value of the extent is a plausible degree, as data in a projected CRS never are. */
    static boolean looksLikeDegrees(double minX, double minY, double maxX, double maxY) {
        return Math.abs(minX) <= 180 && Math.abs(maxX) <= 180 && Math.abs(minY) <= 90 && Math.abs(maxY) <= 90;
    }

    /**
     * Why projected eastings look like they carry a Gauss-Krüger zone-number prefix the CRS does
     * not expect (38,500,000 for zone 38 while the CRS is "CM 114E", false easting 500 km), or
     * null. Suggests the CGCS2000 system with the prefix: 3-degree zones 25–45 are EPSG:4513–4533,
     * 6-degree zones 13–23 are EPSG:4491–4501.
     */
    static String zonePrefixProblem(String crsDescription, double minX, double maxX) {
        if (minX < 1e7 || maxX >= 1e8) return null;
        int zone = (int) (minX / 1e6);
        if ((int) (maxX / 1e6) != zone || crsDescription.contains("zone " + zone)) return null;
        String suggestion = "";
        if (zone >= 25 && zone <= 45) {
            suggestion = "EPSG:" + (4513 + zone - 25) + " (CGCS2000 / 3-degree Gauss-Kruger zone " + zone + ") or ";
        } else if (zone >= 13 && zone <= 23) {
            suggestion = "EPSG:" + (4491 + zone - 13) + " (CGCS2000 / Gauss-Kruger zone " + zone + ") or ";
        }
        return "eastings " + num(minX) + ".." + num(maxX) + " start with the Gauss-Kruger zone number " + zone
                + ", which " + crsDescription + " does not expect; declare " + suggestion + "remove the prefix";
    }

    static String num(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return Double.toString(v);
    }
}
