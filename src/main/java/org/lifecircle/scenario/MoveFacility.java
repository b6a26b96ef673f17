package org.lifecircle.scenario;

import java.util.ArrayList;
import java.util.List;

/** Moves an existing facility to a new WGS84 position. */
public record MoveFacility(String facilityId, double lon, double lat) implements Modification {

    @Override
    public String kind() {
        return "move";
    }

    @Override
    public List<String> resolve(FacilitySet before) {
        List<String> problems = new ArrayList<>();
        if (!before.contains(facilityId)) problems.add("no facility with id '" + facilityId + "'");
        String where = Coordinates.problem(lon, lat);
        if (where != null) problems.add(where);
        return problems;
    }

    @Override
    public void apply(FacilitySet working) {
        working.put(working.find(facilityId).movedTo(lon, lat));
    }
}
