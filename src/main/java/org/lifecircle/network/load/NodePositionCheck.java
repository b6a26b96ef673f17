package org.lifecircle.network.load;

import com.graphhopper.reader.ReaderNode;
import com.graphhopper.reader.dem.ElevationProvider;
import org.lifecircle.io.InputException;

/**
 * Checks every node GraphHopper's import stores (the nodes of accepted ways) lies on the globe,
 * hooked in as the import's elevation provider because that is the one call GraphHopper makes per
 * stored node with its coordinates. GraphHopper keeps degrees as 32-bit integers of 1e-7°, so a
 * longitude of 326.9 would silently wrap to -102.6 and make a 12,000 km edge. Elevation is 0.
 * O(1) per node.
 */
final class NodePositionCheck implements ElevationProvider {

    private final String source;

    NodePositionCheck(String source) {
        this.source = source;
    }

    @Override
    public double getEle(ReaderNode node) {
        check(node.getLat(), node.getLon(), "node/" + node.getId());
        return 0;
    }

    @Override
    public double getEle(double lat, double lon) {
        check(lat, lon, null);
        return 0;
    }

    private void check(double lat, double lon, String location) {
        if (!Double.isFinite(lat) || Math.abs(lat) > 90) {
            throw new InputException(source, location, "latitude " + lat + " is outside -90..90");
        }
        if (!Double.isFinite(lon) || Math.abs(lon) > 180) {
            throw new InputException(source, location, "longitude " + lon + " is outside -180..180");
        }
    }

    @Override
    public boolean canInterpolate() {
        return false;
    }

    @Override
    public void release() {
        // holds nothing
    }
}
