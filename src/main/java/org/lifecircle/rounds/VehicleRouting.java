package org.lifecircle.rounds;

import com.google.ortools.Loader;
import com.google.ortools.constraintsolver.Assignment;
import com.google.ortools.constraintsolver.FirstSolutionStrategy;
import com.google.ortools.constraintsolver.LocalSearchMetaheuristic;
import com.google.ortools.constraintsolver.RoutingDimension;
import com.google.ortools.constraintsolver.RoutingIndexManager;
import com.google.ortools.constraintsolver.RoutingModel;
import com.google.ortools.constraintsolver.RoutingSearchParameters;
import com.google.ortools.constraintsolver.main;
import com.google.protobuf.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The one OR-Tools routing set-up behind rounds and the CVRPLIB checks: nodes with a directed
 * integer arc cost, vehicles that each start and end at a depot node, one generic resource
 * dimension (a node-indexed transit matrix and a per-vehicle capacity: working seconds incl.
 * service for rounds, load for CVRP), every non-depot node visited exactly once, and a fixed cost
 * per used vehicle large enough that one vehicle fewer always beats any saving in arc cost
 * ({@link #dominatingFixedCost}), then a second search over the vehicles used for the least arc
 * cost ({@link #solve}). Search: path-cheapest-arc start, guided local search, stopped
 * by a solution limit (deterministic: the routing search is single-threaded) or by a time limit
 * as a safety cap (then not reproducible), whichever comes first.
 *
 * <p>Cost: the model holds the n×n matrices (n nodes incl. depots) twice; each local-search move
 * is evaluated in O(route length) by the dimension; time is bounded by the limits.
 */
public final class VehicleRouting {

    /** Guided local search penalty weight (OR-Tools' default 0.1; 0.3 did better on CVRPLIB A-n45-k6). */
    static final double GLS_LAMBDA = 0.3;
    /** Share of each limit for phase 1 (fewest vehicles); the rest goes to phase 2 (least arc cost). */
    static final double PHASE_ONE_SHARE = 0.1;

    private static boolean loaded;

    /**
     * @param arcCost     node-indexed directed arc costs (driving seconds, or rounded distance)
     * @param transit     node-indexed dimension transit for the arc i→j (e.g. service at i + travel)
     * @param vehicleDepot depot node of each vehicle (start and end)
     * @param capacity    the dimension's limit per vehicle
     * @param depots      nodes {@code 0..depots-1} are depots; a depot without a vehicle is never a stop
     */
    public record Instance(long[][] arcCost, long[][] transit, int[] vehicleDepot, long[] capacity, int depots) {
        public Instance {
            int n = arcCost.length;
            for (int d : vehicleDepot) if (d < 0 || d >= depots) throw new IllegalArgumentException("vehicle depot " + d + " is not a depot node");
            if (transit.length != n) throw new IllegalArgumentException("transit matrix is " + transit.length + " rows, arc costs " + n);
            if (vehicleDepot.length != capacity.length) throw new IllegalArgumentException("one capacity per vehicle");
        }

        int nodeCount() {
            return arcCost.length;
        }

        boolean isDepot(int node) {
            return node < depots;
        }
    }

    /** Search limits: whichever is reached first stops the search. */
    public record Limits(double timeLimitSeconds, long solutionLimit) {
        public Limits {
            if (!(timeLimitSeconds > 0)) throw new IllegalArgumentException("time limit must be > 0 s");
            if (solutionLimit < 1) throw new IllegalArgumentException("solution limit must be >= 1");
        }
    }

    /** One used vehicle: its visits in order and the dimension's value on arrival at each. */
    public record Route(int vehicle, int depot, int[] nodes, long[] arrivalCumul, long endCumul, long arcCost) {}

    /**
     * @param stoppedByTime true when the time limit, not the solution limit, ended the search
     *                      (the result may then differ from run to run)
     */
    public record Solution(List<Route> routes, long arcCost, long fixedCostPerVehicle, long wallMillis,
            boolean stoppedByTime, String status) {
        public int vehicles() {
            return routes.size();
        }
    }

    private VehicleRouting() {
    }

    /**
     * A fixed cost larger than the arc cost of any solution: every node leaves by one arc (at
     * most its dearest) and every vehicle leaves its depot by one arc (at most the dearest depot
     * arc), so the sum of these bounds + 1 makes vehicles count first, arc cost second.
     */
    public static long dominatingFixedCost(Instance instance) {
        long sum = 1;
        long depotMax = 0;
        for (int i = 0; i < instance.nodeCount(); i++) {
            long max = 0;
            for (long c : instance.arcCost()[i]) max = Math.max(max, c);
            if (instance.isDepot(i)) depotMax = Math.max(depotMax, max);
            else sum = Math.addExact(sum, max);
        }
        return Math.addExact(sum, Math.multiplyExact(depotMax, instance.vehicleDepot().length));
    }

    static synchronized void loadNative() {
        if (!loaded) {
            Loader.loadNativeLibraries();
            loaded = true;
        }
    }

    /**
     * Solves in two phases: (1) all vehicles with the dominating fixed cost, for the fewest
     * vehicles; (2) only the vehicles phase 1 used, no fixed cost, started from phase 1's routes,
     * for the least arc cost (a high fixed cost in the objective would blunt guided local search,
     * whose penalties scale with the objective). Phase 1 gets {@link #PHASE_ONE_SHARE} of each
     * limit, phase 2 the rest. Throws
     * IllegalStateException when OR-Tools finds no plan visiting every node.
     */
    public static Solution solve(Instance instance, Limits limits) {
        loadNative();
        long started = System.nanoTime();
        long fixed = dominatingFixedCost(instance);
        double phase1Share = PHASE_ONE_SHARE;
        Limits first = new Limits(limits.timeLimitSeconds() * phase1Share, Math.max(1, (long) (limits.solutionLimit() * phase1Share)));
        Phase one = runPhase(instance, instance.vehicleDepot(), instance.capacity(), fixed, null, first);
        int used = one.routes.size();
        int[] depots = new int[used];
        long[] capacities = new long[used];
        long[][] initial = new long[used][];
        for (int r = 0; r < used; r++) {
            Route route = one.routes.get(r);
            depots[r] = route.depot();
            capacities[r] = instance.capacity()[route.vehicle()];
            initial[r] = new long[route.nodes().length];
            for (int k = 0; k < initial[r].length; k++) initial[r][k] = route.nodes()[k];
        }
        Limits second = new Limits(Math.max(0.001, limits.timeLimitSeconds() - one.wallMillis / 1000.0),
                Math.max(1, limits.solutionLimit() - first.solutionLimit()));
        Phase two = used == 0 ? one : runPhase(instance, depots, capacities, 0, initial, second);
        List<Route> routes = new ArrayList<>();
        long totalArc = 0;
        for (Route r : two.routes) {
            int originalVehicle = used == 0 ? r.vehicle() : one.routes.get(r.vehicle()).vehicle();
            routes.add(new Route(originalVehicle, r.depot(), r.nodes(), r.arrivalCumul(), r.endCumul(), r.arcCost()));
            totalArc += r.arcCost();
        }
        long wallMillis = (System.nanoTime() - started) / 1_000_000;
        return new Solution(List.copyOf(routes), totalArc, fixed, wallMillis, one.stoppedByTime || two.stoppedByTime,
                one.status + " / " + two.status);
    }

    private record Phase(List<Route> routes, long wallMillis, boolean stoppedByTime, String status) {}

    private static Phase runPhase(Instance instance, int[] depots, long[] capacities, long fixedCost, long[][] initialRoutes,
            Limits limits) {
        int n = instance.nodeCount();
        RoutingIndexManager manager = new RoutingIndexManager(n, depots.length, depots, depots);
        RoutingModel routing = new RoutingModel(manager);
        int costIndex = routing.registerTransitMatrix(instance.arcCost());
        routing.setArcCostEvaluatorOfAllVehicles(costIndex);
        int transitIndex = routing.registerTransitMatrix(instance.transit());
        routing.addDimensionWithVehicleCapacity(transitIndex, 0, capacities, true, "work");
        RoutingDimension work = routing.getDimensionOrDie("work");
        if (fixedCost > 0) routing.setFixedCostOfAllVehicles(fixedCost);
        boolean[] hasVehicle = new boolean[instance.depots()];
        for (int d : depots) hasVehicle[d] = true;
        for (int d = 0; d < instance.depots(); d++) {
            if (!hasVehicle[d]) routing.addDisjunction(new long[] {manager.nodeToIndex(d)}, 0);
        }

        long seconds = (long) limits.timeLimitSeconds();
        int nanos = (int) Math.min(999_999_999, Math.round((limits.timeLimitSeconds() - seconds) * 1e9));
        RoutingSearchParameters parameters = main.defaultRoutingSearchParameters().toBuilder()
                .setFirstSolutionStrategy(FirstSolutionStrategy.Value.PATH_CHEAPEST_ARC)
                .setLocalSearchMetaheuristic(LocalSearchMetaheuristic.Value.GUIDED_LOCAL_SEARCH)
                .setTimeLimit(Duration.newBuilder().setSeconds(seconds).setNanos(nanos).build())
                .setSolutionLimit(limits.solutionLimit())
                .setGuidedLocalSearchLambdaCoefficient(GLS_LAMBDA)
                .build();
        long started = System.nanoTime();
        Assignment assignment;
        if (initialRoutes == null) {
            assignment = routing.solveWithParameters(parameters);
        } else {
            routing.closeModelWithParameters(parameters);
            long[][] indices = new long[initialRoutes.length][];
            for (int r = 0; r < indices.length; r++) {
                indices[r] = new long[initialRoutes[r].length];
                for (int k = 0; k < indices[r].length; k++) indices[r][k] = manager.nodeToIndex((int) initialRoutes[r][k]);
            }
            Assignment start = routing.readAssignmentFromRoutes(indices, true);
            if (start == null) throw new IllegalStateException("OR-Tools rejected the first phase's routes");
            assignment = routing.solveFromAssignmentWithParameters(start, parameters);
        }
        long wallMillis = (System.nanoTime() - started) / 1_000_000;
        String status = String.valueOf(routing.status());
        if (assignment == null) {
            throw new IllegalStateException("OR-Tools found no route plan visiting every stop (status " + status + ")");
        }
        List<Route> routes = new ArrayList<>();
        for (int v = 0; v < depots.length; v++) {
            long index = routing.start(v);
            long next = assignment.value(routing.nextVar(index));
            if (routing.isEnd(next)) continue;
            List<Integer> nodes = new ArrayList<>();
            List<Long> cumul = new ArrayList<>();
            long arc = 0;
            int previous = depots[v];
            index = next;
            while (!routing.isEnd(index)) {
                int node = manager.indexToNode(index);
                arc += instance.arcCost()[previous][node];
                if (!instance.isDepot(node)) {
                    nodes.add(node);
                    cumul.add(assignment.value(work.cumulVar(index)));
                }
                previous = node;
                index = assignment.value(routing.nextVar(index));
            }
            arc += instance.arcCost()[previous][depots[v]];
            long end = assignment.value(work.cumulVar(index));
            routes.add(new Route(v, depots[v], nodes.stream().mapToInt(Integer::intValue).toArray(),
                    cumul.stream().mapToLong(Long::longValue).toArray(), end, arc));
        }
        boolean byTime = wallMillis >= limits.timeLimitSeconds() * 1000 * 0.98;
        return new Phase(routes, wallMillis, byTime, status);
    }
}
