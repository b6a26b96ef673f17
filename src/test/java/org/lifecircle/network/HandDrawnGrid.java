package org.lifecircle.network;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A perfect street grid for tests whose answers are worked out by hand: 5 × 4 nodes, 100 m
 * blocks, on the equator at 0°E (degree steps from the WGS84 radii of curvature, so every edge
 * measures 100 m to a micrometre). At {@link #ONE_METRE_PER_SECOND_KMH} seconds equal metres,
 * and the time between two points is their Manhattan distance along the streets.
 *
 * <pre>
 *   y=300  n15--n16--n17--n18--n19
 *           |    |    |    |    |
 *   y=200  n10--n11--n12--n13--n14
 *           |    |    |    |    |
 *   y=100  n5---n6---n7---n8---n9
 *           |    |    |    |    |
 *   y=0    n0---n1---n2---n3---n4
 *         x=0  100  200  300  400   (metres east / north of 0°E 0°N)
 * </pre>
 */
public final class HandDrawnGrid {

    public static final double DLON = 100 / org.lifecircle.network.geodesy.Wgs84.metersPerDegreeLon(0);
    public static final double DLAT = 100 / org.lifecircle.network.geodesy.Wgs84.metersPerDegreeLat(0);
    public static final double ONE_METRE_PER_SECOND_KMH = 3.6;

    private HandDrawnGrid() {
    }

    public static StreetNetwork build() {
        NetworkBuilder b = new NetworkBuilder("hand-drawn grid");
        for (int y = 0; y < 4; y++) {
            for (int x = 0; x < 5; x++) b.addNode(x * DLON, y * DLAT);
        }
        int both = StreetNetwork.WALK_FORWARD | StreetNetwork.WALK_BACKWARD;
        for (int y = 0; y < 4; y++) {
            for (int x = 0; x < 5; x++) {
                int n = 5 * y + x;
                if (x < 4) b.addEdge(n, n + 1, new double[0], both, Double.NaN);
                if (y < 3) b.addEdge(n, n + 5, new double[0], both, Double.NaN);
            }
        }
        return b.build();
    }

    public static double lon(double xMeters) {
        return xMeters / 100 * DLON;
    }

    public static double lat(double yMeters) {
        return yMeters / 100 * DLAT;
    }

    /** Writes the grid's 31 street segments as a GeoJSON line layer to {@code file}, for the command-line tests. */
    public static Path writeGeoJson(Path file) throws IOException {
        StringBuilder sb = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[\n");
        boolean first = true;
        for (int y = 0; y <= 300; y += 100) {
            for (int x = 0; x <= 400; x += 100) {
                int[][] ends = {{x + 100, y}, {x, y + 100}};
                for (int[] end : ends) {
                    if (end[0] > 400 || end[1] > 300) continue;
                    sb.append(first ? "" : ",\n").append(String.format(Locale.ROOT,
                            "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[%.12f,%.12f],[%.12f,%.12f]]}}",
                            lon(x), lat(y), lon(end[0]), lat(end[1])));
                    first = false;
                }
            }
        }
        Files.writeString(file, sb.append("\n]}\n").toString());
        return file;
    }

    /** A square grid of {@code n × n} nodes 100 m apart (the same spacing), walkable both ways. */
    public static StreetNetwork square(int n) {
        NetworkBuilder b = new NetworkBuilder("grid " + n);
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) b.addNode(x * DLON, y * DLAT);
        }
        int both = StreetNetwork.WALK_FORWARD | StreetNetwork.WALK_BACKWARD;
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                if (x + 1 < n) b.addEdge(y * n + x, y * n + x + 1, new double[0], both, Double.NaN);
                if (y + 1 < n) b.addEdge(y * n + x, (y + 1) * n + x, new double[0], both, Double.NaN);
            }
        }
        return b.build();
    }
}
