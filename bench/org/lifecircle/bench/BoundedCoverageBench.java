package org.lifecircle.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Random;
import org.lifecircle.coverage.CoverageEvaluator;
import org.lifecircle.coverage.FacilitySites;
import org.lifecircle.coverage.Study;
import org.lifecircle.coverage.TypeSpec;
import org.lifecircle.coverage.TypeTimes;
import org.lifecircle.facility.StandardsPack;
import org.lifecircle.network.StreetNetwork;
import org.lifecircle.network.load.NetworkLoader;
import org.lifecircle.network.traveltime.NetworkTravelTimes;
import org.lifecircle.population.DemandCells;
import org.lifecircle.project.ProjectLoader;
import org.lifecircle.project.TypeSettings;
import org.lifecircle.study.StudyLoader;
import org.lifecircle.study.TypeSpecs;
import org.locationtech.jts.geom.Envelope;

/**
 * Coverage searches bounded at each type's threshold (the default) against whole-graph searches,
 * alternating in one process on one thread: the demo project (all its types), a seeded grid of
 * cells and facilities on the real Futian streets, and a generated street grid of about 10⁵ nodes
 * with 2·10⁵ cells. Prints the ratio unbounded ÷ bounded per round, median and min–max.
 * Run with {@code bench/run BoundedCoverageBench}.
 */
public final class BoundedCoverageBench {

    private static final long SEED = 16;

    private BoundedCoverageBench() {
    }

    public static void main(String[] args) throws Exception {
        System.out.printf(Locale.ROOT, "BoundedCoverageBench: %d cores (shared with other builds), seed %d, 1 search thread%n",
                Runtime.getRuntime().availableProcessors(), SEED);
        List<String> rows = new ArrayList<>();

        Study demo = StudyLoader.load(ProjectLoader.load(Path.of("gis-data/project.yaml")));
        NetworkTravelTimes demoModel = new NetworkTravelTimes(demo.network(), 500, 1);
        List<FacilitySites> demoSites = demo.types().stream().map(demo::sites).toList();
        rows.add(compare("demo (" + demo.network().nodeCount() + " nodes, " + demo.demand().size() + " cells, "
                + demo.types().size() + " types)", demoModel, demo.demand(), demo.types(), demoSites, 3, 7));

        StreetNetwork futian = NetworkLoader.load(Path.of("..", "shared", "data", "shenzhen-futian", "futian-roads.geojson"));
        rows.add(grid("Futian streets", futian, 40_000, 60, 3, 7));

        Envelope extent = new Envelope(114.0, 114.6, 30.3, 30.9);
        StreetNetwork generated = CoverageBench.streetGrid(extent, new Random(SEED));
        rows.add(grid("generated grid", generated, 200_000, 600, 1, 5));

        System.out.println();
        System.out.println(Alternating.header().replace("| A (median) | B (median) | B ÷ A",
                "| bounded (median) | unbounded (median) | unbounded ÷ bounded"));
        rows.forEach(System.out::println);
    }

    private static String grid(String name, StreetNetwork network, int cellCount, int facilityCount, int warmups,
            int rounds) throws Exception {
        Envelope e = new Envelope();
        for (int v = 0; v < network.nodeCount(); v++) e.expandToInclude(network.nodeLon(v), network.nodeLat(v));
        Random rnd = new Random(SEED);
        String[] ids = new String[cellCount];
        double[] lon = new double[cellCount], lat = new double[cellCount], pop = new double[cellCount];
        for (int i = 0; i < cellCount; i++) {
            ids[i] = Integer.toString(i);
            lon[i] = e.getMinX() + rnd.nextDouble() * e.getWidth();
            lat[i] = e.getMinY() + rnd.nextDouble() * e.getHeight();
            pop[i] = rnd.nextInt(200);
        }
        DemandCells cells = DemandCells.ofPoints(name + " cells", ids, lon, lat, pop, null, null);
        List<TypeSpec> types = TypeSpecs.resolve(StandardsPack.builtin(),
                Map.of("fitness", TypeSettings.defaults("fitness"), "clinic", TypeSettings.defaults("clinic")),
                OptionalDouble.empty(), "bench");
        List<FacilitySites> sites = new ArrayList<>();
        for (TypeSpec t : types) sites.add(CoverageBench.drawSites(t.key(), facilityCount, cells, rnd));
        return compare(name + " (" + network.nodeCount() + " nodes, " + cellCount + " cells, " + types.size() + " types)",
                new NetworkTravelTimes(network, 500, 1), cells, types, sites, warmups, rounds);
    }

    private static String compare(String what, NetworkTravelTimes model, DemandCells cells, List<TypeSpec> types,
            List<FacilitySites> sites, int warmups, int rounds) throws Exception {
        System.out.println(what + ":");
        CoverageEvaluator bounded = new CoverageEvaluator(model, cells);
        CoverageEvaluator full = new CoverageEvaluator(model, cells, Double.POSITIVE_INFINITY);
        Alternating.Result r = Alternating.run(
                new Alternating.Side("bounded", () -> reached(bounded, types, sites)),
                new Alternating.Side("unbounded", () -> reached(full, types, sites)), warmups, rounds);
        return r.row(what);
    }

    /** Cells given a time, summed over the types. */
    private static long reached(CoverageEvaluator evaluator, List<TypeSpec> types, List<FacilitySites> sites) {
        long n = 0;
        for (int k = 0; k < types.size(); k++) {
            TypeTimes t = evaluator.times(types.get(k), sites.get(k));
            for (int i = 0; i < t.size(); i++) {
                if (t.seconds(i) < Float.POSITIVE_INFINITY) n++;
            }
        }
        return n;
    }
}
