package org.lifecircle.rounds;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.lifecircle.network.traveltime.Locations;
import org.lifecircle.network.traveltime.NetworkTravelTimes;
import org.lifecircle.network.traveltime.TravelTimeModel;

/**
 * Travel times and leg geometry for rounds from the existing travel-time models (read-only
 * use of network/): over the street network at one vehicle speed (connector + shortest path +
 * connector, DESIGN.md), or straight-line at that speed when no network is given. Until the
 * travel-modes work adds a drive mode, the network is searched with the walking access rules at
 * the vehicle's speed. Cost: one unbounded search per point, O(n (V + E) log V); n² memory.
 */
public final class RoundsTimes {

    private final TravelTimeModel model;
    private final Locations points;
    private final double speedKmh;

    public RoundsTimes(TravelTimeModel model, double[] lon, double[] lat, double speedKmh) {
        this.model = model;
        this.points = model.locate(lon, lat);
        this.speedKmh = speedKmh;
    }

    /** "network" or "straight-line". */
    public String timeMode() {
        return model.networkBased() ? "network" : "straight-line";
    }

    public Locations points() {
        return points;
    }

    /** Directed seconds between every pair of points, +Inf when unreachable or off the network. */
    public double[][] matrix() {
        int n = points.size();
        double[][] seconds = new double[n][n];
        for (double[] row : seconds) Arrays.fill(row, Double.POSITIVE_INFINITY);
        model.forEachSource(points, points, speedKmh, Double.POSITIVE_INFINITY, (source, count, targets, times) -> {
            for (int k = 0; k < count; k++) seconds[source][targets[k]] = times[k];
        });
        for (int i = 0; i < n; i++) if (points.onNetwork(i)) seconds[i][i] = 0;
        return seconds;
    }

    /** The line of a whole round through the given points (lon/lat pairs), along the streets when there is a network. */
    public List<double[]> roundLine(int[] pointsInOrder) {
        List<double[]> line = new ArrayList<>();
        StreetPaths paths = model instanceof NetworkTravelTimes network ? new StreetPaths(network, points, speedKmh) : null;
        for (int k = 0; k + 1 < pointsInOrder.length; k++) {
            int a = pointsInOrder[k];
            int b = pointsInOrder[k + 1];
            List<double[]> leg = paths == null
                    ? List.of(new double[] {points.lon(a), points.lat(a)}, new double[] {points.lon(b), points.lat(b)})
                    : paths.path(a, b);
            for (double[] p : leg) {
                if (!line.isEmpty() && Arrays.equals(line.get(line.size() - 1), p)) continue;
                line.add(p);
            }
        }
        return line;
    }
}
