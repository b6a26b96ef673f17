package org.lifecircle.scenario;

import java.util.ArrayList;
import java.util.List;

/** Sets the capacity (places, beds …) of an existing facility. */
public record ChangeCapacity(String facilityId, double capacity) implements Modification {

    @Override
    public String kind() {
        return "capacity";
    }

    @Override
    public List<String> resolve(FacilitySet before) {
        List<String> problems = new ArrayList<>();
        if (!before.contains(facilityId)) problems.add("no facility with id '" + facilityId + "'");
        if (!(capacity >= 0) || Double.isInfinite(capacity)) problems.add("capacity " + capacity + " is not a non-negative number");
        return problems;
    }

    @Override
    public void apply(FacilitySet working) {
        working.put(working.find(facilityId).withCapacity(capacity));
    }
}
