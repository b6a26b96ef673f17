package org.lifecircle.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.lifecircle.network.StreetNetwork;

/**
 * The walkable edges of an imported network as WKT line strings in lon/lat (9 decimals), for a
 * peer such as pgRouting to build its own graph from the same geometry. O(shape points).
 */
public final class NetworkWkt {

    private NetworkWkt() {
    }

    public static List<String> edges(StreetNetwork network) {
        List<String> wkt = new ArrayList<>(network.edgeCount());
        for (int e = 0; e < network.edgeCount(); e++) {
            if (network.edgeAccess(e) == 0) continue;
            StringBuilder sb = new StringBuilder("LINESTRING(");
            for (int p = network.shapeStart(e); p < network.shapeEnd(e); p++) {
                if (p > network.shapeStart(e)) sb.append(',');
                sb.append(String.format(Locale.ROOT, "%.9f %.9f", network.shapeLon(p), network.shapeLat(p)));
            }
            wkt.add(sb.append(')').toString());
        }
        return wkt;
    }
}
