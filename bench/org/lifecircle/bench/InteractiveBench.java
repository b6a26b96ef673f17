package org.lifecircle.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.List;
import org.lifecircle.coverage.FacilitySites;
import org.lifecircle.coverage.PointReach;
import org.lifecircle.population.DemandCells;
import org.lifecircle.scenario.FacilityRecord;
import org.lifecircle.scenario.MoveFacility;
import org.lifecircle.scenario.Scenario;
import org.lifecircle.scenario.ScenarioEvaluator;
import org.lifecircle.web.analysis.EngineAnalysis;
import org.lifecircle.web.analysis.PointCheck;
import org.lifecircle.web.analysis.UncomputedAnalysis;
import org.lifecircle.web.project.LayerRole;
import org.lifecircle.web.session.ProjectSession;
import org.lifecircle.web.session.SessionHolder;
import org.lifecircle.web.session.SessionProject;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;

/**
 * What the map does on a click, on the demo project: the point check (every type, 5/10/15-minute
 * bands, unit and village) at random demand cells (anywhere, and in the served town), timed
 * against the path before #15 (every facility snapped per click, units and villages found by
 * scanning the layers' features) in alternating order on the same cells, and "move one facility → new coverage of its
 * type" (one multi-source search with the cells already located, plus the overall and per-unit
 * sums), each repeated after a warm-up; prints p50 / p95 / p99 in milliseconds, and for
 * comparison the full re-evaluation of a type (with gaps, 2SFCA, village service).
 *
 * <pre>bench/run InteractiveBench [project.yaml] [repetitions] [seed]</pre>
 */
public final class InteractiveBench {

    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    public static void main(String[] args) {
        Path project = Path.of(args.length > 0 ? args[0] : "gis-data/project.yaml");
        int reps = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 15L;
        long t0 = System.nanoTime();
        ProjectSession session = ProjectSession.open(project, (m, f) -> { });
        System.out.printf("opened %s in %.1f s: %d cells, %d facilities, %d types, seed %d%n", project,
                (System.nanoTime() - t0) / 1e9, session.study().demand().size(), session.study().facilities().size(),
                session.study().types().size(), seed);
        SessionHolder holder = SessionHolder.of(session);
        EngineAnalysis analysis = new EngineAnalysis(holder, new SessionProject(holder));
        DemandCells cells = session.study().demand();
        SplittableRandom random = new SplittableRandom(seed);

        int warm = Math.max(20, reps / 5);
        int[] everywhere = new int[cells.size()];
        for (int i = 0; i < everywhere.length; i++) everywhere[i] = i;
        int[] town = IntStream.range(0, cells.size())
                .filter(i -> session.baseline().type("fitness").times().seconds(i) <= 900).toArray();
        SessionProject layers = new SessionProject(holder);
        for (int[] pool : new int[][] {everywhere, town}) {
            double[] now = new double[reps];
            double[] before = new double[reps];
            long reached = 0;
            int differ = 0;
            for (int k = -warm; k < reps; k++) {
                int c = pool[random.nextInt(pool.length)];
                boolean oldFirst = (k & 1) == 0;
                PointCheck a = null;
                PointCheck b = null;
                for (int round = 0; round < 2; round++) {
                    boolean old = (round == 0) == oldFirst;
                    long s = System.nanoTime();
                    if (old) b = checkAsBefore(session, layers, cells.lon(c), cells.lat(c));
                    else a = analysis.check(cells.lon(c), cells.lat(c));
                    double ms = (System.nanoTime() - s) / 1e6;
                    if (k >= 0) (old ? before : now)[k] = ms;
                }
                if (!a.equals(b)) differ++;
                for (PointCheck.TypeCheck t : a.types()) reached += t.reachable().size();
            }
            String where = pool == town ? "cells within 15 min of fitness" : "any cell";
            report("point check (6 types, bands 5/10/15) at " + where + ", BEFORE (snap all facilities, scan unit/village features)", before);
            report("point check (6 types, bands 5/10/15) at " + where + ", NOW (facility locations kept, UnitLocator)", now);
            System.out.printf("  facilities listed per check: %.1f; answers differing between the two paths: %d of %d%n",
                    (double) reached / (reps + warm), differ, reps + warm);
        }

        for (String type : new String[] {"elder_care", "fitness"}) {
            FacilitySites sites = session.sites(type);
            double[] move = new double[reps];
            double coveredSum = 0;
            for (int k = -warm; k < reps; k++) {
                int f = random.nextInt(sites.size());
                double lon = sites.lon(f) + (random.nextDouble() - 0.5) * 0.01;
                double lat = sites.lat(f) + (random.nextDouble() - 0.5) * 0.01;
                long s = System.nanoTime();
                FacilitySites moved = moved(session, type, sites.id(f), lon, lat);
                ProjectSession.EditedCoverage e = session.coverageWith(type, moved);
                if (k >= 0) move[k] = (System.nanoTime() - s) / 1e6;
                coveredSum += e.overall().demandCovered();
            }
            report("move one " + type + " facility -> coverage (incremental)", move);
            System.out.printf("  mean covered demand after a move: %.0f of %.0f%n", coveredSum / (reps + warm),
                    session.baseline().type(type).overall().demand());
            int fullReps = Math.max(5, reps / 20);
            double[] full = new double[fullReps];
            for (int k = 0; k < fullReps; k++) {
                int f = random.nextInt(sites.size());
                FacilitySites moved = moved(session, type, sites.id(f), sites.lon(f) + 0.002, sites.lat(f));
                long s = System.nanoTime();
                session.evaluateType(type, moved);
                full[k] = (System.nanoTime() - s) / 1e6;
            }
            report("move one " + type + " facility -> full re-evaluation (gaps, 2SFCA, villages)", full);
        }
    }

    /** The facilities of one type with one moved, as a scenario edit gives them. */
    private static FacilitySites moved(ProjectSession session, String type, String id, double lon, double lat) {
        List<FacilityRecord> edited = Scenario.of(ScenarioEvaluator.BASELINE).with(new MoveFacility(id, lon, lat))
                .apply(session.scenarios().baseline());
        return ScenarioEvaluator.sites(type, edited);
    }

    /**
     * The point check as it was before #15: the engine locates every facility of every type on
     * each call, and the unit and village come from scanning the map layers' features.
     */
    static PointCheck checkAsBefore(ProjectSession session, SessionProject layers, double lon, double lat) {
        PointReach reach = session.evaluator().evaluator().reach(lon, lat, session.study().types(), session.baselineSites(),
                new double[] {5, 10, 15});
        Point point = GEOMETRY.createPoint(new Coordinate(lon, lat));
        return EngineAnalysis.of(session.study(), reach, UncomputedAnalysis.containing(layers, LayerRole.UNITS, point),
                UncomputedAnalysis.containing(layers, LayerRole.VILLAGES, point));
    }

    private static void report(String what, double[] ms) {
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        System.out.printf("%s: n=%d p50 %.3f ms, p95 %.3f ms, p99 %.3f ms, max %.3f ms%n", what, sorted.length,
                pct(sorted, 0.50), pct(sorted, 0.95), pct(sorted, 0.99), sorted[sorted.length - 1]);
    }

    private static double pct(double[] sorted, double q) {
        int i = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }
}
