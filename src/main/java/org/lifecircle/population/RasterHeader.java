package org.lifecircle.population;

import java.awt.image.DataBuffer;
import java.awt.image.SampleModel;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.geotools.api.coverage.grid.GridEnvelope;
import org.geotools.gce.geotiff.GeoTiffReader;

/**
 * A GeoTIFF's size from its header, without decoding a pixel: a small deflate file can hold
 * millions of identical cells, so limits are checked on this before the raster is read. The
 * memory a read needs is the decoded samples (cells × bands × bytes per sample) plus
 * {@link #READ_BYTES_PER_CELL} of the reader's own arrays per cell (the float copy, the sum and,
 * at worst, every cell kept with its centroid). O(header).
 *
 * @param bytesPerSample bytes of one decoded sample (1 for bytes, 4 for Float32, 8 for Float64)
 */
public record RasterHeader(int cols, int rows, int bands, int bytesPerSample) {

    /** float copy 4 + double sum 8 + a kept cell's row, col, value, centroid twice (4+4+8+16+16). */
    public static final int READ_BYTES_PER_CELL = 60;

    /** The header of a GeoTIFF, or empty when it cannot be read (the reader then reports the problem). */
    public static Optional<RasterHeader> of(Path tiff) {
        GeoTiffReader reader = null;
        try {
            reader = new GeoTiffReader(tiff.toFile());
            GridEnvelope range = reader.getOriginalGridRange();
            SampleModel samples = reader.getImageLayout().getSampleModel(null);
            int bands = samples == null ? 1 : samples.getNumBands();
            int bytes = samples == null ? 8 : Math.max(1, DataBuffer.getDataTypeSize(samples.getDataType()) / 8);
            return Optional.of(new RasterHeader(range.getSpan(0), range.getSpan(1), bands, bytes));
        } catch (Exception e) {
            return Optional.empty();
        } finally {
            if (reader != null) reader.dispose();
        }
    }

    public long cells() {
        return (long) cols * rows;
    }

    /** Decoded samples: cells × bands × bytes per sample. */
    public long decodedBytes() {
        return cells() * bands * bytesPerSample;
    }

    /** What reading it as population needs at the peak: the decoded samples plus the reader's arrays. */
    public long readBytes() {
        return decodedBytes() + cells() * READ_BYTES_PER_CELL;
    }

    /** "4470 × 4470 cells × 1 band × 4 bytes per sample = 79.9 MB decoded, 1,278.6 MB to read". */
    public String describe() {
        return String.format(Locale.ROOT, "%d × %d cells × %d band%s × %d bytes per sample = %,.1f MB decoded,"
                + " %,.1f MB to read with %d bytes per cell of working memory", cols, rows, bands, bands == 1 ? "" : "s",
                bytesPerSample, decodedBytes() / 1048576.0, readBytes() / 1048576.0, READ_BYTES_PER_CELL);
    }
}
