package org.lifecircle.web.project;

import java.util.List;
import java.util.Optional;

/**
 * The open project as the web API sees it: its name, facility types and raw layers. This is the
 * seam between the web layer and the project loader / readers: the API reads nothing else.
 */
public interface ProjectService {

    /** Display name; null when no project is loaded. */
    String name();

    /** A short note on where the project came from or why none is loaded, for the UI's status line. */
    String status();

    List<FacilityType> types();

    /** Which analyses can run on this project now; none until a project is loaded. */
    default Engines engines() {
        return Engines.none();
    }

    /** All layers, in drawing order (bottom first). */
    List<MapLayer> layers();

    default Optional<MapLayer> findLayer(String name) {
        return layers().stream().filter(l -> l.name().equals(name)).findFirst();
    }

    default Optional<MapLayer> findLayer(LayerRole role) {
        return layers().stream().filter(l -> l.role() == role).findFirst();
    }
}
