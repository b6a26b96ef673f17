package org.lifecircle.coverage;

import org.lifecircle.facility.Demand;
import org.lifecircle.population.DemandLayer;

/**
 * Maps whom a standard serves ({@link Demand}, from the pack or the project) onto the population
 * layer of the demand cells that counts those people. O(1).
 */
public final class DemandLayers {

    private DemandLayers() {
    }

    public static DemandLayer of(Demand served) {
        return switch (served) {
            case TOTAL -> DemandLayer.TOTAL;
            case ELDERLY -> DemandLayer.ELDERLY;
        };
    }
}
