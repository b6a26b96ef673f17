package org.lifecircle.crash;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One scenario modification as the write loop sends it and as {@code GET /api/scenarios/{id}}
 * lists it under {@code modifications}: op, facility id and, for add and move, the position.
 */
record Edit(String op, String facility, Double lon, Double lat) {

    static Edit add(String facility, double lon, double lat) {
        return new Edit("add", facility, lon, lat);
    }

    static Edit move(String facility, double lon, double lat) {
        return new Edit("move", facility, lon, lat);
    }

    static Edit remove(String facility) {
        return new Edit("remove", facility, null, null);
    }

    /** The edit as the server lists it. */
    static Edit of(JsonNode modification) {
        String op = modification.path("op").asText();
        boolean positioned = op.equals("add") || op.equals("move");
        return new Edit(op, modification.path("facility").asText(null),
                positioned ? modification.path("lon").asDouble() : null,
                positioned ? modification.path("lat").asDouble() : null);
    }

    /** The body of {@code POST /api/scenarios/{id}/edits} based on {@code version}; added facilities are clinics. */
    Map<String, Object> body(long version) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("op", op);
        body.put("version", version);
        if (op.equals("add")) {
            body.put("id", facility);
            body.put("type", "clinic");
        } else {
            body.put("facility", facility);
        }
        if (lon != null) {
            body.put("lon", lon);
            body.put("lat", lat);
        }
        return body;
    }
}
