package org.lifecircle.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The facilities of one list that are not in another (added), the reverse (removed), and those
 * at a new position (moved), each in list order. O(facilities) with hash maps.
 */
public record SiteChanges(List<FacilityRecord> added, List<FacilityRecord> removed, List<FacilityRecord> moved) {

    public SiteChanges {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        moved = List.copyOf(moved);
    }

    /** What changed from {@code before} to {@code after}, matched by facility id. */
    public static SiteChanges between(List<FacilityRecord> before, List<FacilityRecord> after) {
        Map<String, FacilityRecord> old = index(before);
        Map<String, FacilityRecord> now = index(after);
        List<FacilityRecord> added = new ArrayList<>();
        List<FacilityRecord> moved = new ArrayList<>();
        List<FacilityRecord> removed = new ArrayList<>();
        for (FacilityRecord f : after) {
            FacilityRecord o = old.get(f.id());
            if (o == null) added.add(f);
            else if (o.lon() != f.lon() || o.lat() != f.lat()) moved.add(f);
        }
        for (FacilityRecord f : before) {
            if (!now.containsKey(f.id())) removed.add(f);
        }
        return new SiteChanges(added, removed, moved);
    }

    private static Map<String, FacilityRecord> index(List<FacilityRecord> facilities) {
        Map<String, FacilityRecord> out = new LinkedHashMap<>();
        for (FacilityRecord f : facilities) out.put(f.id(), f);
        return out;
    }
}
