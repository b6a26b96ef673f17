package org.lifecircle.web.project;

import java.util.List;

/**
 * The project service used while the project loader and readers are not wired into the web
 * layer: no layers, and a status that says so. The UI shows its empty state rather than data.
 */
public final class UnloadedProject implements ProjectService {

    private final String status;

    public UnloadedProject(String status) {
        this.status = status;
    }

    @Override
    public String name() {
        return null;
    }

    @Override
    public String status() {
        return status;
    }

    @Override
    public List<FacilityType> types() {
        return List.of();
    }

    @Override
    public List<MapLayer> layers() {
        return List.of();
    }
}
