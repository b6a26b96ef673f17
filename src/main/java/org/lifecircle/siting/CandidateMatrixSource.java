package org.lifecircle.siting;

import java.util.List;

/**
 * Boundary between the siting models and the travel-time engines: builds the demand × candidate
 * cost matrix that {@link CoverageProblem}, {@link Lscp} and {@link PMedian} take. Rows follow
 * {@code demand}, columns follow {@code candidates}; pairs costlier than {@code maxCost} (or
 * not reachable) are left out. Implementations live above this package (a network adapter for
 * project mode); the models never call the network themselves.
 *
 * <p>Contract: costs are in one unit (seconds for travel time), finite and ≥ 0; a demand point
 * the engine could not place (off-network) has an empty row, never a silently dropped one.
 */
public interface CandidateMatrixSource {

    CostMatrix costMatrix(List<SitePoint> demand, List<SitePoint> candidates, double maxCost);
}
