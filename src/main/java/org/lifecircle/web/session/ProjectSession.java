package org.lifecircle.web.session;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ObjDoubleConsumer;
import org.lifecircle.coverage.Counts;
import org.lifecircle.coverage.CoverageTally;
import org.lifecircle.coverage.Evaluation;
import org.lifecircle.coverage.FacilitySites;
import org.lifecircle.coverage.Study;
import org.lifecircle.coverage.StudyEvaluator;
import org.lifecircle.study.StudyLoader;
import org.lifecircle.coverage.TypeResult;
import org.lifecircle.coverage.TypeSpec;
import org.lifecircle.coverage.TypeTimes;
import org.lifecircle.network.StreetNetwork;
import org.lifecircle.network.linking.Snapper;
import org.lifecircle.network.traveltime.Locations;
import org.lifecircle.network.traveltime.NetworkTravelTimes;
import org.lifecircle.population.UnitLocator;
import org.lifecircle.project.Project;
import org.lifecircle.project.ProjectLoader;
import org.lifecircle.scenario.LruCache;
import org.lifecircle.scenario.ScenarioEvaluator;
import org.lifecircle.scenario.TypeCoverage;
import org.lifecircle.web.project.MapLayer;

/**
 * One open project as the web layer holds it: the project file, the loaded {@link Study}, the
 * {@link StudyEvaluator} (cells located and assigned to units once), the baseline
 * {@link Evaluation} and the map layers. Opening costs the readers plus one evaluation
 * (one multi-source search per type); afterwards a type re-evaluates after an edit with one
 * search ({@link #evaluateType}). Scenario coverage goes through {@link #scenarios()}; the point
 * check reads the facilities' network locations from {@link #siteLocations} (snapped once per
 * facility set, LRU of {@value #LOCATED_SETS} sets, a scenario's dropped on its edit) and the
 * unit and village from the evaluator's spatial index. Thread-safe to share between requests.
 */
public final class ProjectSession {

    private final Project project;
    private final Study study;
    private final StudyEvaluator evaluator;
    private final Evaluation baseline;
    private final List<MapLayer> layers;
    private final ScenarioEvaluator scenarios;
    private final LruCache<String, Map<String, Locations>> located = new LruCache<>(LOCATED_SETS);
    private Snapper snapper;
    private UnitLocator villageLocator;

    /** Facility sets (the baseline, scenario versions) whose network locations are kept for the point check. */
    static final int LOCATED_SETS = 16;

    private ProjectSession(Project project, Study study, StudyEvaluator evaluator, Evaluation baseline,
            List<MapLayer> layers) {
        this.project = project;
        this.study = study;
        this.evaluator = evaluator;
        this.baseline = baseline;
        this.layers = List.copyOf(layers);
        this.scenarios = new ScenarioEvaluator(evaluator, baseline, ScenarioEvaluator.DEFAULT_CACHE_ENTRIES);
    }

    /**
     * Reads the project file and its datasets, evaluates the baseline and builds the map layers.
     * Bad input throws {@link org.lifecircle.io.InputException} naming the file and row / feature.
     *
     * @param progress receives a short message and the fraction done (0–1) at each step
     */
    public static ProjectSession open(Path projectFile, ObjDoubleConsumer<String> progress) {
        progress.accept("reading " + projectFile.getFileName(), 0.02);
        Project project = ProjectLoader.load(projectFile);
        progress.accept("reading population, facilities, roads, units and villages", 0.1);
        Study study = StudyLoader.load(project);
        progress.accept("locating demand cells on the network", 0.45);
        StudyEvaluator evaluator = new StudyEvaluator(study, new StudyEvaluator.Options(50, false, Double.POSITIVE_INFINITY));
        progress.accept("evaluating coverage of " + study.types().size() + " facility types", 0.6);
        Evaluation baseline = evaluator.evaluate();
        progress.accept("preparing map layers", 0.85);
        List<MapLayer> layers = SessionLayers.build(project, study, baseline);
        progress.accept("ready", 1.0);
        return new ProjectSession(project, study, evaluator, baseline, layers);
    }

    public Project project() {
        return project;
    }

    public Study study() {
        return study;
    }

    public StudyEvaluator evaluator() {
        return evaluator;
    }

    /** The evaluation of the project's own facilities. */
    public Evaluation baseline() {
        return baseline;
    }

    /** Map layers in drawing order (bottom first). */
    public List<MapLayer> layers() {
        return layers;
    }

    /** The street network behind the travel times; empty for the straight-line fallback. */
    public Optional<StreetNetwork> network() {
        return study.model() instanceof NetworkTravelTimes n ? Optional.of(n.network()) : Optional.empty();
    }

    /** A snapper over the street network, built on first use (O(E) once) and kept. */
    public synchronized Optional<Snapper> snapper() {
        if (snapper == null && network().isPresent()) snapper = new Snapper(network().get());
        return Optional.ofNullable(snapper);
    }

    /** The project's default walking speed (km/h). */
    public double speedKmh() {
        return project.speedKmh().orElse(Project.DEFAULT_SPEED_KMH);
    }

    /**
     * Coverage of one type with an edited facility set, overall and per unit of each unit level,
     * without gaps, catchments or 2SFCA: the cells stay located, so this is one multi-source search
     * plus the scenario use case's per-level tally ({@link ScenarioEvaluator#coverage}), O(cells × levels) —
     * what the map needs after a facility is added, moved or removed.
     */
    public EditedCoverage coverageWith(String typeKey, FacilitySites sites) {
        TypeSpec type = study.type(typeKey);
        TypeTimes times = evaluator.evaluator().times(type, sites);
        TypeCoverage coverage = scenarios.coverage(type, times);
        return new EditedCoverage(times, coverage.overall(), coverage.byLevel());
    }

    /** See {@link #coverageWith}: times per cell, overall counts, and one tally per unit level. */
    public record EditedCoverage(TypeTimes times, Counts overall, List<CoverageTally> byLevel) {
    }

    public Optional<TypeSpec> type(String key) {
        return study.types().stream().filter(t -> t.key().equals(key)).findFirst();
    }

    /** The project's facilities of one evaluated type (the baseline set). */
    public FacilitySites sites(String typeKey) {
        return baseline.type(typeKey).sites();
    }

    /** The baseline facility sets of every evaluated type, by key, in the project's order. */
    public Map<String, FacilitySites> baselineSites() {
        Map<String, FacilitySites> out = new LinkedHashMap<>();
        for (TypeResult r : baseline.types()) out.put(r.type().key(), r.sites());
        return out;
    }

    /** Re-evaluates one type with an edited facility set: one multi-source search plus O(cells) sums. */
    public TypeResult evaluateType(String typeKey, FacilitySites sites) {
        return evaluator.evaluateType(study.type(typeKey), sites);
    }

    /** The facilities of every evaluated type in one facility set, by type key, under its cache key. */
    public record FacilitySets(String key, Map<String, FacilitySites> byType) {
    }

    /** The project's own facilities as a {@link FacilitySets}. */
    public FacilitySets baselineSets() {
        return new FacilitySets(ScenarioEvaluator.BASELINE, baselineSites());
    }

    /** Scenario coverage, comparison and accepted sites over this session's study (evaluations cached). */
    public ScenarioEvaluator scenarios() {
        return scenarios;
    }

    /**
     * The network locations of each type's facilities in {@code sites}, located once per {@code key}
     * ("baseline" or "scenario id @ version": a key always names the same sets) and kept in an LRU.
     */
    public Map<String, Locations> siteLocations(String key, Map<String, FacilitySites> sites) {
        return located.get(key, k -> {
            Map<String, Locations> out = new LinkedHashMap<>();
            for (Map.Entry<String, FacilitySites> e : sites.entrySet()) {
                out.put(e.getKey(), evaluator.evaluator().locate(e.getValue()));
            }
            return Map.copyOf(out);
        });
    }

    /** Drops the kept facility locations of every version of one scenario (after it is edited). */
    public void forgetScenarioSites(long scenarioId) {
        located.removeIf(k -> k.startsWith(scenarioId + "@"));
    }

    /** How many facility sets have their locations kept now. */
    public int locatedSets() {
        return located.size();
    }

    /** A polygon a point falls in: its id and name. */
    public record Found(String id, String name) {
    }

    /**
     * The admin unit holding (lon, lat): the first level read from the units file (as listed
     * there) with a unit holding the point, so a rural point outside every community gets its
     * township; empty when none or without units.
     */
    public Optional<Found> unitAt(double lon, double lat) {
        List<Study.UnitLevel> levels = study.unitLevels();
        if (levels.isEmpty()) return Optional.empty();
        String file = levels.get(0).units().source();
        List<UnitLocator> locators = evaluator.locators();
        for (int l = 0; l < levels.size(); l++) {
            if (!levels.get(l).units().source().equals(file)) continue;
            int u = locators.get(l).locate(lon, lat);
            if (u >= 0) return Optional.of(new Found(levels.get(l).units().id(u), levels.get(l).units().name(u)));
        }
        return Optional.empty();
    }

    /** The village polygon holding (lon, lat); empty when none or when villages are points. */
    public Optional<Found> villageAt(double lon, double lat) {
        int v = villageLocator() == null ? -1 : villageLocator().locate(lon, lat);
        return v < 0 ? Optional.empty() : Optional.of(new Found(study.villages().id(v), study.villages().name(v)));
    }

    private synchronized UnitLocator villageLocator() {
        if (villageLocator == null && study.villages() != null && study.villages().polygons()) {
            List<Study.UnitLevel> levels = study.unitLevels();
            for (int l = 0; l < levels.size(); l++) {
                if (levels.get(l).level().equals("village") && levels.get(l).units().source().equals(study.villages().source())) {
                    villageLocator = evaluator.locators().get(l);
                }
            }
            if (villageLocator == null) villageLocator = new UnitLocator(study.villages().geometries());
        }
        return villageLocator;
    }
}
