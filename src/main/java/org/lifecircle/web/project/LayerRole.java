package org.lifecircle.web.project;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What a layer is in the project, which decides how the map draws it. */
public enum LayerRole {
    /** Grid cells (polygons) with {@code population} and, where known, {@code elderly}. */
    POPULATION,
    /** Points with {@code type} (a facility type key) and {@code name}. */
    FACILITIES,
    /** Road lines with {@code highway} and {@code name}. */
    NETWORK,
    /** Administrative villages (polygons or points) with {@code name}. */
    VILLAGES,
    /** Admin units (community / street / township polygons) with {@code name}. */
    UNITS,
    /** Anything else the project carries (a river, a boundary); drawn plainly. */
    CONTEXT;

    @JsonValue
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
