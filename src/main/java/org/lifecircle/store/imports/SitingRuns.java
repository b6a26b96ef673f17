package org.lifecircle.store.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lifecircle.siting.SitingResult;
import org.lifecircle.siting.adapter.SiteOutcome;
import org.lifecircle.store.result.SelectedSite;
import org.lifecircle.store.result.SitingRun;

/** A site-selection outcome as the workspace keeps it (DESIGN.md's result.json figures and the new sites in order). O(p). */
public final class SitingRuns {

    private SitingRuns() {
    }

    /** @param scenarioId the scenario it ran on, null for the project's own facilities */
    public static SitingRun of(SiteOutcome o, Long scenarioId, Map<String, Object> parameters) {
        SitingResult r = o.result();
        List<SelectedSite> sites = new ArrayList<>(r.p());
        for (int k = 0; k < r.p(); k++) {
            int column = o.selectedColumn(k);
            sites.add(new SelectedSite(o.id(column), o.lon(column), o.lat(column)));
        }
        boolean bounded = !Double.isNaN(r.lowerBound());
        return new SitingRun(scenarioId, o.type(), o.model(), parameters, sites, r.objective(), r.coveredWeight(),
                r.totalWeight(), bounded ? r.lowerBound() : null, bounded ? r.upperBound() : null, bounded ? r.gap() : null,
                r.runtimeMs());
    }
}
