package org.lifecircle.bench;

import java.nio.file.Path;
import java.util.Locale;
import org.lifecircle.network.StreetNetwork;
import org.lifecircle.network.linking.NetworkComponents;
import org.lifecircle.network.linking.Snapper;
import org.lifecircle.network.load.NetworkLoader;

/**
 * How fragmented the real networks are: per network its connected pieces, the largest, and the
 * walkable edges in pieces below the snapping limit ({@link Snapper#DEFAULT_MIN_COMPONENT_NODES}),
 * with the time to find them. {@code bench/run ComponentsBench [network files]}.
 */
public final class ComponentsBench {

    public static void main(String[] args) {
        Path shared = Path.of(System.getProperty("lifecircle.shared", "../shared"), "data");
        String[] files = args.length > 0 ? args : new String[] {
            shared.resolve("shenzhen-futian/futian-roads.geojson").toString(),
            shared.resolve("andorra/andorra.osm.pbf").toString(),
            shared.resolve("liechtenstein/liechtenstein-latest.osm.pbf").toString(),
            "gis-data/roads.geojson"};
        for (String file : files) {
            StreetNetwork net = NetworkLoader.load(Path.of(file), null);
            long t0 = System.nanoTime();
            NetworkComponents c = NetworkComponents.of(net);
            long t1 = System.nanoTime();
            Snapper snapper = new Snapper(net);
            long t2 = System.nanoTime();
            System.out.printf(Locale.ROOT, "%-45s %,9d nodes %,9d edges %,7d pieces, largest %,9d nodes (%.1f %%); "
                    + "%,6d edges in %,5d pieces < %d nodes not snapped to; components %.1f ms, snapper %.1f ms%n",
                    Path.of(file).getFileName(), net.nodeCount(), net.edgeCount(), c.count(), c.largestNodeCount(),
                    100.0 * c.largestNodeCount() / Math.max(1, net.nodeCount()), snapper.ignoredEdges(),
                    snapper.ignoredComponents(), Snapper.DEFAULT_MIN_COMPONENT_NODES, (t1 - t0) / 1e6, (t2 - t1) / 1e6);
        }
    }
}
