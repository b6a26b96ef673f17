package org.lifecircle.io.osm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifecircle.io.InputException;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * FEATURE UNDER TEST: tagged nodes and ways out of OSM files. A hand-written OSM XML file with a
 * square building (a closed way: polygon, centroid at its middle), a footpath (open way), a
 * school node, a way whose nodes are partly outside the extract and one with a single node
 * left; then the real li_pop.osm, whose 12 place populations sum to 38,195.
 */
class OsmExtractTest {

    @TempDir
    Path tmp;

    private Path sample() throws IOException {
        String xml = """
                <?xml version='1.0' encoding='UTF-8'?>
                <osm version="0.6">
                  <node id="1" lat="47.000" lon="9.000"/>
                  <node id="2" lat="47.000" lon="9.002"/>
                  <node id="3" lat="47.002" lon="9.002"/>
                  <node id="4" lat="47.002" lon="9.000"/>
                  <node id="5" lat="47.010" lon="9.010"><tag k="amenity" v="school"/><tag k="name" v="Primarschule"/></node>
                  <node id="6" lat="47.020" lon="9.020"><tag k="amenity" v="bench"/></node>
                  <way id="10"><nd ref="1"/><nd ref="2"/><nd ref="3"/><nd ref="4"/><nd ref="1"/><tag k="building" v="house"/></way>
                  <way id="11"><nd ref="1"/><nd ref="3"/><tag k="highway" v="footway"/></way>
                  <way id="12"><nd ref="2"/><nd ref="99"/><nd ref="3"/><tag k="building" v="yes"/></way>
                  <way id="13"><nd ref="4"/><nd ref="98"/><tag k="building" v="shed"/></way>
                </osm>
                """;
        Path file = tmp.resolve("sample.osm");
        Files.writeString(file, xml);
        return file;
    }

    @Test
    void buildingsBecomePolygonsAndNodesPoints() throws IOException {
        OsmExtract.Result r = OsmExtract.read(sample(), t -> t.containsKey("building") || "school".equals(t.get("amenity")));
        Map<String, OsmFeature> byRef = new HashMap<>();
        for (OsmFeature f : r.features()) byRef.put(f.ref(), f);
        assertEquals(3, r.features().size(), r.features().toString());
        assertEquals(1, r.incompleteWays(), "way 13 keeps a single node");

        OsmFeature house = byRef.get("way/10");
        assertTrue(house.geometry() instanceof Polygon);
        assertEquals(9.001, house.lon(), 1e-9);
        assertEquals(47.001, house.lat(), 1e-9);
        assertEquals(0.002 * 0.002, house.geometry().getArea(), 1e-15);
        assertEquals("house", house.tag("building"));

        OsmFeature partial = byRef.get("way/12");
        assertTrue(partial.geometry() instanceof LineString, "a way missing a node is not closed");
        assertEquals(2, partial.geometry().getNumPoints());

        OsmFeature school = byRef.get("node/5");
        assertTrue(school.geometry() instanceof Point);
        assertEquals("Primarschule", school.tag("name"));
        assertEquals(9.01, school.lon(), 0);
    }

    @Test
    void placePopulationsOfLiechtenstein() {
        Path pop = Path.of(System.getProperty("lifecircle.shared", "../shared"), "data", "liechtenstein", "li_pop.osm");
        List<OsmFeature> places = OsmExtract.read(pop, t -> t.containsKey("population")).features();
        assertEquals(12, places.size());
        assertEquals(38_195, places.stream().mapToInt(p -> Integer.parseInt(p.tag("population"))).sum());
        OsmFeature vaduz = places.stream().filter(p -> "Vaduz".equals(p.tag("name"))).findFirst().orElseThrow();
        assertEquals(9.5227962, vaduz.lon(), 1e-7);
        assertEquals(47.1392862, vaduz.lat(), 1e-7);
    }

    @Test
    void aMissingFileIsBadInput() {
        InputException e = assertThrows(InputException.class, () -> OsmExtract.read(tmp.resolve("none.osm.pbf"), t -> true));
        assertTrue(e.getMessage().contains("none.osm.pbf"));
    }
}
