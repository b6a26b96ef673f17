package org.lifecircle.fuzz;

import static org.lifecircle.fuzz.ReaderProperty.check;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import org.lifecircle.io.osm.OsmExtract;
import org.lifecircle.io.osm.OsmFeature;
import org.locationtech.jts.geom.Coordinate;

/**
 * FEATURE UNDER TEST: OpenStreetMap XML ({@code .osm}) as GraphHopper's {@code OSMInputFile}
 * parses it, through {@link OsmExtract} (every tagged node and way). The full foot import of
 * {@code NetworkLoader} on the same parser ran at 2 inputs/s here (a GraphHopper import per
 * input), too slow to fuzz; the extract reads the same XML in a few milliseconds. Property:
 * features with tags, finite WGS84 positions and geometry, or an InputException naming the
 * file. Seeds and regression inputs: {@code OsmXmlFuzzTestInputs/}.
 */
class OsmXmlFuzzTest {

    private final Path folder = FuzzFiles.folder("osm");

    @FuzzTest
    void osmXml(byte[] data) {
        Path file = FuzzFiles.write(folder, "roads.osm", data);
        OsmExtract.Result result = ReaderProperty.readOrReject(file, () -> OsmExtract.read(file, tags -> true));
        if (result != null) checkResult(result);
    }

    private static void checkResult(OsmExtract.Result result) {
        check(result.incompleteWays() >= 0, "negative incomplete count");
        for (OsmFeature f : result.features()) {
            check(!f.tags().isEmpty(), f.ref() + " has no tags");
            inRange(f.ref(), f.lon(), f.lat());
            check(f.geometry() != null && !f.geometry().isEmpty(), f.ref() + " has no geometry");
            for (Coordinate c : f.geometry().getCoordinates()) inRange(f.ref(), c.x, c.y);
        }
    }

    private static void inRange(String ref, double lon, double lat) {
        check(Double.isFinite(lon) && Math.abs(lon) <= 180 && Double.isFinite(lat) && Math.abs(lat) <= 90,
                ref + " at " + lon + ", " + lat);
    }
}
