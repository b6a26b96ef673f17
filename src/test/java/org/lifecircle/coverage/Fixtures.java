package org.lifecircle.coverage;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.lifecircle.facility.StandardsPack;
import org.lifecircle.network.NetworkBuilder;
import org.lifecircle.network.StreetNetwork;
import org.lifecircle.network.geodesy.Wgs84;
import org.lifecircle.facility.Demand;
import org.lifecircle.project.TypeSettings;
import org.lifecircle.study.TypeSpecs;

/** Shared builders for coverage tests: street grids on the equator and type specs. */
final class Fixtures {

    /** Degrees between grid nodes: exactly 100 m north–south at the equator. */
    static final double D = 100 / Wgs84.metersPerDegreeLat(0);
    /** Length of an east–west block of D degrees on the equator (a little over 100 m). */
    static final double LX = D * Wgs84.metersPerDegreeLon(0);
    static final int BOTH = StreetNetwork.WALK_FORWARD | StreetNetwork.WALK_BACKWARD;

    private Fixtures() {
    }

    /** A cols × rows street grid with nodes at (x·D, y·D) degrees; node id y·cols + x. */
    static StreetNetwork grid(int cols, int rows) {
        NetworkBuilder b = new NetworkBuilder("test grid " + cols + "×" + rows);
        for (int y = 0; y < rows; y++) {
            for (int x = 0; x < cols; x++) b.addNode(x * D, y * D);
        }
        for (int y = 0; y < rows; y++) {
            for (int x = 0; x < cols; x++) {
                int n = y * cols + x;
                if (x + 1 < cols) b.addEdge(n, n + 1, new double[0], BOTH, Double.NaN);
                if (y + 1 < rows) b.addEdge(n, n + cols, new double[0], BOTH, Double.NaN);
            }
        }
        return b.build();
    }

    /** A type evaluated against the built-in pack with the given threshold (seconds) and speed. */
    static TypeSpec type(String key, double thresholdSeconds, double speedKmh, Demand demand) {
        TypeSettings s = new TypeSettings(key, OptionalDouble.of(thresholdSeconds / 60.0), OptionalDouble.empty(),
                OptionalDouble.of(speedKmh), Optional.ofNullable(demand), OptionalDouble.empty(), OptionalInt.empty(),
                Optional.empty());
        return TypeSpecs.resolve(StandardsPack.builtin(), Map.of(key, s), OptionalDouble.empty(), "test.yaml").get(0);
    }

    static FacilitySites sites(String type, double[] lon, double[] lat, double[] capacity) {
        int n = lon.length;
        String[] ids = new String[n];
        double[] area = new double[n];
        for (int i = 0; i < n; i++) {
            ids[i] = type + "-" + (i + 1);
            area[i] = Double.NaN;
        }
        return new FacilitySites(type, ids, ids.clone(), lon, lat, area, capacity);
    }
}
