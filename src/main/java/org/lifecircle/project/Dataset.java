package org.lifecircle.project;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * One input file named in a project file, resolved against the project file's folder.
 *
 * <p>Contract: {@code path} is absolute and existed when the project was loaded; {@code crs} is
 * the coordinate reference system the user declared for a file that has none or a wrong one
 * ("EPSG:4490", any EPSG code, WKT, "GCJ-02" or "BD-09"), empty when the file's own CRS (or WGS84)
 * applies; {@code field} names the population column or property of a point CSV or polygon layer
 * when it is not the default. {@code key} is the key path in the project file ("network",
 * "elderly[2]") for error messages.
 */
public record Dataset(String key, Path path, Optional<String> crs, Optional<String> field) {

    public Dataset {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(crs, "crs");
        Objects.requireNonNull(field, "field");
    }

    /** The file name, as used in the readers' error messages. */
    public String fileName() {
        return path.getFileName().toString();
    }
}
