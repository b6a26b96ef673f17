package org.lifecircle.web.scenario;

/**
 * One scenario edit as the UI sends it. {@code op}: "add" (type, lon, lat, optional id, name,
 * capacity, areaM2), "move" (facility, lon, lat), "remove" (facility) or "capacity" (facility,
 * capacity). {@code version} is the scenario version the edit is based on; a stale one is refused.
 */
public record EditRequest(String op, Long version, String type, String id, String facility, Double lon, Double lat,
        String name, Double capacity, Double areaM2) {
}
