package org.lifecircle.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifecircle.geo.ChinaOffsets;
import org.lifecircle.network.geodesy.Wgs84;
import picocli.CommandLine;

/**
 * FEATURE UNDER TEST: a project whose facilities are given in GCJ-02 (the offset coordinates of
 * Chinese web maps) evaluates exactly like the same project in WGS84. A 6 × 6 street grid of
 * 200 m blocks at 117.9° E, 30° N (where GCJ-02 is offset by several hundred metres), one
 * population cell per node, three clinics; the GCJ-02 file holds the WGS84 positions shifted
 * with {@link ChinaOffsets#wgs84ToGcj02}.
 */
class EvaluateChinaCrsTest {

    private static final double LON0 = 117.9;
    private static final double LAT0 = 30.0;
    private static final double DLAT = 200 / Wgs84.metersPerDegreeLat(LAT0);
    private static final double DLON = 200 / Wgs84.metersPerDegreeLon(LAT0);
    private static final int N = 6;
    private static final int[][] CLINICS = {{0, 0}, {5, 2}, {2, 5}};

    @TempDir
    Path tmp;

    @Test
    void gcj02FacilitiesGiveTheSameCoverageAsWgs84() throws IOException {
        StringBuilder roads = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[\n");
        boolean first = true;
        for (int y = 0; y < N; y++) {
            for (int x = 0; x < N; x++) {
                for (int[] end : new int[][] {{x + 1, y}, {x, y + 1}}) {
                    if (end[0] >= N || end[1] >= N) continue;
                    roads.append(first ? "" : ",\n").append(String.format(Locale.ROOT,
                            "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"LineString\","
                                    + "\"coordinates\":[[%.10f,%.10f],[%.10f,%.10f]]}}",
                            lon(x), lat(y), lon(end[0]), lat(end[1])));
                    first = false;
                }
            }
        }
        Files.writeString(tmp.resolve("roads.geojson"), roads.append("\n]}\n").toString());
        StringBuilder pop = new StringBuilder("id,lon,lat,population\n");
        for (int y = 0; y < N; y++) {
            for (int x = 0; x < N; x++) pop.append(String.format(Locale.ROOT, "c%d_%d,%.10f,%.10f,%d%n", x, y, lon(x), lat(y), 1 + x + N * y));
        }
        Files.writeString(tmp.resolve("pop.csv"), pop.toString());
        StringBuilder wgs = new StringBuilder("id,lon,lat,type\n");
        StringBuilder gcj = new StringBuilder("id,lon,lat,type\n");
        for (int k = 0; k < CLINICS.length; k++) {
            double lon = lon(CLINICS[k][0]);
            double lat = lat(CLINICS[k][1]);
            double[] shifted = ChinaOffsets.wgs84ToGcj02(lon, lat);
            assertTrue(Wgs84.distanceMeters(lon, lat, shifted[0], shifted[1]) > 200, "GCJ-02 moves points by hundreds of metres here");
            wgs.append(String.format(Locale.ROOT, "C%d,%.10f,%.10f,clinic%n", k, lon, lat));
            gcj.append(String.format(Locale.ROOT, "C%d,%.10f,%.10f,clinic%n", k, shifted[0], shifted[1]));
        }
        Files.writeString(tmp.resolve("wgs.csv"), wgs.toString());
        Files.writeString(tmp.resolve("gcj.csv"), gcj.toString());
        String common = "network: roads.geojson\npopulation: pop.csv\ntypes:\n  clinic: { minutes: 7.5 }\n";
        Files.writeString(tmp.resolve("wgs.yaml"), common + "facilities: wgs.csv\n");
        Files.writeString(tmp.resolve("gcj.yaml"), common + "facilities: { path: gcj.csv, crs: GCJ-02 }\n");

        JsonNode a = evaluate("wgs.yaml", "a");
        JsonNode b = evaluate("gcj.yaml", "b");
        double covered = a.at("/types/clinic/covered").asDouble();
        assertTrue(covered > 0 && covered < a.at("/types/clinic/population").asDouble(), "some but not all covered: " + covered);
        assertEquals(covered, b.at("/types/clinic/covered").asDouble(), 1e-9);
        List<String> ca = Files.readAllLines(tmp.resolve("a/cells.csv"));
        List<String> cb = Files.readAllLines(tmp.resolve("b/cells.csv"));
        for (int i = 1; i < ca.size(); i++) {
            String fa = ca.get(i).split(",")[4];
            String fb = cb.get(i).split(",")[4];
            // a time is written for covered cells only (searches stop at the threshold)
            assertEquals(fa.isEmpty(), fb.isEmpty(), ca.get(i) + " vs " + cb.get(i));
            if (fa.isEmpty()) continue;
            assertEquals(Double.parseDouble(fa), Double.parseDouble(fb), 0.2, ca.get(i) + " vs " + cb.get(i));
        }
    }

    private JsonNode evaluate(String project, String out) throws IOException {
        CommandLine cl = LifeCircle.commandLine();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(new StringWriter(), true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute("evaluate", "--project", tmp.resolve(project).toString(), "--out", tmp.resolve(out).toString());
        assertEquals(0, exit, err.toString());
        return new ObjectMapper().readTree(tmp.resolve(out).resolve("summary.json").toFile());
    }

    private static double lon(int x) {
        return LON0 + x * DLON;
    }

    private static double lat(int y) {
        return LAT0 + y * DLAT;
    }
}
