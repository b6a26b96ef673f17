package org.lifecircle.scenario;

import java.util.List;

/** Adds a new facility; its id must not exist yet. */
public record AddFacility(FacilityRecord facility) implements Modification {

    @Override
    public String facilityId() {
        return facility.id();
    }

    @Override
    public String kind() {
        return "add";
    }

    @Override
    public List<String> resolve(FacilitySet before) {
        List<String> problems = facility.problems();
        if (facility.id() != null && before.contains(facility.id())) {
            problems.add("a facility with id '" + facility.id() + "' exists already");
        }
        return problems;
    }

    @Override
    public void apply(FacilitySet working) {
        working.put(facility);
    }
}
