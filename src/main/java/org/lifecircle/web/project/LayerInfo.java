package org.lifecircle.web.project;

/** A layer as listed by {@code GET /api/project}: name, role, geometry kind, size and extent. */
public record LayerInfo(String name, LayerRole role, String geometry, int featureCount, double[] bbox) {

    public static LayerInfo of(MapLayer layer) {
        return new LayerInfo(layer.name(), layer.role(), layer.geometryKind(), layer.features().size(),
                GeoJson.bbox(layer.extent()));
    }
}
