package org.lifecircle.web.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lifecircle.coverage.Counts;
import org.lifecircle.coverage.Evaluation;
import org.lifecircle.coverage.PlaceCoverage;
import org.lifecircle.coverage.PointReach;
import org.lifecircle.coverage.Study;
import org.lifecircle.coverage.TypeResult;
import org.lifecircle.coverage.TypeSpec;
import org.lifecircle.population.AdminUnits;
import org.lifecircle.web.project.ProjectService;
import org.lifecircle.web.session.ProjectSession;
import org.lifecircle.web.session.SessionHolder;
import org.lifecircle.web.session.SessionProject;

/**
 * The analysis service over the coverage engine: coverage per type and admin unit and village
 * service come from the session's baseline {@link Evaluation} (O(types × units) to format); the
 * point check runs {@code CoverageEvaluator.reach}, one bounded search per type, with the
 * facilities' network locations kept in the session, and finds the unit and village through the
 * study's spatial index (O(log vertices)). Without a loaded
 * session every answer is not computed (computing while the project loads).
 */
public final class EngineAnalysis implements AnalysisService {

    /** The time bands of the point check, minutes. */
    static final double[] BANDS_MINUTES = {5, 10, 15};

    private final SessionHolder holder;
    private final UncomputedAnalysis uncomputed;

    public EngineAnalysis(SessionHolder holder, ProjectService project) {
        this.holder = holder;
        this.uncomputed = new UncomputedAnalysis(project);
    }

    private AnalysisStatus pending() {
        return holder.state() == SessionHolder.State.LOADING ? AnalysisStatus.COMPUTING : AnalysisStatus.NOT_COMPUTED;
    }

    private String pendingMessage() {
        return holder.state() == SessionHolder.State.NONE ? UncomputedAnalysis.MESSAGE : holder.status();
    }

    @Override
    public CoverageReport coverage() {
        Optional<ProjectSession> s = holder.session();
        if (s.isEmpty()) {
            return new CoverageReport(pending(), pendingMessage(), null, List.of(), List.of(), List.of());
        }
        Evaluation e = s.get().baseline();
        List<CoverageReport.TypeCoverage> types = new ArrayList<>();
        for (TypeResult r : e.types()) {
            Counts c = r.overall();
            Double target = SessionProject.populationTarget(r.type());
            Double share = finite(c.share());
            types.add(new CoverageReport.TypeCoverage(r.type().key(), r.type().thresholdMinutes(), c.demand(),
                    c.demandCovered(), share, target, target == null || share == null ? null : share >= target - 1e-12));
        }
        List<CoverageReport.LevelCoverage> levels = new ArrayList<>();
        Study study = s.get().study();
        for (int l = 0; l < study.unitLevels().size(); l++) {
            AdminUnits level = study.unitLevels().get(l).units();
            List<CoverageReport.UnitCoverage> units = new ArrayList<>();
            for (int u = 0; u < level.size(); u++) {
                Map<String, CoverageReport.Share> byType = new LinkedHashMap<>();
                for (TypeResult r : e.types()) {
                    Counts c = r.byLevel().get(l).group(u);
                    byType.put(r.type().key(), new CoverageReport.Share(c.demand(), c.demandCovered(), finite(c.share())));
                }
                units.add(new CoverageReport.UnitCoverage(level.id(u), level.name(u), byType));
            }
            levels.add(new CoverageReport.LevelCoverage(study.unitLevels().get(l).level(), units));
        }
        List<CoverageReport.UnitCoverage> units = levels.isEmpty() ? List.of() : levels.get(0).units();
        return new CoverageReport(AnalysisStatus.COMPUTED, null, e.travelTime(), types, units, levels);
    }

    @Override
    public PointCheck check(double lon, double lat, ProjectSession.FacilitySets sites) {
        Optional<ProjectSession> s = holder.session();
        if (s.isEmpty()) {
            PointCheck raw = uncomputed.check(lon, lat);
            return new PointCheck(lon, lat, pending(), pendingMessage(), null, raw.unit(), raw.village(), List.of());
        }
        ProjectSession session = s.get();
        ProjectSession.FacilitySets facilities = sites == null ? session.baselineSets() : sites;
        PointReach reach = session.evaluator().evaluator().reach(lon, lat, session.study().types(), facilities.byType(),
                session.siteLocations(facilities.key(), facilities.byType()), BANDS_MINUTES);
        return of(session.study(), reach, place("units", session.unitAt(lon, lat)), place("villages", session.villageAt(lon, lat)));
    }

    /** The point check's answer from the engine's reach and the unit and village found. */
    public static PointCheck of(Study study, PointReach reach, Place unit, Place village) {
        List<PointCheck.TypeCheck> types = new ArrayList<>();
        for (int t = 0; t < reach.types().size(); t++) {
            PointReach.TypeReach r = reach.types().get(t);
            TypeSpec spec = study.types().get(t);
            List<PointCheck.ReachableFacility> reachable = new ArrayList<>();
            for (PointReach.Reached f : r.reached()) {
                int band = Double.isNaN(f.bandMinutes()) ? (int) Math.ceil(spec.thresholdMinutes()) : (int) f.bandMinutes();
                reachable.add(new PointCheck.ReachableFacility(f.id(), f.name(), f.seconds(), f.meters(), band));
            }
            types.add(new PointCheck.TypeCheck(r.typeKey(), spec.thresholdMinutes(),
                    Double.isFinite(r.nearestSeconds()) ? r.nearestSeconds() : null, r.covered(), reachable));
        }
        String message = reach.onNetwork() ? null
                : "the point is farther than the maximum snap distance from the road network: it reaches no facility";
        return new PointCheck(reach.lon(), reach.lat(), AnalysisStatus.COMPUTED, message,
                reach.networkBased() ? "network" : "straight-line", unit, village, types);
    }

    private static Place place(String layer, Optional<ProjectSession.Found> found) {
        return found.map(f -> new Place(layer, f.id(), f.name())).orElse(null);
    }

    @Override
    public VillageCoverage villages() {
        Optional<ProjectSession> s = holder.session();
        if (s.isEmpty()) return new VillageCoverage(pending(), pendingMessage(), null, null, List.of());
        Evaluation e = s.get().baseline();
        Study study = s.get().study();
        if (study.villages() == null) {
            return new VillageCoverage(AnalysisStatus.COMPUTED, "the project has no villages", e.travelTime(), null, List.of());
        }
        List<PlaceCoverage.Result> required = new ArrayList<>();
        for (TypeResult r : e.types()) {
            if (r.villages() != null) required.add(r.villages());
        }
        List<VillageCoverage.Village> villages = new ArrayList<>();
        int full = 0;
        for (int p = 0; p < study.villages().size(); p++) {
            Map<String, Boolean> covered = new LinkedHashMap<>();
            boolean all = true;
            for (PlaceCoverage.Result r : required) {
                boolean served = r.places().get(p).served();
                covered.put(r.typeKey(), served);
                all &= served;
            }
            if (all) full++;
            villages.add(new VillageCoverage.Village(study.villages().id(p), study.villages().name(p), covered, all));
        }
        Double share = villages.isEmpty() ? null : (double) full / villages.size();
        return new VillageCoverage(AnalysisStatus.COMPUTED, null, e.travelTime(), share, villages);
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
