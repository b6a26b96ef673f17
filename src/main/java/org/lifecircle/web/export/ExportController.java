package org.lifecircle.web.export;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.lifecircle.io.InputException;
import org.lifecircle.web.problem.EngineUnavailableException;
import org.lifecircle.web.problem.UnknownIdException;
import org.lifecircle.web.project.GeoJson;
import org.lifecircle.web.project.MapLayer;
import org.lifecircle.web.project.ProjectService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Downloads: any project layer as a GeoJSON file now; coverage results as GeoJSON, CSV,
 * GeoPackage or the HTML report once the coverage engine and the writers are wired in.
 */
@RestController
@Tag(name = "exports", description = "Downloads for QGIS / ArcGIS and the HTML report")
public class ExportController {

    static final Set<String> RESULT_FORMATS = Set.of("geojson", "csv", "gpkg", "html");

    private final ProjectService project;

    public ExportController(ProjectService project) {
        this.project = project;
    }

    @GetMapping("/api/exports/layers/{name}.geojson")
    @Operation(summary = "A project layer as a GeoJSON file (full detail, all features)")
    public ResponseEntity<Map<String, Object>> layer(@PathVariable String name) {
        MapLayer layer = project.findLayer(name).orElseThrow(() -> new UnknownIdException("layer", name));
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("name", layer.name());
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(layer.name() + ".geojson").build().toString())
                .contentType(MediaType.parseMediaType("application/geo+json"))
                .body(GeoJson.featureCollection(layer.features(), members));
    }

    @GetMapping("/api/exports/results.{format}")
    @Operation(summary = "Coverage results: geojson (cells and gaps), csv (cells), gpkg (all layers), html (the report)")
    public ResponseEntity<byte[]> results(@PathVariable String format) {
        if (!RESULT_FORMATS.contains(format)) {
            throw InputException.of("format", "must be one of geojson, csv, gpkg, html, got " + format);
        }
        throw new EngineUnavailableException("coverage", "exporting results");
    }
}
