package org.lifecircle.web.upload;

import java.nio.file.Path;
import org.geotools.api.coverage.grid.GridEnvelope;
import org.geotools.gce.geotiff.GeoTiffReader;

/**
 * Width × height of a GeoTIFF from its header, without decoding a pixel: a small compressed file
 * may hold billions of cells, so the upload limit is checked on this before the raster is read.
 * O(header).
 */
final class RasterCells {

    private RasterCells() {
    }

    /** The cell count, or 0 when the header cannot be read (the reader then reports the problem). */
    static long count(Path tiff) {
        GeoTiffReader reader = null;
        try {
            reader = new GeoTiffReader(tiff.toFile());
            GridEnvelope range = reader.getOriginalGridRange();
            return (long) range.getSpan(0) * range.getSpan(1);
        } catch (Exception e) {
            return 0;
        } finally {
            if (reader != null) reader.dispose();
        }
    }
}
