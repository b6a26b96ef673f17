package org.lifecircle.rounds;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

/**
 * Plans the rounds of a {@link RoundsProblem} with OR-Tools' routing solver
 * ({@link VehicleRouting}). Frequencies by "visit-day template": the stops of one frequency f
 * are routed together as a one-visit problem, and each route found is driven on f days of the
 * month; vehicle-days per month = Σ_f f × routes_f. Stops with different frequencies never share
 * a route (every visit of a route then has the same spacing through the month). Stops that no
 * depot can serve within a day (there + service + back > the limit, or unreachable) are listed
 * with that arithmetic and left out of the routing.
 *
 * <p>Per frequency class the vehicles are: for each depot, first-fit-decreasing bins of the
 * stops' best single-stop round trips (a feasible plan with that many routes exists by the
 * triangle inequality, so no optimum is cut off), capped by the stops that depot can serve.
 * Cost: one routing solve per frequency class, O(n²) memory, time bounded by the limits.
 */
public final class RoundsPlanner {

    private RoundsPlanner() {
    }

    public static RoundsPlan plan(RoundsProblem problem, VehicleRouting.Limits limits) {
        long started = System.nanoTime();
        List<RoundsPlan.Unserved> unserved = new ArrayList<>();
        TreeMap<Integer, List<Integer>> byFrequency = new TreeMap<>();
        for (int s = 0; s < problem.stops().size(); s++) {
            String why = whyUnservable(problem, s);
            if (why != null) unserved.add(new RoundsPlan.Unserved(s, problem.stops().get(s).id(), why));
            else byFrequency.computeIfAbsent(problem.stops().get(s).perMonth(), f -> new ArrayList<>()).add(s);
        }
        List<RoundsPlan.Round> rounds = new ArrayList<>();
        boolean reproducible = true;
        long vehicleDays = 0;
        long driving = 0;
        for (var entry : byFrequency.entrySet()) {
            int perMonth = entry.getKey();
            List<Integer> stops = entry.getValue();
            VehicleRouting.Limits share = new VehicleRouting.Limits(
                    limits.timeLimitSeconds() * stops.size() / servedCount(byFrequency),
                    Math.max(1, limits.solutionLimit() * stops.size() / servedCount(byFrequency)));
            VehicleRouting.Solution solution = VehicleRouting.solve(instance(problem, stops), share);
            reproducible &= !solution.stoppedByTime();
            for (VehicleRouting.Route route : solution.routes()) {
                List<RoundsPlan.Visit> visits = new ArrayList<>();
                for (int k = 0; k < route.nodes().length; k++) {
                    int stop = stops.get(route.nodes()[k] - problem.depotCount());
                    long arrival = route.arrivalCumul()[k];
                    visits.add(new RoundsPlan.Visit(stop, problem.stops().get(stop).id(), arrival,
                            arrival + problem.stops().get(stop).serviceSeconds()));
                }
                rounds.add(new RoundsPlan.Round(problem.depotIds().get(route.depot()), route.depot(), perMonth, List.copyOf(visits),
                        route.endCumul(), route.arcCost()));
                vehicleDays += perMonth;
                driving += perMonth * route.arcCost();
            }
        }
        rounds.sort(Comparator.comparingInt(RoundsPlan.Round::perMonth).reversed().thenComparingInt(RoundsPlan.Round::depot));
        return new RoundsPlan(List.copyOf(rounds), List.copyOf(unserved), vehicleDays, driving, reproducible,
                (System.nanoTime() - started) / 1_000_000);
    }

    private static int servedCount(TreeMap<Integer, List<Integer>> byFrequency) {
        int n = 0;
        for (List<Integer> stops : byFrequency.values()) n += stops.size();
        return n;
    }

    /** Null when some depot can serve stop {@code s} alone within a day, else the arithmetic per depot. */
    static String whyUnservable(RoundsProblem problem, int s) {
        RoundsProblem.Stop stop = problem.stops().get(s);
        StringBuilder why = new StringBuilder();
        for (int d = 0; d < problem.depotCount(); d++) {
            long there = problem.legSeconds(d, problem.stopNode(s));
            long back = problem.legSeconds(problem.stopNode(s), d);
            if (why.length() > 0) why.append("; ");
            why.append("from depot ").append(problem.depotIds().get(d)).append(": ");
            if (there < 0 || back < 0) {
                why.append(there < 0 ? "no route there" : "no route back");
                continue;
            }
            long total = there + stop.serviceSeconds() + back;
            if (total <= problem.daySeconds()) return null;
            why.append(Durations.text(there)).append(" there + ").append(Durations.text(stop.serviceSeconds())).append(" service + ")
                    .append(Durations.text(back)).append(" back = ").append(Durations.text(total)).append(" > working day ")
                    .append(Durations.text(problem.daySeconds()));
        }
        return why.toString();
    }

    /** The routing instance of one frequency class: depots then the class's stops. */
    static VehicleRouting.Instance instance(RoundsProblem problem, List<Integer> stops) {
        int depots = problem.depotCount();
        int n = depots + stops.size();
        int[] matrixNode = new int[n];
        long[] service = new long[n];
        for (int i = 0; i < n; i++) {
            matrixNode[i] = i < depots ? i : problem.stopNode(stops.get(i - depots));
            service[i] = i < depots ? 0 : problem.stops().get(stops.get(i - depots)).serviceSeconds();
        }
        long over = problem.daySeconds() + 1;
        long[][] cost = new long[n][n];
        long[][] transit = new long[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                long leg = i == j ? 0 : problem.legSeconds(matrixNode[i], matrixNode[j]);
                cost[i][j] = leg < 0 ? over : leg;
                transit[i][j] = leg < 0 ? over : service[i] + leg;
            }
        }
        List<Integer> vehicleDepots = new ArrayList<>();
        int bins = binsBound(problem, stops, depots, cost, service);
        for (int d = 0; d < depots; d++) {
            int servable = 0;
            for (int k = 0; k < stops.size(); k++) {
                if (cost[d][depots + k] + service[depots + k] + cost[depots + k][d] <= problem.daySeconds()) servable++;
            }
            for (int v = 0; v < Math.min(bins, servable); v++) vehicleDepots.add(d);
        }
        int[] depotOf = vehicleDepots.stream().mapToInt(Integer::intValue).toArray();
        long[] capacity = new long[depotOf.length];
        java.util.Arrays.fill(capacity, problem.daySeconds());
        return new VehicleRouting.Instance(cost, transit, depotOf, capacity, depots);
    }

    /**
     * First-fit decreasing of each stop's best single-stop round trip (there + service + back
     * from its best depot) into day-long bins, per depot: the bin count is a plan's route count.
     */
    static int binsBound(RoundsProblem problem, List<Integer> stops, int depots, long[][] cost, long[] service) {
        List<List<Long>> tripsByDepot = new ArrayList<>();
        for (int d = 0; d < depots; d++) tripsByDepot.add(new ArrayList<>());
        for (int k = 0; k < stops.size(); k++) {
            int node = depots + k;
            long best = Long.MAX_VALUE;
            int bestDepot = -1;
            for (int d = 0; d < depots; d++) {
                long trip = cost[d][node] + service[node] + cost[node][d];
                if (trip < best) {
                    best = trip;
                    bestDepot = d;
                }
            }
            tripsByDepot.get(bestDepot).add(best);
        }
        int bins = 0;
        for (List<Long> trips : tripsByDepot) {
            trips.sort(Comparator.reverseOrder());
            List<Long> free = new ArrayList<>();
            for (long trip : trips) {
                int b = 0;
                while (b < free.size() && free.get(b) < trip) b++;
                if (b == free.size()) free.add(problem.daySeconds());
                free.set(b, free.get(b) - trip);
            }
            bins += free.size();
        }
        return bins;
    }
}
