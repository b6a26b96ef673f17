package org.lifecircle.rounds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The routing set-up of rounds ({@link VehicleRouting}, with the load dimension) against the
 * published optima of CVRPLIB set A up to A-n45-k6: the optimal number of vehicles and a total
 * length within 2 % of the optimum, recomputed from the routes. Per instance: solution limit
 * {@value #SOLUTIONS} (the deterministic stop: about 7–16 s of CPU per instance) and a time cap
 * of {@value #TIME_LIMIT_S} s that only a starved machine reaches (the message then says
 * "stopped by time").
 */
class CvrplibTest {

    static final long SOLUTIONS = 8000;
    static final double TIME_LIMIT_S = 600;

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 5})
    void withinTwoPercentOfPublishedOptimumWithOptimalVehicles(int k) throws IOException {
        Cvrplib instance = Cvrplib.read(Cvrplib.NAMES.get(k));
        long optimum = Cvrplib.OPTIMA[k];
        int vehicles = Integer.parseInt(instance.name().substring(instance.name().lastIndexOf('k') + 1));
        VehicleRouting.Solution s = VehicleRouting.solve(instance.routing(), new VehicleRouting.Limits(TIME_LIMIT_S, SOLUTIONS));
        String what = String.format("%s: %d vehicles, length %d, optimum %d (gap %.2f %%), %d ms, stopped by %s", instance.name(),
                s.vehicles(), s.arcCost(), optimum, 100.0 * (s.arcCost() - optimum) / optimum, s.wallMillis(),
                s.stoppedByTime() ? "time" : "solutions");
        System.out.println(what);
        assertEquals(vehicles, s.vehicles(), what);
        assertTrue(s.arcCost() >= optimum, "below the published optimum: " + what);
        assertTrue(s.arcCost() <= optimum * 1.02, what);
        long load = 0;
        int visited = 0;
        long length = 0;
        for (VehicleRouting.Route r : s.routes()) {
            long routeLoad = 0;
            int at = instance.depot();
            for (int node : r.nodes()) {
                routeLoad += instance.demand()[node];
                length += instance.distance(at, node);
                at = node;
            }
            length += instance.distance(at, instance.depot());
            assertTrue(routeLoad <= instance.capacity(), "route over capacity: " + what);
            load += routeLoad;
            visited += r.nodes().length;
        }
        assertEquals(instance.size() - 1, visited, what);
        assertEquals(s.arcCost(), length, "length recomputed from the routes: " + what);
        assertEquals(java.util.Arrays.stream(instance.demand()).sum(), load, what);
    }
}
