package org.lifecircle.demo;

import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferFloat;
import java.awt.image.PixelInterleavedSampleModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import it.geosolutions.jaiext.range.NoDataContainer;
import org.geotools.api.referencing.FactoryException;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.coverage.grid.GridCoverage2D;
import org.geotools.coverage.grid.GridCoverageFactory;
import org.geotools.gce.geotiff.GeoTiffWriter;
import org.geotools.geometry.jts.ReferencedEnvelope;
import org.geotools.referencing.CRS;

/**
 * Writes a float32 single-band GeoTIFF on the demo grid (EPSG:4326, longitude first) with
 * GeoTools' GeoTiffWriter, nodata tagged (GDAL_NODATA); atomically through a temporary file.
 * The writer stores no timestamps, so equal arrays give equal bytes. O(cells).
 */
final class GeoTiffFiles {

    private GeoTiffFiles() {
    }

    static void writeFloat32(Path target, String name, float[] rowMajor) throws IOException {
        int w = PopulationGrid.COLS;
        int h = PopulationGrid.ROWS;
        float[] copy = rowMajor.clone();
        WritableRaster raster = Raster.createWritableRaster(
                new PixelInterleavedSampleModel(DataBuffer.TYPE_FLOAT, w, h, 1, w, new int[] {0}),
                new DataBufferFloat(copy, copy.length), null);
        ComponentColorModel colors = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_GRAY), false, false,
                Transparency.OPAQUE, DataBuffer.TYPE_FLOAT);
        BufferedImage image = new BufferedImage(colors, raster, false, null);
        ReferencedEnvelope envelope = new ReferencedEnvelope(PopulationGrid.WEST, PopulationGrid.EAST,
                PopulationGrid.SOUTH, PopulationGrid.NORTH, wgs84());
        Map<String, Object> properties = Map.of(NoDataContainer.GC_NODATA, new NoDataContainer(PopulationGrid.NODATA));
        GridCoverage2D coverage = new GridCoverageFactory().create(name, image, envelope, null, null, properties);

        Path tmp = AtomicFiles.temp(target);
        try {
            GeoTiffWriter writer = new GeoTiffWriter(tmp.toFile());
            try {
                writer.write(coverage, null);
            } finally {
                writer.dispose();
            }
            AtomicFiles.moveIntoPlace(tmp, target);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static CoordinateReferenceSystem wgs84() throws IOException {
        try {
            return CRS.decode("EPSG:4326", true);
        } catch (FactoryException e) {
            throw new IOException("EPSG:4326 is not available in the GeoTools EPSG database", e);
        }
    }
}
