package org.lifecircle.coverage;

import org.locationtech.jts.geom.Geometry;

/**
 * A coverage gap: a cluster of adjacent demand cells outside a type's threshold.
 *
 * @param rank           1 for the gap with the most uncovered demand
 * @param demand         uncovered demand in the gap (the type's demand layer)
 * @param population     total population of its cells (NaN without a total layer)
 * @param elderly        60+ population of its cells (NaN without an elderly layer)
 * @param centroidLon    demand-weighted centre, WGS84
 * @param minSeconds     the shortest time to a facility from any of its cells (+Inf when none is reached)
 * @param polygon        the cells' footprint, WGS84
 */
public record Gap(int rank, String typeKey, int cellCount, double demand, double population, double elderly,
        double centroidLon, double centroidLat, double minSeconds, Geometry polygon) {
}
