package org.lifecircle.scenario;

/**
 * A facility as planners edit it in a scenario: id, WGS84 position, type key (e.g.
 * {@code elder_care}), optional name, floor or land area in m² and capacity (places, beds …);
 * {@code null} means not given.
 */
public record FacilityRecord(String id, double lon, double lat, String type, String name, Double areaM2,
        Double capacity) {

    public FacilityRecord movedTo(double newLon, double newLat) {
        return new FacilityRecord(id, newLon, newLat, type, name, areaM2, capacity);
    }

    public FacilityRecord withCapacity(Double newCapacity) {
        return new FacilityRecord(id, lon, lat, type, name, areaM2, newCapacity);
    }

    /** Problems with the values themselves, independent of other facilities (empty = none). */
    java.util.List<String> problems() {
        java.util.List<String> out = new java.util.ArrayList<>();
        if (id == null || id.isBlank()) out.add("facility has no id");
        if (type == null || type.isBlank()) out.add("facility has no type");
        String where = Coordinates.problem(lon, lat);
        if (where != null) out.add(where);
        if (areaM2 != null && !(areaM2 >= 0)) out.add("area_m2 " + areaM2 + " is not a non-negative number");
        if (capacity != null && !(capacity >= 0)) out.add("capacity " + capacity + " is not a non-negative number");
        return out;
    }
}
