package org.lifecircle.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifecircle.population.PopulationReader;
import org.lifecircle.population.RasterBomb;

/**
 * FEATURE UNDER TEST: a project's population raster is bounded by memory like an upload (issue #18
 * item 3). A 10,000 × 10,000 deflate GeoTIFF of ones (small on disk) named as the population of a
 * project makes {@code evaluate} exit 2 naming the file, its cells, bands, bytes per sample, the
 * bytes the read needs (cells × (1 byte + 60 bytes of reader arrays)) and the budget (a quarter of
 * the maximum heap), in seconds, before a pixel is decoded. The size is checked against the JDK's
 * own TIFF reader, not GeoTools.
 */
class EvaluateRasterBombTest {

    private static final int SIDE = 10_000;

    @TempDir
    Path tmp;

    @Test
    void aBombRasterInAProjectExits2WithTheNumbersWithoutDecoding() throws Exception {
        Path bomb = RasterBomb.write(tmp.resolve("bomb.tif"), SIDE);
        assertTrue(Files.size(bomb) < 2_000_000, "small on disk: " + Files.size(bomb));
        int[] size = jdkTiffSize(bomb);
        assertEquals(SIDE, size[0]);
        assertEquals(SIDE, size[1]);
        Files.copy(Path.of("gis-data/roads.geojson"), tmp.resolve("roads.geojson"));
        Files.copy(Path.of("gis-data/facilities.csv"), tmp.resolve("facilities.csv"));
        Path project = tmp.resolve("project.yaml");
        Files.writeString(project, "name: bomb\nnetwork: roads.geojson\npopulation: bomb.tif\nfacilities: facilities.csv\n"
                + "types:\n  fitness: { minutes: 15 }\n");
        long needBytes = (long) size[0] * size[1] * (1 + 60);
        long budgetBytes = Runtime.getRuntime().maxMemory() / 4;
        assertTrue(needBytes > budgetBytes, "the bomb must exceed this JVM's budget: " + needBytes + " vs " + budgetBytes);

        long start = System.nanoTime();
        CliRun r = CliRun.of("evaluate", "--project", project.toString(), "--out", tmp.resolve("out").toString());
        double seconds = (System.nanoTime() - start) / 1e9;

        String err = r.err();
        System.out.printf(Locale.ROOT, "evaluate answered %d in %.2f s: %s%n", r.exit(), seconds, err.strip());
        assertEquals(2, r.exit(), r.out() + err);
        assertTrue(err.contains("bomb.tif"), err);
        assertTrue(err.contains(size[0] + " × " + size[1] + " cells × 1 band × 1 bytes per sample"), err);
        assertTrue(err.contains(String.format(Locale.ROOT, "%,d bytes exceed the raster memory budget of %,d bytes",
                needBytes, budgetBytes)), err);
        assertFalse(err.contains("OutOfMemoryError") || err.contains("\tat "), err);
        assertFalse(Files.exists(tmp.resolve("out").resolve("summary.json")));
        // decoding 10^8 cells takes far longer than this and needs > 4 GB at the peak
        assertTrue(seconds < 20, "refused in " + seconds + " s");
        assertEquals(budgetBytes, PopulationReader.defaultRasterBudgetBytes());
    }

    /** Width and height from the JDK's TIFF reader, header only. */
    private static int[] jdkTiffSize(Path file) throws Exception {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                return new int[] {reader.getWidth(0), reader.getHeight(0)};
            } finally {
                reader.dispose();
            }
        }
    }
}
