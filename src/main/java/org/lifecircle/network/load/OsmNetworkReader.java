package org.lifecircle.network.load;

import com.graphhopper.GraphHopper;
import com.graphhopper.config.Profile;
import com.graphhopper.routing.ev.BooleanEncodedValue;
import com.graphhopper.routing.ev.VehicleAccess;
import com.graphhopper.routing.util.AllEdgesIterator;
import com.graphhopper.storage.BaseGraph;
import com.graphhopper.storage.NodeAccess;
import com.graphhopper.util.FetchMode;
import com.graphhopper.util.GHUtility;
import com.graphhopper.util.PointList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Stream;
import org.lifecircle.io.InputException;
import org.lifecircle.network.NetworkBuilder;
import org.lifecircle.network.StreetNetwork;

/**
 * Builds a walking network from OpenStreetMap ({@code .osm.pbf}, {@code .osm}, {@code .osm.gz})
 * through GraphHopper 11's importer with its foot profile: the import runs in memory (a temp
 * graph folder is only GraphHopper's bookkeeping and is deleted), then the base graph's tower
 * nodes, the edges with foot access in either direction and their pillar points are copied into
 * a {@link StreetNetwork}, with lengths measured again on the WGS84 ellipsoid. Tower nodes used
 * only by non-walkable edges (motorways) are left out. GraphHopper's own access rules decide
 * walkability (e.g. {@code foot=no}, private ways, motorways); {@code oneway} does not apply to
 * walking. A stored node off the globe is an {@link InputException} naming it ({@link NodePositionCheck}).
 * Cost: GraphHopper's import, roughly O(file size), then O(E + pillars).
 */
public final class OsmNetworkReader {

    private static final String ENCODED_VALUES =
            "foot_access, foot_priority, foot_average_speed, foot_road_access, hike_rating, mtb_rating, country, road_class";

    private OsmNetworkReader() {
    }

    /** @throws InputException when GraphHopper cannot read the file or it has no walkable way */
    public static StreetNetwork read(Path osmFile) {
        String source = osmFile.toString();
        Path graphFolder;
        try {
            graphFolder = Files.createTempDirectory("lifecircle-gh-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temp folder for the OSM import", e);
        }
        GraphHopper hopper = new GraphHopper();
        try {
            hopper.setOSMFile(osmFile.toAbsolutePath().toString());
            hopper.setGraphHopperLocation(graphFolder.resolve("graph").toString());
            hopper.setStoreOnFlush(false);
            hopper.setEncodedValuesString(ENCODED_VALUES);
            hopper.setProfiles(new Profile("foot").setCustomModel(GHUtility.loadCustomModelFromJar("foot.json")));
            hopper.setMinNetworkSize(0);
            hopper.setElevation(true);
            hopper.setElevationProvider(new NodePositionCheck(source));
            try {
                hopper.importOrLoad();
            } catch (RuntimeException e) {
                InputException bad = inputProblem(e);
                if (bad != null) throw bad;
                throw new InputException(source, null, "cannot be read as OpenStreetMap: " + rootMessage(e), e);
            }
            StreetNetwork network = copyWalkable(source, hopper);
            if (network.edgeCount() == 0) throw InputException.of(source, "has no walkable streets (no way with foot access)");
            return network;
        } finally {
            hopper.close();
            deleteRecursively(graphFolder);
        }
    }

    private static StreetNetwork copyWalkable(String source, GraphHopper hopper) {
        BaseGraph graph = hopper.getBaseGraph();
        NodeAccess nodes = graph.getNodeAccess();
        BooleanEncodedValue footAccess = hopper.getEncodingManager().getBooleanEncodedValue(VehicleAccess.key("foot"));
        NetworkBuilder builder = new NetworkBuilder(source);
        int[] ourNode = new int[graph.getNodes()];
        Arrays.fill(ourNode, -1);
        AllEdgesIterator edge = graph.getAllEdges();
        while (edge.next()) {
            int access = (edge.get(footAccess) ? StreetNetwork.WALK_FORWARD : 0)
                    | (edge.getReverse(footAccess) ? StreetNetwork.WALK_BACKWARD : 0);
            if (access == 0) continue;
            int base = ourNode(builder, ourNode, nodes, edge.getBaseNode());
            int adj = ourNode(builder, ourNode, nodes, edge.getAdjNode());
            PointList pillars = edge.fetchWayGeometry(FetchMode.PILLAR_ONLY);
            double[] lonLat = new double[2 * pillars.size()];
            for (int i = 0; i < pillars.size(); i++) {
                lonLat[2 * i] = pillars.getLon(i);
                lonLat[2 * i + 1] = pillars.getLat(i);
            }
            builder.addEdge(base, adj, lonLat, access, Double.NaN);
        }
        return builder.build();
    }

    private static int ourNode(NetworkBuilder builder, int[] ourNode, NodeAccess nodes, int ghNode) {
        if (ourNode[ghNode] < 0) ourNode[ghNode] = builder.addNode(nodes.getLon(ghNode), nodes.getLat(ghNode));
        return ourNode[ghNode];
    }

    private static InputException inputProblem(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof InputException input) return input;
        }
        return null;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        String message = root.getMessage();
        return message == null ? root.getClass().getSimpleName() : message;
    }

    private static void deleteRecursively(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the temp folder " + folder, e);
        }
    }
}
