package org.lifecircle.coverage;

import org.locationtech.jts.geom.Geometry;

/**
 * The cells a facility serves because it is their nearest of its type ("which centre serves
 * whom"): all of them ({@code cellCount}, {@code demand}, {@code population}, {@code elderly}) and
 * those within the type's threshold ({@code demandWithin}, …). {@code polygon} is the footprint of
 * all its cells in WGS84 (empty when it is nobody's nearest). Population and elderly are NaN when
 * the demand data lacks that layer.
 */
public record Catchment(String typeKey, int facility, String facilityId, String facilityName, int cellCount,
        double demand, double population, double elderly, double demandWithin, double populationWithin,
        double elderlyWithin, double maxSeconds, Geometry polygon) {
}
