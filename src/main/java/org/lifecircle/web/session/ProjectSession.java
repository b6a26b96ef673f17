package org.lifecircle.web.session;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ObjDoubleConsumer;
import org.lifecircle.coverage.Evaluation;
import org.lifecircle.coverage.FacilitySites;
import org.lifecircle.coverage.Study;
import org.lifecircle.coverage.StudyEvaluator;
import org.lifecircle.coverage.TypeResult;
import org.lifecircle.coverage.TypeSpec;
import org.lifecircle.network.StreetNetwork;
import org.lifecircle.network.traveltime.NetworkTravelTimes;
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
        Study study = StudyAssembly.load(project);
        progress.accept("locating demand cells on the network", 0.45);
        StudyEvaluator evaluator = new StudyEvaluator(study, StudyEvaluator.Options.defaults());
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
