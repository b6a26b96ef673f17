package org.lifecircle.population;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.Raster;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.lifecircle.io.InputException;

/**
 * FEATURE UNDER TEST: the byte budget of {@link PopulationReader#readRasters(List, List, String, long)}
 * at its boundary, on gis-data/population.tif (Float32, size read by the JDK's own TIFF decoder):
 * a budget of exactly cells × (4 + 60) bytes reads it with the same total as the JDK sums; one
 * byte less is an InputException naming the file and both numbers.
 */
class RasterBudgetTest {

    private static final Path TIF = Path.of("gis-data/population.tif");

    @Test
    void theBudgetIsExactlyCellsTimesBytesPerSamplePlusReaderBytes() throws Exception {
        Raster pixels = ImageIO.read(TIF.toFile()).getData();
        double jdkTotal = 0;
        float[] row = new float[pixels.getWidth()];
        for (int y = 0; y < pixels.getHeight(); y++) {
            pixels.getSamples(0, y, pixels.getWidth(), 1, 0, row);
            for (float v : row) if (v > 0) jdkTotal += v;
        }
        long need = (long) pixels.getWidth() * pixels.getHeight() * (Float.BYTES + 60);

        DemandCells cells = PopulationReader.readRasters(List.of(TIF), List.of(), null, need);
        assertEquals(jdkTotal, cells.total(DemandLayer.TOTAL), 1e-6 * jdkTotal);

        InputException e = assertThrows(InputException.class,
                () -> PopulationReader.readRasters(List.of(TIF), List.of(), null, need - 1));
        String text = e.getMessage();
        assertTrue(text.contains("population.tif"), text);
        assertTrue(text.contains(pixels.getWidth() + " × " + pixels.getHeight() + " cells × 1 band × 4 bytes per sample"), text);
        assertTrue(text.contains(String.format(Locale.ROOT, "%,d bytes exceed the raster memory budget of %,d bytes", need, need - 1)),
                text);
    }
}
