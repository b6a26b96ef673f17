package org.lifecircle.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The working copy modifications are resolved against and applied to: facilities by id in their
 * order (baseline order, added ones at the end). Only {@link Scenario} creates one, from a copy.
 */
public final class FacilitySet {

    private final Map<String, FacilityRecord> byId = new LinkedHashMap<>();

    FacilitySet() {
    }

    public FacilityRecord find(String id) {
        return byId.get(id);
    }

    public boolean contains(String id) {
        return byId.containsKey(id);
    }

    public int size() {
        return byId.size();
    }

    void put(FacilityRecord f) {
        byId.put(f.id(), f);
    }

    void remove(String id) {
        byId.remove(id);
    }

    List<FacilityRecord> toList() {
        return List.copyOf(new ArrayList<>(byId.values()));
    }
}
