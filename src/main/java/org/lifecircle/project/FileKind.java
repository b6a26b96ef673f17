package org.lifecircle.project;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The file types a project key accepts, by file-name ending (the readers sniff the content). */
enum FileKind {
    NETWORK("a road network", ".osm.pbf", ".osm", ".osm.gz", ".geojson", ".json", ".geojsonseq", ".gpkg"),
    POPULATION("a population raster, point CSV or polygon layer",
            ".tif", ".tiff", ".asc", ".csv", ".geojson", ".json", ".geojsonseq", ".gpkg"),
    RASTER("a raster", ".tif", ".tiff", ".asc"),
    POINTS("a point layer", ".csv", ".geojson", ".json", ".geojsonseq", ".gpkg"),
    VILLAGES("a village polygon or point layer", ".csv", ".geojson", ".json", ".geojsonseq", ".gpkg"),
    POLYGONS("a polygon layer", ".geojson", ".json", ".geojsonseq", ".gpkg"),
    STANDARDS("a standards override file", ".yaml", ".yml");

    private final String description;
    private final List<String> endings;

    FileKind(String description, String... endings) {
        this.description = description;
        this.endings = List.of(endings);
    }

    boolean accepts(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (String e : endings) {
            if (name.endsWith(e) && name.length() > e.length()) return true;
        }
        return false;
    }

    String description() {
        return description;
    }

    List<String> endings() {
        return endings;
    }
}
