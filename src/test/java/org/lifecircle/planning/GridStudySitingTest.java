package org.lifecircle.planning;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.lifecircle.coverage.FacilitySites;
import org.lifecircle.coverage.Study;
import org.lifecircle.coverage.TypeSpec;
import org.lifecircle.study.TypeSpecs;
import org.lifecircle.facility.Facilities;
import org.lifecircle.facility.StandardsPack;
import org.lifecircle.io.InputException;
import org.lifecircle.network.NetworkBuilder;
import org.lifecircle.network.StreetNetwork;
import org.lifecircle.network.geodesy.Wgs84;
import org.lifecircle.network.traveltime.NetworkTravelTimes;
import org.lifecircle.population.DemandCells;
import org.lifecircle.facility.Demand;
import org.lifecircle.project.TypeSettings;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * FEATURE UNDER TEST: project-mode siting on a study small enough to work out on paper.
 *
 * <pre>
 *   one north–south street, nodes y = 0 … 10 every 100 m; demand on node i weighs i + 1 (total 66)
 *   elder care walked at 3.6 km/h = 1 m/s, threshold 2.5 min = 150 s: a site covers its node ± 1
 *   existing facility at node 0 covers nodes 0, 1            (weight 1 + 2 = 3)
 *   candidate c3 covers 2, 3, 4 (3 + 4 + 5 = 12); c5 covers 4, 5, 6 (18); c8 covers 7, 8, 9 (27)
 *   MCLP p = 1: c8, covered 3 + 27 = 30;  p = 2: c8 + c5, covered 48 (node 10, weight 11, never)
 *   LSCP target 0.7 (46.2): c8 + c5 (48);  p-median p = 1: the site with the least weighted walk
 * </pre>
 */
class GridStudySitingTest {

    static final double D = 100 / Wgs84.metersPerDegreeLat(0);
    static final int BOTH = StreetNetwork.WALK_FORWARD | StreetNetwork.WALK_BACKWARD;

    static Study study() {
        NetworkBuilder b = new NetworkBuilder("line");
        for (int i = 0; i <= 10; i++) b.addNode(0, i * D);
        for (int i = 0; i < 10; i++) b.addEdge(i, i + 1, new double[0], BOTH, Double.NaN);
        String[] ids = new String[11];
        double[] lon = new double[11];
        double[] lat = new double[11];
        double[] people = new double[11];
        for (int i = 0; i <= 10; i++) {
            ids[i] = "n" + i;
            lat[i] = i * D;
            people[i] = i + 1;
        }
        DemandCells cells = DemandCells.ofPoints("line.csv", ids, lon, lat, people, null, null);
        StandardsPack pack = StandardsPack.builtin();
        TypeSettings settings = new TypeSettings("elder_care", OptionalDouble.of(2.5), OptionalDouble.empty(),
                OptionalDouble.of(3.6), Optional.of(Demand.TOTAL), OptionalDouble.empty(), OptionalInt.empty(), Optional.empty());
        List<TypeSpec> types = TypeSpecs.resolve(pack, Map.of("elder_care", settings), OptionalDouble.empty(), "grid.yaml");
        Facilities facilities = Facilities.builder(pack, "facilities.csv").add("E0", 0, 0, "elder_care", "E0", Double.NaN, 20).build();
        StreetNetwork network = b.build();
        return new Study("line", new NetworkTravelTimes(network), network, "line", cells, types, facilities, List.of(), null,
                List.of(), Double.NaN, List.of());
    }

    static SiteRequest mclp(String type, int p) {
        return SiteRequest.builder().type(type).model("mclp").p(p).solver("local").build();
    }

    static CandidatePoints candidates() {
        return new CandidatePoints("candidates.csv", new String[] {"c3", "c5", "c8"}, new double[3],
                new double[] {3 * D, 5 * D, 8 * D});
    }

    @Test
    void mclpMatchesTheHandCount() {
        SiteSelection siting = new SiteSelection(study());
        SiteOutcome one = siting.run(mclp("elder_care", 1), candidates(), SitingMonitor.NONE);
        assertArrayEquals(new String[] {"c8"}, one.result().selectedIds());
        assertEquals(30, one.result().coveredWeight(), 1e-9);
        assertEquals(66, one.result().totalWeight(), 1e-9);
        SiteOutcome two = siting.run(mclp("elder_care", 2), candidates(), SitingMonitor.NONE);
        assertArrayEquals(new String[] {"c8", "c5"}, two.result().selectedIds());
        assertArrayEquals(new double[] {27, 18}, two.result().marginalGain(), 1e-9);
        assertEquals(48, two.result().coveredWeight(), 1e-9);
        assertEquals(2, two.curve().size());
        assertEquals(30, two.curve().get(0).coveredWeight(), 1e-9);
        assertEquals(48, two.curve().get(1).coveredWeight(), 1e-9);
        assertEquals(1, two.existingCount());
        assertEquals("E0", two.id(two.result().existing()[0]));
    }

    @Test
    void lscpReachesTheTargetWithTwoSites() {
        SiteRequest request = SiteRequest.builder().type("elder_care").model("lscp").target(0.7).solver("local").build();
        SiteOutcome o = new SiteSelection(study()).run(request, candidates(), SitingMonitor.NONE);
        assertEquals(2, o.result().p());
        assertEquals(48, o.result().coveredWeight(), 1e-9);
    }

    @Test
    void pMedianMatchesABruteForceWalk() {
        // p-median searches 3 × 150 s: only c8 leaves no node beyond 450 s of E0 or itself, so it wins; its
        // objective is Σ (i + 1) · min(i, |i − 8|) · 100 s
        SiteRequest request = SiteRequest.builder().type("elder_care").model("pmedian").p(1).solver("local").build();
        SiteOutcome o = new SiteSelection(study()).run(request, candidates(), SitingMonitor.NONE);
        String best = null;
        double bestCost = Double.POSITIVE_INFINITY;
        for (int c : new int[] {3, 5, 8}) {
            double cost = 0;
            boolean all = true;
            for (int i = 0; i <= 10; i++) {
                double s = Math.min(i, Math.abs(i - c)) * 100.0;
                if (s > 450) all = false;
                cost += (i + 1) * s;
            }
            if (all && cost < bestCost) {
                bestCost = cost;
                best = "c" + c;
            }
        }
        assertEquals(best, o.result().selectedIds()[0]);
        assertEquals(bestCost, o.result().objective(), 1e-3);
    }

    @Test
    void exclusionPolygonRemovesCandidates() {
        GeometryFactory g = new GeometryFactory();
        Geometry aroundC8 = g.createPoint(new Coordinate(0, 8 * D)).buffer(D / 2);
        CandidatePoints left = candidates().without(List.of(aroundC8));
        assertEquals(2, left.size());
        SiteOutcome o = new SiteSelection(study()).run(mclp("elder_care", 1), left, SitingMonitor.NONE);
        assertArrayEquals(new String[] {"c5"}, o.result().selectedIds());
        assertEquals(3 + 18, o.result().coveredWeight(), 1e-9);
    }

    @Test
    void streetPointsInAreasAndGaps() {
        Study study = study();
        GeometryFactory g = new GeometryFactory();
        Geometry box = g.toGeometry(new org.locationtech.jts.geom.Envelope(-D, D, 2.6 * D, 5.4 * D));
        CandidatePoints inBox = CandidatePoints.inAreas(study.model(), List.of(box), 100, "areas.geojson");
        // street points at the edge midpoints (i + 0.5) D: 3.5 D and 4.5 D lie inside
        assertEquals(2, inBox.size());
        for (int i = 0; i < inBox.size(); i++) assertTrue(inBox.lat(i) > 2.6 * D && inBox.lat(i) < 5.4 * D);
        SiteSelection siting = new SiteSelection(study);
        TypeSpec type = siting.type("elder_care");
        FacilitySites existing = siting.existing("elder_care");
        var times = siting.evaluator().times(type, existing);
        CandidatePoints gaps = CandidatePoints.inGaps(study.model(), times, study.demand().values(type.demand()), 100, 60);
        // uncovered nodes 2 … 10; street points at edge midpoints (i + 0.5) D lie within 60 m of one for i = 1 … 9
        assertEquals(9, gaps.size());
    }

    @Test
    void cancellationStopsTheRun() {
        SitingMonitor cancelled = new SitingMonitor() {
            @Override
            public boolean cancelled() {
                return true;
            }

            @Override
            public void progress(double fraction, String message) {
            }
        };
        assertThrows(SitingCancelledException.class,
                () -> new SiteSelection(study()).run(mclp("elder_care", 1), candidates(), cancelled));
    }

    @Test
    void unknownTypeAndIdClashAreInputErrors() {
        SiteSelection siting = new SiteSelection(study());
        InputException e = assertThrows(InputException.class,
                () -> siting.run(mclp("fitness", 1), candidates(), SitingMonitor.NONE));
        assertEquals("type", e.source());
        CandidatePoints clash = new CandidatePoints("c.csv", new String[] {"E0"}, new double[1], new double[1]);
        assertThrows(InputException.class, () -> siting.run(mclp("elder_care", 1), clash, SitingMonitor.NONE));
    }
}
