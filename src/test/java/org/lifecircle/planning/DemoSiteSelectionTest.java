package org.lifecircle.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lifecircle.coverage.FacilitySites;
import org.lifecircle.coverage.Study;
import org.lifecircle.coverage.TypeSpec;
import org.lifecircle.coverage.TypeTimes;
import org.lifecircle.project.ProjectLoader;
import org.lifecircle.scenario.ScenarioEdits;
import org.lifecircle.siting.SitingResult;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * FEATURE UNDER TEST: project-mode siting on the demo town ({@code gis-data/}). The reference is
 * the coverage engine itself: the type's facilities plus the chosen sites, evaluated with one
 * multi-source search, must cover exactly the weight the siting run reports, and the coverage
 * curve must agree point by point with that recount for its greedy prefixes.
 */
class DemoSiteSelectionTest {

    static Study study;
    static SiteSelection siting;

    @BeforeAll
    static void load() {
        study = org.lifecircle.study.StudyLoader.load(ProjectLoader.load(Path.of("gis-data/project.yaml")));
        siting = new SiteSelection(study);
    }

    /** Weight of the type's demand covered by the facilities plus the outcome's new sites, by the coverage engine. */
    static double recount(SiteOutcome o, int newSites) {
        TypeSpec type = siting.type(o.type());
        FacilitySites sites = siting.existing(o.type());
        for (int k = 0; k < newSites; k++) {
            int column = o.selectedColumn(k);
            sites = ScenarioEdits.edited(sites, ScenarioEdits.add(sites, o.id(column), o.lon(column), o.lat(column)));
        }
        TypeTimes times = siting.evaluator().times(type, sites);
        double[] w = study.demand().values(type.demand());
        double covered = 0;
        for (int c = 0; c < times.size(); c++) {
            if (times.covered(c)) covered += w[c];
        }
        return covered;
    }

    @Test
    void mclpOnTheDemoCandidatesCoversWhatTheCoverageEngineCounts() {
        CandidatePoints candidates = CandidatePoints.read(Path.of("gis-data/candidates.csv"), null);
        for (String type : List.of("elder_care", "fitness")) {
            SiteRequest request = SiteRequest.builder().type(type).model("mclp").p(5).curveMax(8).solver("local").build();
            SiteOutcome o = siting.run(request, candidates, SitingMonitor.NONE);
            SitingResult r = o.result();
            assertEquals(5, r.p());
            double recounted = recount(o, 5);
            assertEquals(recounted, r.coveredWeight(), 1e-6 * recounted, type);
            assertEquals(study.demand().total(siting.type(type).demand()), r.totalWeight(), 1e-6 * r.totalWeight(), type);
            assertEquals(recount(o, 0), r.coveredWeight() - sum(r.marginalGain()), 1e-6 * recounted, type + " baseline");
            assertEquals(8, o.curve().size());
            for (int k = 0; k < o.curve().size(); k++) {
                assertTrue(k == 0 || o.curve().get(k).coveredWeight() >= o.curve().get(k - 1).coveredWeight() - 1e-9, type);
            }
            assertTrue(o.curve().get(4).coveredWeight() <= r.coveredWeight() + 1e-6, type + ": curve p = 5 above the run");
        }
    }

    @Test
    void lscpOnGapCandidatesReachesItsTargetByRecount() {
        TypeSpec type = siting.type("clinic");
        TypeTimes before = siting.evaluator().times(type, siting.existing("clinic"));
        double[] w = study.demand().values(type.demand());
        CandidatePoints gaps = CandidatePoints.inGaps(study.model(), before, w, 200, 100);
        assertTrue(gaps.size() > 0);
        SiteRequest request = SiteRequest.builder().type("clinic").model("lscp").target(0.9).solver("greedy").build();
        SiteOutcome o = siting.run(request, gaps, SitingMonitor.NONE);
        double recounted = recount(o, o.result().p());
        assertEquals(recounted, o.result().coveredWeight(), 1e-6 * recounted);
        assertTrue(recounted >= 0.9 * o.result().totalWeight() - 1e-6, recounted + " of " + o.result().totalWeight());
    }

    @Test
    void excludedAreasHoldNoChosenSite() {
        CandidatePoints candidates = CandidatePoints.read(Path.of("gis-data/candidates.csv"), null);
        SiteRequest request = SiteRequest.builder().type("elder_care").model("mclp").p(3).solver("local").build();
        SiteOutcome first = siting.run(request, candidates, SitingMonitor.NONE);
        GeometryFactory g = new GeometryFactory();
        Set<String> firstIds = new HashSet<>(List.of(first.result().selectedIds()));
        int column = first.selectedColumn(0);
        Geometry around = g.createPoint(new Coordinate(first.lon(column), first.lat(column))).buffer(0.0005);
        CandidatePoints left = candidates.without(List.of(around));
        assertTrue(left.size() < candidates.size());
        SiteOutcome second = siting.run(request, left, SitingMonitor.NONE);
        for (int k = 0; k < second.result().p(); k++) {
            int c = second.selectedColumn(k);
            assertTrue(!around.covers(g.createPoint(new Coordinate(second.lon(c), second.lat(c)))));
        }
        assertTrue(!Set.of(second.result().selectedIds()).contains(first.id(column)), firstIds.toString());
        assertEquals(recount(second, 3), second.result().coveredWeight(), 1e-6 * second.result().coveredWeight());
    }

    private static double sum(double[] values) {
        double s = 0;
        for (double v : values) s += v;
        return s;
    }
}
