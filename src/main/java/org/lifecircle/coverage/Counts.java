package org.lifecircle.coverage;

/**
 * Coverage of one area (the study area, an admin unit, the cells outside every unit) for one
 * facility type. {@code demand} is the layer the type serves (everybody, or the 60+ population
 * for elder care); {@code population} and {@code elderly} are the total and 60+ layers, NaN when
 * the demand data has no such layer. "Covered" means within the type's threshold; "unreached"
 * demand has no facility within the search bound (off-network, disconnected, or beyond the bound:
 * with the default bound, each type's threshold, it equals the uncovered demand).
 */
public record Counts(int cells, int cellsCovered, double demand, double demandCovered, double population,
        double populationCovered, double elderly, double elderlyCovered, double demandUnreached) {

    /** Covered ÷ demand, 0–1; NaN when the area has no demand. */
    public double share() {
        return demand > 0 ? demandCovered / demand : Double.NaN;
    }

    public double populationShare() {
        return population > 0 ? populationCovered / population : Double.NaN;
    }

    public double elderlyShare() {
        return elderly > 0 ? elderlyCovered / elderly : Double.NaN;
    }

    public double demandUncovered() {
        return demand - demandCovered;
    }
}
