package org.lifecircle.web.export;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lifecircle.coverage.report.CellsCsv;
import org.lifecircle.coverage.report.ReportHtml;
import org.lifecircle.io.InputException;
import org.lifecircle.store.exchange.Crs;
import org.lifecircle.store.exchange.GeoJsonExport;
import org.lifecircle.store.exchange.GeoPackageExport;
import org.lifecircle.store.layer.Feature;
import org.lifecircle.store.layer.Layer;
import org.lifecircle.store.layer.LayerKind;
import org.lifecircle.web.limits.PlainName;
import org.lifecircle.web.problem.EngineUnavailableException;
import org.lifecircle.web.problem.UnknownIdException;
import org.lifecircle.web.project.GeoJson;
import org.lifecircle.web.project.MapLayer;
import org.lifecircle.web.project.ProjectService;
import org.lifecircle.web.session.ProjectSession;
import org.lifecircle.web.session.SessionHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Downloads: any project layer as a GeoJSON file; the baseline coverage results as GeoJSON
 * (gaps and cells) or GeoPackage (cells, gaps, unit coverage) through the store's exchange
 * writers, and the coverage engine's own cells.csv and HTML report (as {@code evaluate} writes
 * them). Every file is written in a fresh temporary folder under a fixed name and deleted after
 * the answer; a layer name that is not a plain name ({@link PlainName}) answers 400 on
 * {@code name}, a format outside the list 400 on {@code format}. Cost O(cells × types).
 */
@RestController
@Tag(name = "exports", description = "Downloads for QGIS / ArcGIS and the HTML report")
public class ExportController {

    static final Set<String> RESULT_FORMATS = Set.of("geojson", "csv", "gpkg", "html");

    private final ProjectService project;
    private final SessionHolder holder;

    public ExportController(ProjectService project, SessionHolder holder) {
        this.project = project;
        this.holder = holder;
    }

    @GetMapping("/api/exports/layers/{name}.geojson")
    @Operation(summary = "A project layer as a GeoJSON file (full detail, all features)")
    public ResponseEntity<Map<String, Object>> layer(@PathVariable String name) {
        PlainName.check("name", "layer name", name);
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
    public ResponseEntity<byte[]> results(@PathVariable String format) throws IOException {
        if (!RESULT_FORMATS.contains(format)) {
            throw InputException.of("format", "must be one of geojson, csv, gpkg, html, got " + format);
        }
        ProjectSession s = holder.session()
                .orElseThrow(() -> new EngineUnavailableException("coverage", "exporting results (" + holder.status() + ")"));
        Path dir = Files.createTempDirectory("lifecircle-export");
        Path file = dir.resolve("results." + format);
        try {
            String type = switch (format) {
                case "geojson" -> {
                    Layer cells = ResultLayers.cells(s);
                    Layer gaps = ResultLayers.gaps(s);
                    List<Feature> all = new ArrayList<>();
                    for (Feature f : gaps.features()) all.add(withLayer(all.size() + 1, f, "gap"));
                    for (Feature f : cells.features()) all.add(withLayer(all.size() + 1, f, "cell"));
                    GeoJsonExport.write(file, Layer.of("results", LayerKind.RESULT, "coverage results", "EPSG:4326", all));
                    yield "application/geo+json";
                }
                case "csv" -> {
                    CellsCsv.write(s.baseline(), file);
                    yield "text/csv";
                }
                case "html" -> {
                    ReportHtml.write(s.baseline(), file);
                    yield "text/html;charset=UTF-8";
                }
                default -> {
                    List<Layer> layers = new ArrayList<>(List.of(ResultLayers.cells(s), ResultLayers.gaps(s)));
                    Layer units = ResultLayers.units(s);
                    if (units != null) layers.add(units);
                    GeoPackageExport.write(file, layers, Crs.WGS84);
                    yield "application/geopackage+sqlite3";
                }
            };
            return ResponseEntity.ok()
                    .header(HttpHeaders.CONTENT_DISPOSITION,
                            ContentDisposition.attachment().filename("results." + format).build().toString())
                    .contentType(MediaType.parseMediaType(type))
                    .body(Files.readAllBytes(file));
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
    }

    private static Feature withLayer(int number, Feature f, String layer) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("layer", layer);
        p.putAll(f.properties());
        return new Feature(number, layer + ":" + f.id(), f.geometry(), p);
    }
}
