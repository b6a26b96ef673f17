package org.lifecircle.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * FEATURE UNDER TEST: every bad GeoJSON input ends in an {@link InputException} that names the
 * file, the feature (or line), and says what is wrong — nothing is skipped.
 */
class VectorReaderFaultTest {

    @TempDir
    Path dir;

    private InputException fails(String name, String content) {
        return fails(name, content, null);
    }

    private InputException fails(String name, String content, String crs) {
        Path file = TestFiles.write(dir, name, content);
        InputException e = assertThrows(InputException.class, () -> VectorReader.read(file, crs));
        assertEquals(file.toString(), e.source(), e.getMessage());
        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
        return e;
    }

    private static String collection(String... features) {
        return "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}";
    }

    private static String point(double x, double y) {
        return "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Point\",\"coordinates\":[" + x + "," + y + "]}}";
    }

    private static void assertMessage(InputException e, String location, String... parts) {
        assertEquals(location, e.location(), e.getMessage());
        for (String part : parts) assertTrue(e.getMessage().contains(part), () -> "'" + part + "' not in: " + e.getMessage());
    }

    @Test
    void emptyFile() {
        assertMessage(fails("empty.geojson", ""), null, "is empty");
        assertMessage(fails("blank.geojson", " \n\t\n"), null, "is empty");
    }

    @Test
    void missingFile() {
        Path file = dir.resolve("nope.geojson");
        InputException e = assertThrows(InputException.class, () -> VectorReader.read(file));
        assertMessage(e, null, "nope.geojson", "file not found");
    }

    @Test
    void geojsonThatIsNotJson() {
        assertMessage(fails("text.geojson", "id,lon,lat\n1,2,3\n"), null, "is not valid JSON at line 1, column");
    }

    @Test
    void geojsonThatIsAGeoPackage() {
        Path file = TestFiles.write(dir, "really.geojson", "SQLite format 3\0rest-of-header".getBytes(StandardCharsets.ISO_8859_1));
        InputException e = assertThrows(InputException.class, () -> VectorReader.read(file));
        assertMessage(e, null, "is not GeoJSON: it is an SQLite database");
    }

    @Test
    void truncatedJsonNamesTheFeatureBeingRead() {
        String text = collection(point(1, 42), point(1.1, 42.1)).substring(0, 150);
        assertMessage(fails("cut.geojson", text), "feature 2", "is not valid JSON at line 1");
    }

    @Test
    void notGeoJson() {
        assertMessage(fails("array.geojson", "[1,2,3]"), null, "is not a GeoJSON object (the JSON starts with an array)");
        assertMessage(fails("notype.geojson", "{\"features\":[]}"), null, "has no \"type\"");
        assertMessage(fails("topo.json", "{\"type\":\"Topology\",\"objects\":{}}"), null, "is TopoJSON");
        assertMessage(fails("none.geojson", "{\"type\":\"FeatureCollection\",\"features\":[]}"), null, "has no features");
    }

    @Test
    void nullAndMissingGeometry() {
        String nullGeometry = "{\"type\":\"Feature\",\"properties\":{},\"geometry\":null}";
        assertMessage(fails("null.geojson", collection(point(1, 42), nullGeometry)), "feature 2", "has a null geometry");
        assertMessage(fails("missing.geojson", collection("{\"type\":\"Feature\",\"properties\":{}}")), "feature 1", "has no geometry");
    }

    @Test
    void emptyGeometries() {
        String emptyLine = "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"LineString\",\"coordinates\":[]}}";
        assertMessage(fails("empty-line.geojson", collection(point(1, 42), point(1, 42), emptyLine)), "feature 3",
                "empty geometry (LineString without coordinates)");
        String emptyCollection = "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"GeometryCollection\",\"geometries\":[]}}";
        assertMessage(fails("empty-gc.geojson", collection(emptyCollection)), "feature 1", "empty geometry");
    }

    @Test
    void malformedGeometries() {
        String oneVertex = "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[1,42]]}}";
        assertMessage(fails("short.geojson", collection(oneVertex)), "feature 1", "at least 2 positions, this one has 1");
        String open = "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[1,42],[2,42],[2,43],[1,43]]]}}";
        assertMessage(fails("open.geojson", collection(open)), "feature 1", "outer ring is not closed");
        String text = "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Point\",\"coordinates\":[\"114.1\",22.5]}}";
        assertMessage(fails("text-coord.geojson", collection(text)), "feature 1", "not a number");
        String unknown = "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Circle\",\"coordinates\":[1,2]}}";
        assertMessage(fails("circle.geojson", collection(unknown)), "feature 1", "unknown geometry type \"Circle\"");
    }

    @Test
    void nonFiniteCoordinates() {
        String nan = "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Point\",\"coordinates\":[NaN,22.5]}}";
        assertMessage(fails("nan.geojson", collection(point(114, 22.5), nan)), "feature 2", "(NaN, 22.5) is not a finite number");
        String inf = "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Point\",\"coordinates\":[114,Infinity]}}";
        assertMessage(fails("inf.geojson", collection(inf)), "feature 1", "is not a finite number");
    }

    @Test
    void outOfRangeCoordinatesAreAllReported() {
        InputException e = fails("range.geojson", collection(point(114, 22.5), point(190, 22.5), point(114, 22.5), point(-114, -95)));
        assertMessage(e, "feature 2", "longitude 190 is outside -180..180", "1 more problem: feature 4: latitude -95 is outside -90..90");
    }

    @Test
    void swappedLongitudeAndLatitude() {
        InputException e = fails("swapped.geojson", collection(point(22.54, 114.05), point(22.55, 114.06)));
        assertMessage(e, "feature 1", "longitude and latitude look swapped");
    }

    @Test
    void swappedIntoTheArcticWhileChinaWasMeant() {
        // Urumqi (87.6°E, 43.8°N) and Lhasa (91.1°E, 29.65°N) given latitude first: Urumqi alone stays within ±90.
        InputException e = fails("west.geojson", collection(point(43.8, 87.6)));
        assertMessage(e, "feature 1", "longitude and latitude look swapped", "(the Arctic) but swapped they fall in China");
    }

    @Test
    void projectedMetresReadAsDegrees() {
        InputException e = fails("metres.geojson", collection(point(500123.4, 2496001.2)));
        assertMessage(e, "feature 1", "looks like projected metres; declare the CRS");
    }

    @Test
    void degreesDeclaredAsProjected() {
        InputException e = fails("degrees.geojson", collection(point(114.05, 22.54)), "EPSG:4547");
        assertMessage(e, null, "look like longitude/latitude degrees but the CRS EPSG:4547 is projected");
    }

    @Test
    void unknownCrs() {
        assertMessage(fails("a.geojson", collection(point(114, 22.5)), "EPSG:99999"), null,
                "declared CRS: unknown CRS EPSG:99999");
        assertMessage(fails("b.geojson", collection(point(114, 22.5)), "Beijing-1954-ish"), null,
                "declared CRS: unknown CRS 'Beijing-1954-ish'");
        String legacy = "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"EPSG:12\"}},"
                + "\"features\":[" + point(114, 22.5) + "]}";
        assertMessage(fails("c.geojson", legacy), null, "the CRS the file declares: unknown CRS EPSG:12");
    }

    @Test
    void featureCollectionFollowedByMoreJson() {
        assertMessage(fails("ndjson.geojson", point(1, 42) + "\n" + point(1, 42) + "\n"), null,
                "has more JSON after the end of the GeoJSON object (line 2)", ".geojsonseq");
    }

    @Test
    void sequenceLineThatIsNotJsonNamesFeatureAndLine() {
        InputException e = fails("seq.geojsonseq", point(1, 42) + "\n\n{\"type\":\"Feature\",\n");
        assertMessage(e, "feature 2 (line 3)", "is not valid JSON");
    }

    @Test
    void sequenceOfBinaryData() {
        Path file = TestFiles.write(dir, "zip.geojsonseq", new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0});
        InputException e = assertThrows(InputException.class, () -> VectorReader.read(file));
        assertMessage(e, null, "is not GeoJSON: it is a ZIP archive");
    }

    @Test
    void unsupportedExtension() {
        assertMessage(fails("roads.shp", "x"), null, "unsupported vector format '.shp'");
    }
}
