package org.lifecircle.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.lifecircle.rounds.Cvrplib;
import org.lifecircle.rounds.RoundsPlan;
import org.lifecircle.rounds.RoundsPlanner;
import org.lifecircle.rounds.RoundsProblem;
import org.lifecircle.rounds.VehicleRouting;

/**
 * Rounds quality and speed: the gap to the published optimum and the time for all eight CVRPLIB
 * set-A instances (same set-up and limits as CvrplibTest), then a generated 300-village /
 * 3-depot rounds case (seed printed; a 60 × 60 km county at 30 km/h straight-line, 1–2 h
 * service, 1 or 2 visits a month, 8 h days). Usage: bench/run RoundsBench [solutionLimit] [timeLimitS] [all|cvrplib|villages].
 */
public final class RoundsBench {

    public static void main(String[] args) throws Exception {
        long solutions = args.length > 0 ? Long.parseLong(args[0]) : 8000;
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 60;
        VehicleRouting.Limits limits = new VehicleRouting.Limits(seconds, solutions);
        String part = args.length > 2 ? args[2] : "all";
        System.out.printf("limits: %d solutions or %.0f s per solve%n", solutions, seconds);
        for (int k = 0; k < Cvrplib.NAMES.size() && !part.equals("villages"); k++) {
            Cvrplib c = Cvrplib.read(Cvrplib.NAMES.get(k));
            VehicleRouting.Solution s = VehicleRouting.solve(c.routing(), limits);
            long opt = Cvrplib.OPTIMA[k];
            System.out.printf("%-10s vehicles %2d  length %5d  optimum %5d  gap %5.2f %%  %6d ms  stopped by %s%n", c.name(), s.vehicles(),
                    s.arcCost(), opt, 100.0 * (s.arcCost() - opt) / opt, s.wallMillis(), s.stoppedByTime() ? "time" : "solutions");
        }
        if (part.equals("cvrplib")) return;
        long seed = 20261204L;
        RoundsProblem problem = county(seed, 3, 300, 60, 8 * 3600);
        RoundsPlan plan = RoundsPlanner.plan(problem, limits);
        long trips = 0;
        for (RoundsProblem.Stop s : problem.stops()) trips += s.perMonth();
        long bound = vehicleDaysLowerBound(problem);
        System.out.printf("300 villages / 3 depots (seed %d): %d vehicle-days a month in %d rounds (%d visits a month), %.1f h driving,"
                + " %d unserved, %d ms, reproducible %s; lower bound %d vehicle-days, gap %.1f %%%n", seed, plan.vehicleDaysPerMonth(),
                plan.rounds().size(), trips, plan.drivingSecondsPerMonth() / 3600.0, plan.unserved().size(), plan.wallMillis(),
                plan.reproducible(), bound, 100.0 * (plan.vehicleDaysPerMonth() - bound) / bound);
    }

    /**
     * Σ_f f × ⌈Σ_stops of frequency f (service + cheapest arc into the stop) / day⌉: every stop
     * is entered by one arc, and a round holds at most a day of work (valid for the template model).
     */
    static long vehicleDaysLowerBound(RoundsProblem problem) {
        java.util.Map<Integer, Long> workByFrequency = new java.util.TreeMap<>();
        int n = problem.travelSeconds().length;
        for (int s = 0; s < problem.stops().size(); s++) {
            int node = problem.stopNode(s);
            long cheapestIn = Long.MAX_VALUE;
            for (int j = 0; j < n; j++) if (j != node) cheapestIn = Math.min(cheapestIn, problem.legSeconds(j, node));
            workByFrequency.merge(problem.stops().get(s).perMonth(), problem.stops().get(s).serviceSeconds() + cheapestIn, Long::sum);
        }
        long bound = 0;
        for (var e : workByFrequency.entrySet()) bound += e.getKey() * ((e.getValue() + problem.daySeconds() - 1) / problem.daySeconds());
        return bound;
    }

    static RoundsProblem county(long seed, int depots, int villages, double km, long daySeconds) {
        Random random = new Random(seed);
        int n = depots + villages;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = random.nextDouble() * km * 1000;
            y[i] = random.nextDouble() * km * 1000;
        }
        double[][] t = new double[n][n];
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) t[i][j] = Math.hypot(x[i] - x[j], y[i] - y[j]) / (30 / 3.6);
        List<String> ids = new ArrayList<>();
        for (int d = 0; d < depots; d++) ids.add("depot" + d);
        List<RoundsProblem.Stop> stops = new ArrayList<>();
        for (int v = 0; v < villages; v++) stops.add(new RoundsProblem.Stop("village" + v, 1 + random.nextInt(2), 60L * (60 + random.nextInt(61))));
        return new RoundsProblem(ids, stops, t, daySeconds, 20);
    }
}
