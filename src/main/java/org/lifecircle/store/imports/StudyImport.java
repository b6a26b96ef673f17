package org.lifecircle.store.imports;

import java.util.ArrayList;
import java.util.List;
import org.lifecircle.coverage.Evaluation;
import org.lifecircle.coverage.Study;
import org.lifecircle.scenario.Scenario;
import org.lifecircle.store.Workspace;
import org.lifecircle.store.layer.Layer;
import org.lifecircle.store.layer.LayerInfo;
import org.lifecircle.store.layer.PopulationGrid;
import org.lifecircle.store.project.Project;
import org.lifecircle.store.result.EvaluationRecord;
import org.lifecircle.store.scenario.ScenarioRecord;

/**
 * Puts a loaded project into a workspace: the project row (its YAML as the definition, updated
 * when it changed), its layers ({@link StudyLayers}, each replacing the layer of that name in one
 * transaction), and evaluations saved against the project's {@value #BASELINE} scenario (the
 * imported facilities, no edits). Cost O(layer features) per import.
 */
public final class StudyImport {

    /** Name of the scenario that stands for the project's own facilities. */
    public static final String BASELINE = "baseline";

    /** The project row and the layers written, in writing order. */
    public record Result(Project project, List<LayerInfo> layers) {
    }

    private StudyImport() {
    }

    /**
     * Saves the project and its layers; the network's edges only when {@code withNetwork} (they
     * can be many, and the network file stays the source the engines read).
     */
    public static Result save(Workspace ws, String definition, Study study, boolean withNetwork) {
        Project project = ws.projects().findOrCreate(study.name(), definition);
        if (!project.definition().equals(definition)) {
            project = ws.projects().updateDefinition(project.id(), project.version(), definition);
        }
        long id = project.id();
        List<LayerInfo> written = new ArrayList<>();
        written.add(ws.layers().save(id, StudyLayers.facilities(study)));
        PopulationGrid grid = StudyLayers.populationGrid(study.demand());
        written.add(grid != null
                ? ws.layers().saveGrid(id, StudyLayers.POPULATION, study.demand().source(), grid)
                : ws.layers().save(id, StudyLayers.populationPoints(study.demand())));
        Layer villages = StudyLayers.villages(study);
        if (villages != null) written.add(ws.layers().save(id, villages));
        for (Layer units : StudyLayers.units(study)) written.add(ws.layers().save(id, units));
        if (withNetwork) {
            Layer network = StudyLayers.network(study);
            if (network != null) written.add(ws.layers().save(id, network));
        }
        return new Result(project, written);
    }

    /** Saves {@code evaluation} for the project's baseline scenario, created on first use. */
    public static EvaluationRecord saveEvaluation(Workspace ws, long projectId, Evaluation evaluation) {
        ScenarioRecord baseline = ws.scenarios().find(projectId, BASELINE)
                .orElseGet(() -> ws.scenarios().create(projectId, BASELINE, Scenario.of(StudyLayers.FACILITIES)));
        return ws.evaluations().save(baseline.id(),
                EvaluationRecords.of(evaluation, baseline.version(), StudyLayers.POPULATION));
    }
}
