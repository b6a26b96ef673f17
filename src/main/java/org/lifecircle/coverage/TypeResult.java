package org.lifecircle.coverage;

import java.util.List;

/**
 * The evaluation of one facility type: times per cell, coverage overall and per admin-unit level
 * (one {@link CoverageTally} per {@link Study#unitLevels()} entry, same order), gaps, catchments,
 * the 2SFCA ratios, village and unit service, and progress against each target.
 *
 * @param offNetworkFacilities facilities farther than the snap distance from the network (they reach nobody)
 * @param villages             village service, null when the study has no villages or the type is not required of them
 * @param units                admin-unit service at the finest level, null without units
 */
public record TypeResult(TypeSpec type, FacilitySites sites, TypeTimes times, Counts overall,
        List<CoverageTally> byLevel, GapClusters.Result gaps, List<Catchment> catchments,
        FloatingCatchment.Result floatingCatchment, PlaceCoverage.Result villages, PlaceCoverage.Result units,
        List<TargetProgress> targets, int offNetworkFacilities) {

    public TypeResult {
        byLevel = List.copyOf(byLevel);
        catchments = List.copyOf(catchments);
        targets = List.copyOf(targets);
    }
}
