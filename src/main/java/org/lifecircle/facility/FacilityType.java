package org.lifecircle.facility;

import java.util.List;

/**
 * A facility type of the standards pack and its service standard.
 *
 * <p>Contract for coverage: a demand cell of layer {@link #demand()} is covered when its travel
 * time to the nearest facility of this type is at most {@link #thresholdSeconds()}. That is
 * {@code minutes × 60} when the type has minutes; otherwise the radius walked at
 * {@link #speedKmh()}. {@link #radiusMeters()} is the straight-line service radius where a standard
 * gives one (NaN otherwise). {@link #clause()} is the source of the minutes (or of the radius when
 * the type has no minutes); {@link #radiusClause()} the source of the radius; {@link #speedSource()}
 * where the speed comes from (a project default when no cited document fixes it).
 *
 * @param index position in {@link StandardsPack#types()}, the type index used by {@link Facilities}
 * @param level life-circle level, or null
 * @param layout how the type should be spread, or null when no document says
 */
public record FacilityType(int index, String key, ServiceCategory category, String nameZh, String nameEn,
        double minutes, double radiusMeters, TravelMode mode, double speedKmh, Demand demand,
        LifeCircleLevel level, Layout layout, Clause clause, Clause radiusClause, Clause speedSource,
        List<Clause> references, List<CoverageTarget> coverageTargets) {

    public FacilityType {
        references = List.copyOf(references);
        coverageTargets = List.copyOf(coverageTargets);
    }

    public boolean hasMinutes() {
        return !Double.isNaN(minutes);
    }

    public boolean hasRadius() {
        return !Double.isNaN(radiusMeters);
    }

    public double speedMps() {
        return speedKmh / 3.6;
    }

    /** Coverage threshold in seconds (see the class contract). */
    public double thresholdSeconds() {
        return hasMinutes() ? minutes * 60.0 : radiusMeters / speedMps();
    }

    /** "养老服务设施 Elder-care service facility". */
    public String displayName() {
        return nameZh + " " + nameEn;
    }
}
