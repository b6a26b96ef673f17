package org.lifecircle.web.upload;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.lifecircle.io.InputException;
import org.lifecircle.io.PointLayers;
import org.lifecircle.io.PointRecord;
import org.lifecircle.io.VectorLayer;
import org.lifecircle.io.VectorReader;
import org.lifecircle.population.DemandCells;
import org.lifecircle.population.DemandLayer;
import org.lifecircle.population.PopulationReader;
import org.lifecircle.population.RasterHeader;
import org.lifecircle.web.limits.CostLimits;
import org.lifecircle.web.limits.LimitExceededException;
import org.lifecircle.web.limits.Limits;
import org.lifecircle.web.limits.PlainName;
import org.lifecircle.web.limits.UploadTempFolder;
import org.locationtech.jts.geom.Envelope;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Data uploads (facilities, candidates, population, units): the file is copied under its own
 * name into a fresh folder inside the upload temp folder and read by the same readers the project
 * uses, so the answer is their validation report — feature count and extent, or a 400 naming the
 * file and the row / feature. A name with a folder part, a drive, {@code ..}, control characters
 * or percent-encoded path characters is refused (400 on {@code file}); more features, rows or
 * raster cells than {@code lifecircle.limits.upload.*} allow answer 413, as does a raster whose
 * decoded size ({@link RasterHeader}: cells × bands × bytes per sample plus the reader's arrays)
 * exceeds {@code lifecircle.limits.raster.memory-budget}; both are read from the header, before
 * decoding. Problems name the file as sent, never its temporary copy's path. Nothing is kept
 * after the check, refused or not.
 */
@RestController
@Tag(name = "uploads", description = "Upload GeoJSON, CSV, GeoPackage or GeoTIFF data with validation messages")
public class UploadController {

    static final Set<String> EXTENSIONS = Set.of("geojson", "json", "geojsonseq", "csv", "gpkg", "tif", "tiff");
    static final String MAX_FEATURES = "lifecircle.limits.upload.max-features";
    static final String MAX_RASTER_CELLS = "lifecircle.limits.upload.max-raster-cells";

    private final Limits.Upload limits;
    private final DataSize memoryBudget;
    private final Path tempFolder;

    public UploadController(Limits limits, CostLimits costLimits, UploadTempFolder tempFolder) {
        this.limits = limits.upload();
        this.memoryBudget = costLimits.raster().memoryBudget();
        this.tempFolder = tempFolder.path();
    }

    @PostMapping(path = "/api/uploads", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload a data file; answers its validation report (feature count, extent) or the problem by row")
    public Map<String, Object> upload(@RequestParam("file") MultipartFile file,
                                      @RequestParam(value = "crs", required = false) String crs) {
        String name = safeName(PlainName.check("file", "file name", file.getOriginalFilename()));
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (!EXTENSIONS.contains(extension)) {
            throw InputException.of("file", name + ": unsupported file type; use .geojson, .geojsonseq, .csv, .gpkg or .tif");
        }
        if (file.isEmpty()) throw InputException.of("file", name + ": the file is empty");
        Path dir = null;
        try {
            dir = Files.createTempDirectory(tempFolder, "lifecircle-upload");
            Path copy = dir.resolve(name);
            try (InputStream in = file.getInputStream()) {
                Files.copy(in, copy);
            }
            try {
                return validate(copy, extension, crs);
            } catch (InputException e) {
                throw withoutServerPaths(e, dir, name);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("storing upload " + name, e);
        } finally {
            deleteQuietly(dir);
        }
    }

    private Map<String, Object> validate(Path file, String extension, String crs) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("file", file.getFileName().toString());
        Envelope extent = new Envelope();
        switch (extension) {
            case "csv" -> {
                List<PointRecord> points = PointLayers.read(file, crs);
                checkCount(file, "rows", points.size(), limits.maxFeatures(), MAX_FEATURES);
                for (PointRecord p : points) extent.expandToInclude(p.lon(), p.lat());
                report.put("kind", "points");
                report.put("featureCount", points.size());
            }
            case "tif", "tiff" -> {
                RasterHeader header = RasterHeader.of(file).orElse(null);
                if (header != null) {
                    checkCount(file, "raster cells", header.cells(), limits.maxRasterCells(), MAX_RASTER_CELLS);
                    checkMemory(file, header);
                }
                DemandCells cells = PopulationReader.readRaster(file, crs);
                for (int i = 0; i < cells.size(); i++) extent.expandToInclude(cells.lon(i), cells.lat(i));
                report.put("kind", "raster");
                report.put("featureCount", cells.size());
                for (DemandLayer layer : DemandLayer.values()) {
                    if (cells.has(layer)) report.put(layer.name().toLowerCase(Locale.ROOT), cells.total(layer));
                }
            }
            default -> {
                VectorLayer layer = VectorReader.read(file, crs);
                checkCount(file, "features", layer.size(), limits.maxFeatures(), MAX_FEATURES);
                extent.expandToInclude(layer.envelope());
                report.put("kind", "vector");
                report.put("featureCount", layer.size());
            }
        }
        report.put("bbox", extent.isNull() ? null
                : List.of(extent.getMinX(), extent.getMinY(), extent.getMaxX(), extent.getMaxY()));
        return report;
    }

    private void checkMemory(Path file, RasterHeader header) {
        long budget = memoryBudget.toBytes();
        if (header.readBytes() > budget) {
            throw new LimitExceededException("file", file.getFileName().toString(), "bytes to decode (" + header.describe() + ")",
                    header.readBytes(), budget, CostLimits.MEMORY_BUDGET);
        }
    }

    /**
     * The same problem with the upload's temporary folder cut out: readers name the file by its
     * path, and the answer may only name the file the user sent.
     */
    static InputException withoutServerPaths(InputException e, Path dir, String name) {
        Pattern folder = Pattern.compile("(?:file:)?/*" + Pattern.quote(dir.toAbsolutePath().toString().replaceFirst("^/+", ""))
                + "/?");
        UnaryOperator<String> clean = text -> text == null ? null : folder.matcher(text).replaceAll("");
        return new InputException(clean.apply(e.source()), clean.apply(e.location()), clean.apply(e.reason()));
    }

    private static void checkCount(Path file, String what, long count, long max, String property) {
        if (count > max) throw new LimitExceededException("file", file.getFileName().toString(), what, count, max, property);
    }

    /** The file's own name without any directory part, unsafe characters replaced: no path traversal. */
    static String safeName(String original) {
        String name = original == null ? "" : original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[^\\p{L}\\p{N}._-]", "_");
        while (name.startsWith(".")) name = name.substring(1);
        return name.isEmpty() ? "upload" : name;
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) return;
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temporary folder is harmless
        }
    }
}
