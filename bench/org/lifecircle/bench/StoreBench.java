package org.lifecircle.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.lifecircle.store.StoreLocation;
import org.lifecircle.store.Workspace;
import org.lifecircle.store.layer.Feature;
import org.lifecircle.store.layer.Layer;
import org.lifecircle.store.layer.LayerKind;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * Save and load times of a point layer in the workspace store, H2GIS file database and (when
 * LIFECIRCLE_PG_URL is set) PostGIS. Usage: {@code bench/run StoreBench [features=100000]}.
 */
public final class StoreBench {

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Layer layer = points(n, 42);
        Path dir = Files.createTempDirectory("store-bench");
        run("H2GIS", StoreLocation.parse(null, dir), layer);
        String pg = System.getenv("LIFECIRCLE_PG_URL");
        if (pg != null) {
            String schema = "store_bench_" + Long.toHexString(System.nanoTime());
            run("PostGIS", StoreLocation.parse(pg + (pg.contains("?") ? "&" : "?") + "schema=" + schema, null), layer);
            try (var c = java.sql.DriverManager.getConnection(pg); var st = c.createStatement()) {
                st.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    private static void run(String engine, StoreLocation location, Layer layer) {
        long t0 = System.nanoTime();
        try (Workspace ws = Workspace.open(location)) {
            long t1 = System.nanoTime();
            long project = ws.projects().create("bench", "").id();
            for (int round = 1; round <= 3; round++) {
                long s = System.nanoTime();
                long id = ws.layers().save(project, layer).id();
                long m = System.nanoTime();
                Layer back = ws.layers().load(id);
                long e = System.nanoTime();
                if (back.size() != layer.size()) throw new AssertionError("lost features");
                System.out.printf("%-8s round %d: save %,d features %6.0f ms (%,.0f/s), load %6.0f ms (%,.0f/s)%n",
                        engine, round, layer.size(), (m - s) / 1e6, layer.size() / ((m - s) / 1e9),
                        (e - m) / 1e6, layer.size() / ((e - m) / 1e9));
            }
            System.out.printf("%-8s open (migrate%s) %.0f ms%n", engine, engine.equals("H2GIS") ? " + H2GIS functions" : "",
                    (t1 - t0) / 1e6);
        }
    }

    static Layer points(int n, long seed) {
        GeometryFactory gf = new GeometryFactory(new PrecisionModel(), 4326);
        Random r = new Random(seed);
        List<Feature> features = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("type", i % 3 == 0 ? "fitness" : "elder_care");
            p.put("name", "设施 " + i);
            p.put("capacity", (long) r.nextInt(200));
            p.put("area_m2", r.nextDouble() * 1000);
            features.add(new Feature(i, "F" + i, gf.createPoint(new Coordinate(114 + r.nextDouble(), 22.5 + r.nextDouble())), p));
        }
        return Layer.of("points", LayerKind.FACILITIES, "bench", "EPSG:4326", features);
    }
}
