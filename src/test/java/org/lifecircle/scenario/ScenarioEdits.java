package org.lifecircle.scenario;

import org.lifecircle.coverage.FacilitySites;

/**
 * For tests: a facility set of one type edited the way the scenario use case edits it, i.e. turned
 * into scenario records, changed by a {@link Scenario} and turned back by
 * {@link ScenarioEvaluator#sites}. O(facilities + edits).
 */
public final class ScenarioEdits {

    private ScenarioEdits() {
    }

    /** {@code sites} after {@code edits} in order; an {@code InputException} when one does not apply. */
    public static FacilitySites edited(FacilitySites sites, Modification... edits) {
        Scenario scenario = Scenario.of("test");
        for (Modification m : edits) scenario = scenario.with(m);
        return ScenarioEvaluator.sites(sites.typeKey(), scenario.apply(ScenarioEvaluator.records(sites.typeKey(), sites)));
    }

    /** An add edit for a facility of the set's type without name, area or capacity. */
    public static AddFacility add(FacilitySites sites, String id, double lon, double lat) {
        return new AddFacility(new FacilityRecord(id, lon, lat, sites.typeKey(), null, null, null));
    }
}
