package org.lifecircle.scenario;

import java.util.ArrayList;
import java.util.List;

/** Removes (closes) an existing facility. */
public record RemoveFacility(String facilityId) implements Modification {

    @Override
    public String kind() {
        return "remove";
    }

    @Override
    public List<String> resolve(FacilitySet before) {
        List<String> problems = new ArrayList<>();
        if (!before.contains(facilityId)) problems.add("no facility with id '" + facilityId + "'");
        return problems;
    }

    @Override
    public void apply(FacilitySet working) {
        working.remove(facilityId);
    }
}
