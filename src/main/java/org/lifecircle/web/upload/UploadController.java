package org.lifecircle.web.upload;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.lifecircle.io.InputException;
import org.lifecircle.web.problem.EngineUnavailableException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Data uploads (facilities, candidates, population, units): the file's kind is checked here;
 * reading and validating its contents row by row needs the readers of {@code org.lifecircle.io}.
 */
@RestController
@Tag(name = "uploads", description = "Upload GeoJSON, CSV, GeoPackage or GeoTIFF data with validation messages")
public class UploadController {

    static final Set<String> EXTENSIONS = Set.of("geojson", "json", "geojsonseq", "csv", "gpkg", "tif", "tiff");

    @PostMapping(path = "/api/uploads", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload a data file; answers its validation report (feature count, extent, problems by row)")
    public Map<String, Object> upload(@RequestParam("file") MultipartFile file,
                                      @RequestParam(value = "crs", required = false) String crs) {
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (!EXTENSIONS.contains(extension)) {
            throw InputException.of("file", name + ": unsupported file type; use .geojson, .geojsonseq, .csv, .gpkg or .tif");
        }
        if (file.isEmpty()) throw InputException.of("file", name + ": the file is empty");
        throw new EngineUnavailableException("io readers", "validating uploads");
    }
}
