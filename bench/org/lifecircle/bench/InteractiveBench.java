package org.lifecircle.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.lifecircle.coverage.FacilitySites;
import org.lifecircle.population.DemandCells;
import org.lifecircle.web.analysis.EngineAnalysis;
import org.lifecircle.web.analysis.PointCheck;
import org.lifecircle.web.session.ProjectSession;
import org.lifecircle.web.session.SessionHolder;
import org.lifecircle.web.session.SessionProject;

/**
 * What the map does on a click, on the demo project: the point check (every type, 5/10/15-minute
 * bands, unit and village) at random demand cells (anywhere, and in the served town), and "move one facility → new coverage of its
 * type" (one multi-source search with the cells already located, plus the overall and per-unit
 * sums), each repeated after a warm-up; prints p50 / p95 / p99 in milliseconds, and for
 * comparison the full re-evaluation of a type (with gaps, 2SFCA, village service).
 *
 * <pre>bench/run InteractiveBench [project.yaml] [repetitions] [seed]</pre>
 */
public final class InteractiveBench {

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
        for (int[] pool : new int[][] {everywhere, town}) {
            double[] check = new double[reps];
            long reached = 0;
            for (int k = -warm; k < reps; k++) {
                int c = pool[random.nextInt(pool.length)];
                long s = System.nanoTime();
                PointCheck p = analysis.check(cells.lon(c), cells.lat(c));
                if (k >= 0) check[k] = (System.nanoTime() - s) / 1e6;
                for (PointCheck.TypeCheck t : p.types()) reached += t.reachable().size();
            }
            report("point check (6 types, bands 5/10/15) at " + (pool == town ? "cells within 15 min of fitness"
                    : "any cell"), check);
            System.out.printf("  facilities listed per check: %.1f%n", (double) reached / (reps + warm));
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
                FacilitySites moved = sites.withMoved(sites.id(f), lon, lat);
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
                FacilitySites moved = sites.withMoved(sites.id(f), sites.lon(f) + 0.002, sites.lat(f));
                long s = System.nanoTime();
                session.evaluateType(type, moved);
                full[k] = (System.nanoTime() - s) / 1e6;
            }
            report("move one " + type + " facility -> full re-evaluation (gaps, 2SFCA, villages)", full);
        }
    }

    private static void report(String what, double[] ms) {
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        System.out.printf("%s: n=%d p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n", what, sorted.length,
                pct(sorted, 0.50), pct(sorted, 0.95), pct(sorted, 0.99), sorted[sorted.length - 1]);
    }

    private static double pct(double[] sorted, double q) {
        int i = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }
}
