package org.lifecircle.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.lifecircle.io.InputException;
import org.lifecircle.io.PointCsvReader;
import org.lifecircle.io.VectorReader;
import org.lifecircle.io.osm.OsmExtract;
import org.lifecircle.network.load.NetworkLoader;

/**
 * FEATURE UNDER TEST: the reader fixes for what the fuzz targets found (docs/fuzzing.md, the
 * inputs are kept under {@code src/test/resources/org/lifecircle/fuzz/}): each input now ends in
 * an {@link InputException} naming the file, the row / feature / node, and the problem.
 */
class ReaderFindingsTest {

    private static final String OFF_GLOBE = """
            <osm version="0.6">
              <node id="1" lat="29.99" lon="326.9"/>
              <node id="2" lat="29.991" lon="117.901"/>
              <way id="10"><nd ref="1"/><nd ref="2"/><tag k="highway" v="residential"/></way>
            </osm>
            """;

    @TempDir
    Path dir;

    /**
     * PointCsvFuzzTest: an easting of 3.95e12 m in EPSG:4547 made GeoTools' projection check
     * (assertions on) throw IllegalArgumentException "Angle … is too high" out of the reader.
     */
    @Test
    void eastingFarOutsideTheProjectionIsABadRow() throws Exception {
        Path file = write("points.csv", "id,x,y\n1,500000,3312000\n2,3950000000123.5,3312000\n");
        InputException e = fails(() -> PointCsvReader.read(file, "EPSG:4547"));
        assertEquals(file.toString(), e.source());
        assertEquals("row 3", e.location(), e.getMessage());
        assertTrue(e.reason().contains("EPSG:4547"), e.getMessage());
    }

    /** The same coordinate in a GeoJSON layer names the feature. */
    @Test
    void eastingFarOutsideTheProjectionIsABadFeature() throws Exception {
        Path file = write("sites.geojson", "{\"type\":\"FeatureCollection\",\"features\":["
                + "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[500000,3312000]},\"properties\":{}},"
                + "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[3950000000123.5,3312000]},\"properties\":{}}]}");
        InputException e = fails(() -> VectorReader.read(file, "EPSG:4547"));
        assertEquals(file.toString(), e.source());
        assertEquals("feature 2", e.location(), e.getMessage());
        assertTrue(e.reason().contains("EPSG:4547"), e.getMessage());
    }

    /** OsmXmlFuzzTest: a node at longitude 326.9 came out of the extract as a way through it. */
    @Test
    void osmNodeOffTheGlobeIsNamed() throws Exception {
        Path file = write("town.osm", OFF_GLOBE);
        InputException e = fails(() -> OsmExtract.read(file, tags -> true));
        assertEquals(file.toString(), e.source());
        assertEquals("node/1", e.location(), e.getMessage());
        assertTrue(e.reason().contains("longitude 326.9"), e.getMessage());
    }

    /**
     * The same node through the network import: GraphHopper stores degrees as 32-bit integers,
     * so longitude 326.9 wrapped to -102.6 and made a 12,107 km street.
     */
    @Test
    void osmNodeOffTheGlobeIsNamedByTheNetworkImport() throws Exception {
        Path file = write("town.osm", OFF_GLOBE);
        InputException e = fails(() -> NetworkLoader.load(file));
        assertEquals(file.toString(), e.source());
        assertEquals("node/1", e.location(), e.getMessage());
        assertTrue(e.reason().contains("longitude 326.9"), e.getMessage());
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static InputException fails(Executable read) {
        return assertThrows(InputException.class, read);
    }
}
