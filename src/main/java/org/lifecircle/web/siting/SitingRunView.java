package org.lifecircle.web.siting;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lifecircle.store.result.SelectedSite;
import org.lifecircle.store.result.SitingRun;
import org.lifecircle.store.result.SitingRunRecord;

/**
 * A recorded site-selection run as {@code GET /api/siting/runs} lists it: the parameters it was
 * asked with (a free-form JSON object), its figures and the new sites in order; {@code gap} only
 * when an exact solver ran.
 */
public record SitingRunView(long id, String createdAt, Long scenario, String type, String model,
        Map<String, Object> parameters, double objective, double coveredWeight, double totalWeight,
        @JsonInclude(JsonInclude.Include.NON_NULL) Double gap, long runtimeMs, List<Site> sites) {

    /** A chosen site. */
    public record Site(String id, double lon, double lat) {
    }

    static SitingRunView of(SitingRunRecord record) {
        SitingRun r = record.run();
        List<Site> sites = new ArrayList<>();
        for (SelectedSite s : r.selected()) sites.add(new Site(s.candidateId(), s.lon(), s.lat()));
        return new SitingRunView(record.id(), record.createdAt().toString(), r.scenarioId(), r.facilityType(), r.model(),
                r.parameters(), r.objective(), r.coveredWeight(), r.totalWeight(), r.gap(), r.runtimeMs(), sites);
    }
}
