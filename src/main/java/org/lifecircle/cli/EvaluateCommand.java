package org.lifecircle.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.lifecircle.coverage.Counts;
import org.lifecircle.coverage.CoverageEvaluator;
import org.lifecircle.coverage.Evaluation;
import org.lifecircle.coverage.Study;
import org.lifecircle.coverage.StudyEvaluator;
import org.lifecircle.study.StudyLoader;
import org.lifecircle.coverage.TargetProgress;
import org.lifecircle.coverage.TypeResult;
import org.lifecircle.coverage.report.EvaluationOutputs;
import org.lifecircle.io.InputException;
import org.lifecircle.project.Project;
import org.lifecircle.project.ProjectLoader;
import org.lifecircle.store.imports.StudyImport;
import org.lifecircle.store.result.EvaluationRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code evaluate}: coverage of every facility type of a project (DESIGN.md): writes
 * summary.json, cells.csv, villages.csv, gaps.geojson, catchments.geojson and report.html into
 * {@code --out}, prints one line per type, and saves the project's layers and the evaluation of
 * its baseline scenario in the workspace (unless {@code --no-save}). The files come first: when
 * the default workspace cannot be written the command says so and still succeeds; a store named
 * with {@code --store} that fails is an error (exit 1).
 */
@Command(name = "evaluate", description = {
    "Evaluate life-circle coverage of a project: time from every demand cell to the nearest facility of",
    "each type, coverage by type and admin unit, gaps, village coverage, per-capita standards, catchments",
    "and 2SFCA. Writes summary.json, cells.csv, villages.csv, gaps.geojson, catchments.geojson, report.html,",
    "and saves the project and the evaluation in the workspace (embedded H2GIS by default, or --store)."})
final class EvaluateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--project", required = true, description = "Project file (YAML).")
    Path project;

    @Option(names = "--out", required = true, description = "Output folder (created when missing).")
    Path out;

    @Option(names = "--max-gaps", defaultValue = "100",
            description = "Largest gaps per type written with polygons (default: ${DEFAULT-VALUE}; 0 = all).")
    int maxGaps;

    @Option(names = "--search-minutes",
            description = "Search on to this many minutes when it is more than a type's threshold (default: each type's "
                    + "search stops at its threshold, and cells.csv leaves the time empty for cells beyond it).")
    Double searchMinutes;

    @Option(names = "--no-save", description = "Do not save the project and the evaluation in the workspace.")
    boolean noSave;

    @Mixin
    WorkspaceOptions workspace;

    @Override
    public Integer call() {
        if (Files.exists(out) && !Files.isDirectory(out)) throw InputException.of(out.toString(), "--out must be a folder, this is a file");
        if (maxGaps < 0) throw InputException.of("--max-gaps", "must be ≥ 0");
        if (searchMinutes != null && !(searchMinutes > 0)) throw InputException.of("--search-minutes", "must be > 0");
        long started = System.nanoTime();
        Project p = ProjectLoader.load(project);
        Study study = StudyLoader.load(p);
        long loaded = System.nanoTime();
        StudyEvaluator.Options options = new StudyEvaluator.Options(maxGaps, true,
                searchMinutes == null ? CoverageEvaluator.THRESHOLD : searchMinutes * 60);
        Evaluation e = new StudyEvaluator(study, options).evaluate();
        List<Path> files = EvaluationOutputs.writeAll(e, out);
        long done = System.nanoTime();

        PrintWriter w = spec.commandLine().getOut();
        w.printf(Locale.ROOT, "%s: %,d demand cells, travel time %s (%s)%n", study.name(), study.demand().size(),
                e.travelTime(), study.networkSource());
        if (e.offNetworkCells() > 0) {
            w.printf(Locale.ROOT, "  %,d cells beyond the snap distance (%,.0f people) count as not covered%n",
                    e.offNetworkCells(), e.offNetworkPopulation());
        }
        for (TypeResult r : e.types()) {
            Counts c = r.overall();
            w.printf(Locale.ROOT, "  %-20s %5s min  %,12.0f of %,12.0f %s covered  %6.1f %%  %d facilities, %d gaps%n",
                    r.type().key(), trim(r.type().thresholdMinutes()), c.demandCovered(), c.demand(),
                    r.type().demand().nameEn(), c.share() * 100, r.sites().size(), r.gaps().gapCount());
            for (TargetProgress t : r.targets()) {
                if (Double.isNaN(t.achieved())) continue;
                w.printf(Locale.ROOT, "  %-20s target %s %.0f %%%s: %s%n", "", t.scope().name().toLowerCase(Locale.ROOT),
                        t.targetShare() * 100, t.year().isPresent() ? " by " + t.year().getAsInt() : "",
                        t.met() ? "met" : String.format(Locale.ROOT, "short (%.1f %%)", t.achieved() * 100));
            }
        }
        for (String note : study.notes()) w.println("  note: " + note);
        w.printf(Locale.ROOT, "wrote %d files to %s (load %.1f s, evaluate and write %.1f s)%n", files.size(), out,
                (loaded - started) / 1e9, (done - loaded) / 1e9);
        w.flush();
        return noSave ? 0 : save(study, e);
    }

    private int save(Study study, Evaluation e) {
        return workspace.saveAfterFiles(spec, ws -> {
            StudyImport.Result r = StudyImport.save(ws, ImportCommand.definition(project), study, false);
            EvaluationRecord saved = StudyImport.saveEvaluation(ws, r.project().id(), e);
            return String.format(Locale.ROOT, "saved evaluation %d of project '%s', scenario %s", saved.id(),
                    r.project().name(), StudyImport.BASELINE);
        });
    }

    private static String trim(double minutes) {
        return minutes == Math.rint(minutes) ? Long.toString((long) minutes) : String.format(Locale.ROOT, "%.1f", minutes);
    }
}
