package org.lifecircle.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifecircle.io.VectorLayer;
import org.lifecircle.io.VectorReader;
import org.lifecircle.network.HandDrawnGrid;

/**
 * FEATURE UNDER TEST: the {@code od} and {@code isochrone} commands end to end, on
 * {@link HandDrawnGrid} written as a GeoJSON line layer (100 m blocks, so at 3.6 km/h seconds
 * equal Manhattan metres): exact CSV lines, off-network warnings naming the point, exit code 2
 * with one line on bad input.
 */
class OdAndIsochroneCommandTest {

    @TempDir
    Path tmp;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private Path gridGeoJson() throws IOException {
        return HandDrawnGrid.writeGeoJson(tmp.resolve("grid.geojson"));
    }

    private Path points(String name, String... idXy) throws IOException {
        StringBuilder sb = new StringBuilder("id,lon,lat\n");
        for (int i = 0; i < idXy.length; i += 3) {
            sb.append(String.format(Locale.ROOT, "%s,%.12f,%.12f%n", idXy[i],
                    HandDrawnGrid.lon(Double.parseDouble(idXy[i + 1])), HandDrawnGrid.lat(Double.parseDouble(idXy[i + 2]))));
        }
        Path file = tmp.resolve(name);
        Files.writeString(file, sb.toString());
        return file;
    }

    @Test
    void odWritesEveryReachablePairWithOneDecimalAndWarnsAboutOffNetworkPoints() throws IOException {
        Path grid = gridGeoJson();
        Path from = points("from.csv", "a", "0", "0", "b", "50", "-20");
        Path to = points("to.csv", "x", "400", "300", "y", "200", "-700", "z", "100", "0");
        Path out = tmp.resolve("od.csv");
        CliRun r = run("od", "--network", grid.toString(), "--from", from.toString(), "--to", to.toString(),
                "--speed-kmh", "3.6", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        // b sits 20 m south of edge n0-n1 at x = 50: 20 + 350 + 300 to n19, 20 + 50 to n1.
        assertEquals(List.of("from_id,to_id,seconds", "a,x,700.0", "a,z,100.0", "b,x,670.0", "b,z,70.0"), Files.readAllLines(out));
        assertTrue(r.err().contains("1 of 3 points are more than 500 m from a walkable street"), r.err());
        assertTrue(r.err().contains("y (700 m)"), r.err());
        assertEquals(1, r.err().lines().count(), r.err());

        CliRun limited = run("od", "--network", grid.toString(), "--from", from.toString(), "--to", to.toString(),
                "--speed-kmh", "3.6", "--max-minutes", "11.5", "--out", out.toString());
        assertEquals(0, limited.exit(), limited.err());
        assertEquals(List.of("from_id,to_id,seconds", "a,z,100.0", "b,x,670.0", "b,z,70.0"), Files.readAllLines(out));
        // At the default 4.5 km/h every time shrinks by 3.6 / 4.5.
        CliRun walking = run("od", "--network", grid.toString(), "--from", from.toString(), "--to", to.toString(),
                "--out", out.toString());
        assertEquals(0, walking.exit(), walking.err());
        assertEquals("a,x,560.0", Files.readAllLines(out).get(1));
    }

    @Test
    void odBadInputExitsTwoWithOneLine() throws IOException {
        Path grid = gridGeoJson();
        Path from = tmp.resolve("bad.csv");
        Files.writeString(from, "id,lon,lat\na,0.0,0.0\nb,east,0.0\n");
        Path to = points("to.csv", "x", "400", "300");
        CliRun r = run("od", "--network", grid.toString(), "--from", from.toString(), "--to", to.toString(), "--out",
                tmp.resolve("od.csv").toString());
        assertEquals(2, r.exit());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("bad.csv") && r.err().contains("row 3"), r.err());

        CliRun missing = run("od", "--network", tmp.resolve("none.osm.pbf").toString(), "--from", to.toString(), "--to", to.toString(),
                "--out", tmp.resolve("od.csv").toString());
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("none.osm.pbf"), missing.err());

        CliRun speed = run("od", "--network", grid.toString(), "--from", to.toString(), "--to", to.toString(), "--speed-kmh", "0",
                "--out", tmp.resolve("od.csv").toString());
        assertEquals(2, speed.exit());
        assertTrue(speed.err().startsWith("error: --speed-kmh"), speed.err());
        assertTrue(!Files.exists(tmp.resolve("od.csv")), "no output on bad input");
    }

    @Test
    void isochroneWritesNestedPolygonsOrRings() throws IOException {
        Path grid = gridGeoJson();
        Path out = tmp.resolve("iso.geojson");
        String start = String.format(Locale.ROOT, "%.12f,%.12f", HandDrawnGrid.lon(0), HandDrawnGrid.lat(0));
        CliRun r = run("isochrone", "--network", grid.toString(), "--from", start, "--minutes", "5,2", "--speed-kmh", "3.6",
                "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        VectorLayer nested = VectorReader.read(out);
        assertEquals(2, nested.size());
        assertEquals(280.0, ((Number) nested.features().get(0).properties().get("street_length_m")).doubleValue(), 0.05);
        assertEquals(1200.0, ((Number) nested.features().get(1).properties().get("street_length_m")).doubleValue(), 0.05);

        CliRun rings = run("isochrone", "--network", grid.toString(), "--from", start, "--minutes", "2,5", "--speed-kmh", "3.6",
                "--rings", "--out", out.toString());
        assertEquals(0, rings.exit(), rings.err());
        VectorLayer bands = VectorReader.read(out);
        assertEquals(2, ((Number) bands.features().get(1).properties().get("from_minutes")).doubleValue());
        assertEquals(920.0, ((Number) bands.features().get(1).properties().get("street_length_m")).doubleValue(), 0.05);
    }

    @Test
    void isochroneFromAPointFarFromTheStreetsExitsTwo() throws IOException {
        Path grid = gridGeoJson();
        String farAway = String.format(Locale.ROOT, "%.12f,%.12f", HandDrawnGrid.lon(200), HandDrawnGrid.lat(-700));
        CliRun r = run("isochrone", "--network", grid.toString(), "--from", farAway, "--minutes", "5", "--out",
                tmp.resolve("iso.geojson").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("700 m from the nearest walkable street"), r.err());
        CliRun garbled = run("isochrone", "--network", grid.toString(), "--from", "114.05", "--minutes", "5", "--out",
                tmp.resolve("iso.geojson").toString());
        assertEquals(2, garbled.exit());
        assertTrue(garbled.err().contains("expected lon,lat"), garbled.err());
    }
}
