package org.lifecircle.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lifecircle.store.layer.Feature;
import org.lifecircle.store.layer.Layer;
import org.lifecircle.store.layer.LayerKind;
import org.locationtech.jts.geom.Coordinate;

/**
 * Child process of {@link CrashDuringSaveTest}: saves layer {@code big} again and again into the
 * embedded workspace in {@code args[0]}; generation g has {@code args[1] + g} features, each
 * carrying {@code generation = g}. Prints "committed g" after each save returns.
 */
public final class SaveLoop {

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        int base = Integer.parseInt(args[1]);
        try (Workspace ws = Workspace.open(null, dir)) {
            long project = ws.projects().findOrCreate("crash", "").id();
            int start = ws.layers().find(project, "big").map(l -> generationOf(ws, l.id())).orElse(0) + 1;
            System.out.println("ready");
            System.out.flush();
            for (int g = start; ; g++) {
                ws.layers().save(project, layer(base + g, g));
                System.out.println("committed " + g);
                System.out.flush();
            }
        }
    }

    static int generationOf(Workspace ws, long layerId) {
        return ((Long) ws.layers().load(layerId).features().get(0).properties().get("generation")).intValue();
    }

    static Layer layer(int n, int generation) {
        List<Feature> features = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("generation", (long) generation);
            p.put("name", "设施 " + i + " of generation " + generation);
            features.add(new Feature(i, "F" + i, TestLayers.WGS84.createPoint(
                    new Coordinate(114 + i * 1e-6, 22.5 + generation * 1e-6)), p));
        }
        return Layer.of("big", LayerKind.FACILITIES, "generation-" + generation, null, features);
    }
}
