package org.lifecircle.planning;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lifecircle.siting.CurvePoint;
import org.lifecircle.siting.SitingResult;
import org.lifecircle.store.result.SelectedSite;
import org.lifecircle.store.result.SitingRun;

/**
 * The answer of one site-selection run: the request, the model's result, the columns it was
 * solved over (the type's existing facilities first, then the candidates) with their positions,
 * and the coverage curve p = 1 … (the greedy's for the capacitated model). Weights are people of
 * the type's demand layer; costs are walking seconds. {@link #report()} is the result the command
 * line writes as result.json and the web answers; {@link #record(String)} is what the workspace
 * stores. Both O(p + curve).
 *
 * @param networkBased     whether the times came from the street network (else straight line)
 * @param existingCount    columns 0 … existingCount − 1 are the existing facilities
 * @param thresholdSeconds the type's coverage threshold
 * @param candidateCount   candidates offered (after exclusions)
 */
public record SiteOutcome(SiteRequest request, String type, SitingResult result, String[] columnIds, double[] columnLon,
        double[] columnLat, int existingCount, int candidateCount, List<CurvePoint> curve, boolean networkBased,
        double thresholdSeconds, String candidateSource) {

    public SiteOutcome {
        columnIds = columnIds.clone();
        columnLon = columnLon.clone();
        columnLat = columnLat.clone();
        curve = List.copyOf(curve);
    }

    public SitingModel model() {
        return request.model();
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

    public SiteRunResult report() {
        return SiteRunResult.of(this);
    }

    /** The run as the workspace keeps it; {@code by} (the user, or null) joins the request's parameters. */
    public SitingRun record(String by) {
        List<SelectedSite> sites = new ArrayList<>(result.p());
        for (int k = 0; k < result.p(); k++) {
            int column = selectedColumn(k);
            sites.add(new SelectedSite(id(column), lon(column), lat(column)));
        }
        Map<String, Object> parameters = request.parameters(candidateCount);
        if (by != null) parameters.put("by", by);
        boolean bounded = !Double.isNaN(result.lowerBound());
        return new SitingRun(request.scenarioId(), type, model().key(), parameters, sites, result.objective(),
                result.coveredWeight(), result.totalWeight(), bounded ? result.lowerBound() : null,
                bounded ? result.upperBound() : null, bounded ? result.gap() : null, result.runtimeMs());
    }
}
