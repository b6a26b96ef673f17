package org.lifecircle.rounds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link RoundsPlanner} against exhaustive enumeration on small seeded instances with day
 * limits, service times, one or two depots and mixed frequencies: per frequency class, every
 * subset of stops is tried as one route from every depot in every order, and the best partition
 * (fewest routes, then least driving) is found by dynamic programming over subsets. Also checks
 * every planned route's times against the matrix, and the unserved arithmetic.
 */
class RoundsBruteForceTest {

    static final VehicleRouting.Limits LIMITS = new VehicleRouting.Limits(30, 3000);

    /** Stops and depots in a square of {@code km} kilometres, Euclidean driving at 30 km/h, whole seconds. */
    static RoundsProblem randomProblem(long seed, int depots, int stops, double km, long daySeconds) {
        Random random = new Random(seed);
        int n = depots + stops;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = random.nextDouble() * km * 1000;
            y[i] = random.nextDouble() * km * 1000;
        }
        double[][] t = new double[n][n];
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) t[i][j] = Math.ceil(Math.hypot(x[i] - x[j], y[i] - y[j]) / (30 / 3.6));
        List<String> depotIds = new ArrayList<>();
        for (int d = 0; d < depots; d++) depotIds.add("D" + d);
        List<RoundsProblem.Stop> list = new ArrayList<>();
        for (int s = 0; s < stops; s++) {
            list.add(new RoundsProblem.Stop("S" + s, 1 + random.nextInt(2), 60L * (30 + random.nextInt(91))));
        }
        return new RoundsProblem(depotIds, list, t, daySeconds, 20);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void vehicleDaysEqualExhaustiveEnumeration(long seed) {
        int depots = 1 + (int) (seed % 2);
        RoundsProblem problem = randomProblem(seed, depots, 7, 40, 6 * 3600);
        RoundsPlan plan = RoundsPlanner.plan(problem, LIMITS);
        long[] exact = exhaustive(problem);
        String what = "seed " + seed + ": planner " + plan.vehicleDaysPerMonth() + " vehicle-days, " + plan.drivingSecondsPerMonth()
                + " s driving; exhaustive " + exact[0] + " vehicle-days, " + exact[1] + " s";
        System.out.println(what);
        assertEquals(exact[0], plan.vehicleDaysPerMonth(), what);
        assertTrue(plan.drivingSecondsPerMonth() >= exact[1], what);
        assertEquals(exact[1], plan.drivingSecondsPerMonth(), what);
        checkRoutes(problem, plan, what);
    }

    @Test
    void stopBeyondADayIsListedWithTheArithmetic() {
        double[][] t = {
            {0, 1800, 4 * 3600},
            {1800, 0, 4 * 3600},
            {4 * 3600, 4 * 3600, 0}};
        RoundsProblem problem = new RoundsProblem(List.of("D"), List.of(new RoundsProblem.Stop("near", 1, 7200),
                new RoundsProblem.Stop("far", 1, 7200)), t, 8 * 3600, 20);
        RoundsPlan plan = RoundsPlanner.plan(problem, LIMITS);
        assertEquals(1, plan.unserved().size());
        assertEquals("far", plan.unserved().get(0).stopId());
        assertEquals("from depot D: 4 h 00 min there + 2 h 00 min service + 4 h 00 min back = 10 h 00 min > working day 8 h 00 min",
                plan.unserved().get(0).reason());
        assertEquals(1, plan.vehicleDaysPerMonth());
        assertEquals(3600, plan.drivingSecondsPerMonth());
        assertNull(RoundsPlanner.whyUnservable(problem, 0));
        double[][] cut = {{0, Double.POSITIVE_INFINITY}, {600, 0}};
        RoundsProblem unreachable = new RoundsProblem(List.of("D"), List.of(new RoundsProblem.Stop("island", 1, 60)), cut, 3600, 20);
        assertEquals("from depot D: no route there", RoundsPlanner.whyUnservable(unreachable, 0));
    }

    /** Every route: starts and ends at its depot, times follow the matrix, within the day; every served stop once per round set. */
    static void checkRoutes(RoundsProblem problem, RoundsPlan plan, String what) {
        int[] visits = new int[problem.stops().size()];
        long vehicleDays = 0;
        long driving = 0;
        for (RoundsPlan.Round round : plan.rounds()) {
            int at = round.depot();
            long clock = 0;
            long drive = 0;
            for (RoundsPlan.Visit v : round.visits()) {
                int node = problem.stopNode(v.stop());
                long leg = problem.legSeconds(at, node);
                assertTrue(leg >= 0, what);
                clock += leg;
                drive += leg;
                assertEquals(clock, v.arrivalSeconds(), what);
                assertEquals(round.perMonth(), problem.stops().get(v.stop()).perMonth(), what);
                clock += problem.stops().get(v.stop()).serviceSeconds();
                assertEquals(clock, v.departureSeconds(), what);
                visits[v.stop()]++;
                at = node;
            }
            long back = problem.legSeconds(at, round.depot());
            clock += back;
            drive += back;
            assertEquals(clock, round.returnSeconds(), what);
            assertEquals(drive, round.drivingSeconds(), what);
            assertTrue(clock <= problem.daySeconds(), what);
            vehicleDays += round.perMonth();
            driving += round.perMonth() * drive;
        }
        assertEquals(vehicleDays, plan.vehicleDaysPerMonth(), what);
        assertEquals(driving, plan.drivingSecondsPerMonth(), what);
        for (int s = 0; s < visits.length; s++) {
            int stop = s;
            boolean unserved = plan.unserved().stream().anyMatch(u -> u.stop() == stop);
            assertEquals(unserved ? 0 : 1, visits[s], what + ": stop " + s);
            if (unserved) assertNotNull(RoundsPlanner.whyUnservable(problem, s), what);
        }
    }

    /** {vehicle-days, driving seconds} of the best plan by enumeration (same template model). */
    static long[] exhaustive(RoundsProblem problem) {
        long vehicleDays = 0;
        long driving = 0;
        for (int f = 1; f <= problem.workingDaysPerMonth(); f++) {
            List<Integer> stops = new ArrayList<>();
            for (int s = 0; s < problem.stops().size(); s++) {
                if (problem.stops().get(s).perMonth() == f && RoundsPlanner.whyUnservable(problem, s) == null) stops.add(s);
            }
            if (stops.isEmpty()) continue;
            int m = stops.size();
            long[] routeDrive = new long[1 << m];
            for (int mask = 1; mask < 1 << m; mask++) routeDrive[mask] = bestRoute(problem, stops, mask);
            long[] bestRoutes = new long[1 << m];
            long[] bestDrive = new long[1 << m];
            for (int mask = 1; mask < 1 << m; mask++) {
                bestRoutes[mask] = Long.MAX_VALUE;
                int low = mask & -mask;
                for (int sub = mask; sub > 0; sub = (sub - 1) & mask) {
                    if ((sub & low) == 0 || routeDrive[sub] < 0) continue;
                    int rest = mask & ~sub;
                    if (rest != 0 && bestRoutes[rest] == Long.MAX_VALUE) continue;
                    long routes = 1 + (rest == 0 ? 0 : bestRoutes[rest]);
                    long drive = routeDrive[sub] + (rest == 0 ? 0 : bestDrive[rest]);
                    if (routes < bestRoutes[mask] || (routes == bestRoutes[mask] && drive < bestDrive[mask])) {
                        bestRoutes[mask] = routes;
                        bestDrive[mask] = drive;
                    }
                }
            }
            vehicleDays += f * bestRoutes[(1 << m) - 1];
            driving += f * bestDrive[(1 << m) - 1];
        }
        return new long[] {vehicleDays, driving};
    }

    /** Least driving of one route serving exactly {@code mask} within the day from any depot, -1 if none. */
    static long bestRoute(RoundsProblem problem, List<Integer> stops, int mask) {
        List<Integer> members = new ArrayList<>();
        for (int k = 0; k < stops.size(); k++) if ((mask & (1 << k)) != 0) members.add(stops.get(k));
        long best = -1;
        for (int d = 0; d < problem.depotCount(); d++) {
            int[] order = members.stream().mapToInt(Integer::intValue).toArray();
            best = permute(problem, d, order, 0, best);
        }
        return best;
    }

    private static long permute(RoundsProblem problem, int depot, int[] order, int k, long best) {
        if (k == order.length) {
            long clock = 0;
            long drive = 0;
            int at = depot;
            for (int s : order) {
                long leg = problem.legSeconds(at, problem.stopNode(s));
                if (leg < 0) return best;
                clock += leg + problem.stops().get(s).serviceSeconds();
                drive += leg;
                at = problem.stopNode(s);
            }
            long back = problem.legSeconds(at, depot);
            if (back < 0) return best;
            clock += back;
            drive += back;
            if (clock > problem.daySeconds()) return best;
            return best < 0 || drive < best ? drive : best;
        }
        for (int i = k; i < order.length; i++) {
            int tmp = order[k];
            order[k] = order[i];
            order[i] = tmp;
            best = permute(problem, depot, order, k + 1, best);
            order[i] = order[k];
            order[k] = tmp;
        }
        return best;
    }
}
