package org.lifecircle.siting.adapter;

import java.util.List;
import org.lifecircle.siting.CurvePoint;
import org.lifecircle.siting.SitingResult;

/**
 * The answer of one project-mode siting run: the model's result, the columns it was solved over
 * (the type's existing facilities first, then the candidates) with their positions, and the
 * coverage curve p = 1 … curveMax (the greedy's for the capacitated model). Weights are people of the
 * type's demand layer; costs are walking seconds.
 *
 * @param networkBased     whether the times came from the street network (else straight line)
 * @param existingCount    columns 0 … existingCount − 1 are the existing facilities
 * @param thresholdSeconds the type's coverage threshold
 * @param candidateCount   candidates offered (after exclusions)
 */
public record SiteOutcome(String type, String model, SitingResult result, String[] columnIds, double[] columnLon,
        double[] columnLat, int existingCount, int candidateCount, List<CurvePoint> curve, boolean networkBased,
        double thresholdSeconds, String candidateSource) {

    public SiteOutcome {
        columnIds = columnIds.clone();
        columnLon = columnLon.clone();
        columnLat = columnLat.clone();
        curve = List.copyOf(curve);
    }

    /** Column of a selected (new) site by its order in the result. */
    public int selectedColumn(int k) {
        return result.selected()[k];
    }

    public double lon(int column) {
        return columnLon[column];
    }

    public double lat(int column) {
        return columnLat[column];
    }

    public String id(int column) {
        return columnIds[column];
    }
}
