package org.lifecircle.web.project;

import java.util.List;

/** The answer of {@code GET /api/project}: everything the UI needs to lay out its map and panels. */
public record ProjectSummary(String name, boolean loaded, String status, double[] bbox, List<FacilityType> types,
                             List<LayerInfo> layers, Engines engines, List<Basemap> basemaps) {
}
