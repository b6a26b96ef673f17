package org.lifecircle.network.isochrone;

import org.locationtech.jts.geom.Geometry;

/**
 * The area reachable from one start point within {@code minutes} (a nested isochrone, with
 * {@code fromMinutes} 0) or between {@code fromMinutes} and {@code minutes} (a ring).
 *
 * @param polygon (Multi)Polygon in WGS84 lon/lat, possibly empty
 * @param streetLengthMeters length of the streets reached in that band, metres along the edges
 * @param areaM2 area of the polygon in square metres
 */
public record Isochrone(double fromMinutes, double minutes, Geometry polygon, double streetLengthMeters, double areaM2) {
}
