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
 * service, 1 or 2 visits a month, 8 h days). Usage: bench/run RoundsBench [solutionLimit] [timeLimitS].
 */
public final class RoundsBench {

    public static void main(String[] args) throws Exception {
        long solutions = args.length > 0 ? Long.parseLong(args[0]) : 8000;
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 60;
        VehicleRouting.Limits limits = new VehicleRouting.Limits(seconds, solutions);
        System.out.printf("limits: %d solutions or %.0f s per solve%n", solutions, seconds);
        for (int k = 0; k < Cvrplib.NAMES.size(); k++) {
            Cvrplib c = Cvrplib.read(Cvrplib.NAMES.get(k));
            VehicleRouting.Solution s = VehicleRouting.solve(c.routing(), limits);
            long opt = Cvrplib.OPTIMA[k];
            System.out.printf("%-10s vehicles %2d  length %5d  optimum %5d  gap %5.2f %%  %6d ms  stopped by %s%n", c.name(), s.vehicles(),
                    s.arcCost(), opt, 100.0 * (s.arcCost() - opt) / opt, s.wallMillis(), s.stoppedByTime() ? "time" : "solutions");
        }
        long seed = 20261204L;
        RoundsProblem problem = county(seed, 3, 300, 60, 8 * 3600);
        RoundsPlan plan = RoundsPlanner.plan(problem, limits);
        long trips = 0;
        for (RoundsProblem.Stop s : problem.stops()) trips += s.perMonth();
        System.out.printf("300 villages / 3 depots (seed %d): %d vehicle-days a month in %d rounds (%d visits a month), %.1f h driving,"
                + " %d unserved, %d ms, reproducible %s%n", seed, plan.vehicleDaysPerMonth(), plan.rounds().size(), trips,
                plan.drivingSecondsPerMonth() / 3600.0, plan.unserved().size(), plan.wallMillis(), plan.reproducible());
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
