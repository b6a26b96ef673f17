package org.lifecircle.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.lifecircle.network.StreetNetwork;
import org.lifecircle.network.load.NetworkLoader;
import org.lifecircle.network.traveltime.NetworkTravelTimes;
import org.lifecircle.population.DemandCells;
import org.lifecircle.project.ProjectLoader;
import org.lifecircle.study.StudyLoader;

/**
 * FEATURE UNDER TEST: coverage searches bounded at each type's threshold by default. The
 * reference is the whole-graph search of the same evaluator (itself checked against a plain
 * Dijkstra in {@link CoverageRandomTest}): every cell within the threshold must get the same time
 * and the same nearest facility, every cell beyond it +Inf and none, and the covered demand must
 * not change. On the demo project and on the real Futian street network.
 */
class BoundedSearchTest {

    @Test
    void demoBoundedEqualsUnboundedWithinEveryThreshold() {
        Study study = StudyLoader.load(ProjectLoader.load(Path.of("gis-data/project.yaml")));
        CoverageEvaluator bounded = new CoverageEvaluator(study.model(), study.demand());
        CoverageEvaluator full = new CoverageEvaluator(study.model(), study.demand(), Double.POSITIVE_INFINITY);
        int beyond = 0;
        for (TypeSpec type : study.types()) {
            beyond += compare(bounded, full, type, study.sites(type), "demo " + type.key());
        }
        assertTrue(beyond > 0, "the demo must have cells beyond a threshold");
    }

    @Test
    void futianBoundedEqualsUnboundedWithinTheThreshold() {
        long seed = 16;
        StreetNetwork network = NetworkLoader.load(Path.of("..", "shared", "data", "shenzhen-futian", "futian-roads.geojson"));
        double minLon = Double.POSITIVE_INFINITY, maxLon = Double.NEGATIVE_INFINITY;
        double minLat = Double.POSITIVE_INFINITY, maxLat = Double.NEGATIVE_INFINITY;
        for (int v = 0; v < network.nodeCount(); v++) {
            minLon = Math.min(minLon, network.nodeLon(v));
            maxLon = Math.max(maxLon, network.nodeLon(v));
            minLat = Math.min(minLat, network.nodeLat(v));
            maxLat = Math.max(maxLat, network.nodeLat(v));
        }
        int side = 60;
        int n = side * side;
        String[] ids = new String[n];
        double[] lon = new double[n], lat = new double[n], pop = new double[n];
        Random random = new Random(seed);
        for (int r = 0; r < side; r++) {
            for (int c = 0; c < side; c++) {
                int i = r * side + c;
                ids[i] = "c" + i;
                lon[i] = minLon + (maxLon - minLon) * (c + 0.5) / side;
                lat[i] = minLat + (maxLat - minLat) * (r + 0.5) / side;
                pop[i] = random.nextInt(100);
            }
        }
        DemandCells cells = DemandCells.ofPoints("futian grid", ids, lon, lat, pop, null, null);
        int m = 12;
        double[] fLon = new double[m], fLat = new double[m], cap = new double[m];
        for (int f = 0; f < m; f++) {
            int v = random.nextInt(network.nodeCount());
            fLon[f] = network.nodeLon(v);
            fLat[f] = network.nodeLat(v);
            cap[f] = 1;
        }
        NetworkTravelTimes model = new NetworkTravelTimes(network);
        CoverageEvaluator bounded = new CoverageEvaluator(model, cells);
        CoverageEvaluator full = new CoverageEvaluator(model, cells, Double.POSITIVE_INFINITY);
        FacilitySites sites = Fixtures.sites("fitness", fLon, fLat, cap);
        int beyond = 0;
        for (double minutes : new double[] {5, 10, 15}) {
            TypeSpec type = Fixtures.type("fitness", minutes * 60, 4.5, null);
            beyond += compare(bounded, full, type, sites, "Futian seed " + seed + " " + minutes + " min");
        }
        assertTrue(beyond > 0, "seed " + seed + ": some cells must lie beyond the thresholds");
    }

    /** Asserts the bounded times against the full ones; returns how many reached cells lie beyond the threshold. */
    private static int compare(CoverageEvaluator bounded, CoverageEvaluator full, TypeSpec type, FacilitySites sites,
            String what) {
        TypeTimes b = bounded.times(type, sites);
        TypeTimes f = full.times(type, sites);
        assertEquals(type.thresholdSeconds(), b.searchLimitSeconds(), 0, what);
        int within = 0;
        int beyond = 0;
        for (int i = 0; i < f.size(); i++) {
            String msg = what + " cell " + i + ": unbounded " + f.seconds(i) + " s, bounded " + b.seconds(i) + " s";
            if (f.seconds(i) <= type.thresholdSeconds()) {
                assertEquals(f.seconds(i), b.seconds(i), 0, msg);
                assertEquals(f.nearest(i), b.nearest(i), msg);
                within++;
            } else {
                assertEquals(Float.POSITIVE_INFINITY, b.seconds(i), msg);
                assertEquals(-1, b.nearest(i), msg);
                if (f.seconds(i) < Float.POSITIVE_INFINITY) beyond++;
            }
        }
        if (sites.size() > 0) assertTrue(within > 0, what + ": no cell within the threshold");
        Counts cb = CoverageTally.count(b, type.thresholdSeconds()).overall();
        Counts cf = CoverageTally.count(f, type.thresholdSeconds()).overall();
        assertEquals(cf.demandCovered(), cb.demandCovered(), 1e-9, what);
        assertEquals(cf.cellsCovered(), cb.cellsCovered(), what);
        return beyond;
    }
}
