package org.lifecircle.scenario;

/** Checks of WGS84 positions typed or clicked by planners. */
final class Coordinates {

    private Coordinates() {
    }

    /** Why (lon, lat) is not a WGS84 position, or null when it is one. */
    static String problem(double lon, double lat) {
        if (!(lon >= -180 && lon <= 180) || !(lat >= -90 && lat <= 90)) {
            return "coordinates (" + lon + ", " + lat + ") are not a WGS84 lon/lat position";
        }
        return null;
    }
}
