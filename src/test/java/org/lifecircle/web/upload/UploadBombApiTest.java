package org.lifecircle.web.upload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.Raster;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifecircle.population.RasterBomb;
import org.lifecircle.web.DemoAppTest;
import org.lifecircle.web.limits.UploadTempFolder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * FEATURE UNDER TEST: uploads are bounded by memory and never show server paths (issue #18
 * items 3 and 6). A 4,470 × 4,470 deflate GeoTIFF, made with GeoTools ({@link RasterBomb}), under the 20M-cell
 * limit, is refused with 413 naming the file, its cells, bands and bytes per sample and the
 * budget, before a pixel is decoded (on main it exhausted a 1 GB heap); gis-data/population.tif
 * still reads, with the total of its positive cells as the JDK's own TIFF decoder sums them; a
 * malformed file's 400 names the file as sent and carries no temporary path.
 */
@DemoAppTest
class UploadBombApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UploadTempFolder temp;

    @TempDir
    Path tmp;

    private final ObjectMapper json = new ObjectMapper();

    private Path bomb() throws Exception {
        return RasterBomb.write(tmp.resolve("bomb.tif"), 4470);
    }

    @Test
    void aRasterBombIs413WithTheNumbersBeforeDecoding() throws Exception {
        Path bomb = bomb();
        long bytes = Files.size(bomb);
        assertTrue(bytes < 1_000_000, "the bomb is small on disk: " + bytes + " bytes");
        MvcResult r = mvc.perform(multipart("/api/uploads").file(new MockMultipartFile("file", "bomb.tif", "image/tiff",
                Files.readAllBytes(bomb)))).andReturn();
        String text = r.getResponse().getContentAsString();
        assertEquals(413, r.getResponse().getStatus(), text);
        JsonNode body = json.readTree(text);
        assertEquals("bomb.tif", body.get("file").asText());
        assertEquals("lifecircle.limits.raster.memory-budget", body.get("limit").asText());
        assertEquals(256L * 1024 * 1024, body.get("max").asLong());
        long cells = 4470L * 4470;
        assertEquals(cells * (1 + 60), body.get("count").asLong(), "cells × (1 band × 1 byte + 60 bytes of reader arrays)");
        assertTrue(body.get("detail").asText().contains("4470 × 4470 cells × 1 band × 1 bytes per sample"), text);
    }

    @Test
    void theDemoPopulationRasterStillReadsWithTheSameTotal() throws Exception {
        Path tif = Path.of("gis-data/population.tif");
        Raster pixels = ImageIO.read(tif.toFile()).getData();
        double total = 0;
        float[] row = new float[pixels.getWidth()];
        for (int y = 0; y < pixels.getHeight(); y++) {
            pixels.getSamples(0, y, pixels.getWidth(), 1, 0, row);
            for (float v : row) if (v > 0) total += v;
        }
        MvcResult r = mvc.perform(multipart("/api/uploads").file(new MockMultipartFile("file", "population.tif", "image/tiff",
                Files.readAllBytes(tif)))).andReturn();
        assertEquals(200, r.getResponse().getStatus(), r.getResponse().getContentAsString());
        JsonNode body = json.readTree(r.getResponse().getContentAsString());
        assertEquals(total, body.get("total").asDouble(), 1e-6 * total);
    }

    @Test
    void aMalformedUploadNamesTheFileAndNoServerPath() throws Exception {
        for (String[] upload : new String[][] {{"broken.geojson", "{\"type\":\"FeatureCollection\",\"features\":[{oops"},
                {"broken.csv", "id,lon,lat\n1,abc,22\n"}, {"broken.tif", "not a tiff at all"}, {"broken.gpkg", "not sqlite"}}) {
            MvcResult r = mvc.perform(multipart("/api/uploads").file(new MockMultipartFile("file", upload[0], "application/octet-stream",
                    upload[1].getBytes(StandardCharsets.UTF_8)))).andReturn();
            String text = r.getResponse().getContentAsString();
            assertEquals(400, r.getResponse().getStatus(), text);
            assertTrue(text.contains(upload[0]), text);
            for (String server : new String[] {"/tmp", "lifecircle-upload", temp.path().toAbsolutePath().toString(),
                    Path.of("").toAbsolutePath().toString(), System.getProperty("java.io.tmpdir")}) {
                assertFalse(text.contains(server), server + " in " + text);
            }
        }
    }
}
