package org.lifecircle.coverage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.lifecircle.population.DemandCells;
import org.lifecircle.population.PopulationReader;

/** Writes small ASCII-grid population rasters for tests and reads them back as {@link DemandCells}. */
final class DemandFiles {

    private DemandFiles() {
    }

    /**
     * A raster whose cell centres sit at lon = minLon + c·cellDeg, lat = minLat + y·cellDeg for
     * column c and grid row y counted from the south; {@code values[y][c]}.
     */
    static Path write(Path dir, String name, double[][] values, double minLon, double minLat, double cellDeg) {
        int rows = values.length;
        int cols = values[0].length;
        StringBuilder sb = new StringBuilder();
        sb.append("ncols ").append(cols).append('\n');
        sb.append("nrows ").append(rows).append('\n');
        sb.append(String.format(Locale.ROOT, "xllcorner %.15f%n", minLon - cellDeg / 2));
        sb.append(String.format(Locale.ROOT, "yllcorner %.15f%n", minLat - cellDeg / 2));
        sb.append(String.format(Locale.ROOT, "cellsize %.15f%n", cellDeg));
        sb.append("NODATA_value -9999\n");
        for (int y = rows - 1; y >= 0; y--) {
            for (int c = 0; c < cols; c++) {
                if (c > 0) sb.append(' ');
                double v = values[y][c];
                sb.append(Double.isNaN(v) ? "-9999" : String.format(Locale.ROOT, "%.6f", v));
            }
            sb.append('\n');
        }
        Path file = dir.resolve(name);
        try {
            Files.writeString(file, sb.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    static DemandCells read(Path total, Path elderly) {
        return PopulationReader.readRasters(List.of(total), elderly == null ? List.of() : List.of(elderly), "EPSG:4326");
    }
}
