package org.lifecircle.web.session;

import java.nio.file.Path;
import java.util.ArrayList;
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
import org.lifecircle.network.traveltime.NetworkTravelTimes;
import org.lifecircle.population.UnitAssignment;
import org.lifecircle.project.Project;
import org.lifecircle.project.ProjectLoader;
import org.lifecircle.web.project.MapLayer;

/**
 * One open project as the web layer holds it: the project file, the loaded {@link Study}, the
 * {@link StudyEvaluator} (cells located and assigned to units once), the baseline
 * {@link Evaluation} and the map layers. Opening costs the readers plus one evaluation
 * (one multi-source search per type); afterwards a type re-evaluates after an edit with one
 * search ({@link #evaluateType}). Immutable and thread-safe to share between requests.
 */
public final class ProjectSession {

    private final Project project;
    private final Study study;
    private final StudyEvaluator evaluator;
    private final Evaluation baseline;
    private final List<MapLayer> layers;
    private Snapper snapper;

    private ProjectSession(Project project, Study study, StudyEvaluator evaluator, Evaluation baseline,
            List<MapLayer> layers) {
        this.project = project;
        this.study = study;
        this.evaluator = evaluator;
        this.baseline = baseline;
        this.layers = List.copyOf(layers);
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
     * plus O(cells) sums — what the map needs after a facility is added, moved or removed.
     */
    public EditedCoverage coverageWith(String typeKey, FacilitySites sites) {
        TypeSpec type = study.type(typeKey);
        TypeTimes times = evaluator.evaluator().times(type, sites);
        List<CoverageTally> byLevel = new ArrayList<>();
        for (UnitAssignment a : evaluator.assignments()) {
            byLevel.add(CoverageTally.count(times, type.thresholdSeconds(), a.unitOfCell(), a.units().size()));
        }
        return new EditedCoverage(times, CoverageTally.count(times, type.thresholdSeconds()).overall(), byLevel);
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
}
