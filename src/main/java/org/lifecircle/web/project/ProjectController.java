package org.lifecircle.web.project;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lifecircle.io.InputException;
import org.lifecircle.web.problem.UnknownIdException;
import org.locationtech.jts.geom.Envelope;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The open project and its layers as GeoJSON, filtered by the map view and simplified for its zoom. */
@RestController
@Tag(name = "project", description = "The open project, its facility types and layers")
public class ProjectController {

    static final String GEOJSON = "application/geo+json";

    private final ProjectService project;
    private final Basemaps basemaps;

    public ProjectController(ProjectService project, Basemaps basemaps) {
        this.project = project;
        this.basemaps = basemaps;
    }

    @GetMapping("/api/project")
    @Operation(summary = "Project name, facility types, layers with extents, available engines and basemaps")
    public ProjectSummary summary() {
        List<MapLayer> layers = project.layers();
        Envelope all = new Envelope();
        layers.forEach(l -> all.expandToInclude(l.extent()));
        return new ProjectSummary(project.name(), project.name() != null, project.status(), GeoJson.bbox(all),
                project.types(), layers.stream().map(LayerInfo::of).toList(), project.engines(), basemaps.list());
    }

    @GetMapping("/api/layers")
    @Operation(summary = "The project's layers (name, role, geometry kind, feature count, extent)")
    public List<LayerInfo> layers() {
        return project.layers().stream().map(LayerInfo::of).toList();
    }

    @GetMapping(path = "/api/layers/{name}", produces = {GEOJSON, "application/json"})
    @Operation(summary = "One layer as a GeoJSON FeatureCollection, optionally limited to a view and simplified for a zoom level")
    public Map<String, Object> layer(
            @PathVariable String name,
            @Parameter(description = "minLon,minLat,maxLon,maxLat (WGS84): only features whose extent meets it")
            @RequestParam(required = false) String bbox,
            @Parameter(description = "Web map zoom level 0-24: simplify so no vertex moves more than half a pixel")
            @RequestParam(required = false) Integer zoom) {
        MapLayer layer = project.findLayer(name).orElseThrow(() -> new UnknownIdException("layer", name));
        Envelope view = BoundingBox.parse("bbox", bbox);
        if (zoom != null && (zoom < LayerQuery.MIN_ZOOM || zoom > LayerQuery.MAX_ZOOM)) {
            throw InputException.of("zoom", "must be between " + LayerQuery.MIN_ZOOM + " and " + LayerQuery.MAX_ZOOM + ", got " + zoom);
        }
        List<MapFeature> features = LayerQuery.select(layer, view, zoom);
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("layer", layer.name());
        members.put("role", layer.role());
        members.put("totalFeatures", layer.features().size());
        members.put("returnedFeatures", features.size());
        if (zoom != null) members.put("simplifyToleranceDegrees", LayerQuery.toleranceDegrees(layer, view, zoom));
        return GeoJson.featureCollection(features, members);
    }
}
