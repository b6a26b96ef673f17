package org.lifecircle.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.Set;
import java.util.Locale;
import java.util.Map;
import org.lifecircle.coverage.Study;
import org.lifecircle.coverage.TypeSpec;
import org.lifecircle.io.InputException;
import org.lifecircle.planning.CandidatePolicy;
import org.lifecircle.planning.SiteOutcome;
import org.lifecircle.planning.SiteRequest;
import org.lifecircle.planning.SiteSelection;
import org.lifecircle.planning.SitingMonitor;
import org.lifecircle.project.ProjectLoader;
import org.lifecircle.siting.SitingResult;
import org.lifecircle.store.project.Project;
import org.lifecircle.store.result.SitingRunRecord;
import org.lifecircle.study.StudyLoader;

/**
 * {@code site --project FILE --type TYPE}: translates the flags into a {@link SiteRequest}, runs
 * the {@link SiteSelection} use case on the project with the type's existing facilities fixed, and
 * writes {@code result.json} (the use case's result), {@code sites.csv}, {@code curve.csv} and
 * {@code sites.geojson} (each through a temporary file), then saves the run in the workspace
 * (unless {@code --no-save}; see {@link WorkspaceOptions#saveAfterFiles}).
 */
final class ProjectSiteMode {

    /** Request fields whose flag is not {@code --} + the field. */
    private static final Map<String, String> FLAGS = Map.of("siteCapacity", "--site-capacity", "curveMax", "--curve-max",
            "timeLimitSeconds", "--time-limit", "spacingMeters", "--spacing");
    private static final Set<String> FIELDS = Set.of("type", "model", "p", "target", "siteCapacity", "curveMax", "solver",
            "timeLimitSeconds", "spacingMeters", "candidates");

    private final SiteCommand c;

    ProjectSiteMode(SiteCommand command) {
        this.c = command;
    }

    int run() throws IOException {
        if (c.out == null) throw InputException.of("--out", "an output folder is required");
        if (c.candidates != null && c.candidateAreas != null) {
            throw InputException.of("--candidates", "give --candidates or --candidate-areas, not both");
        }
        if (c.weights != null || c.capacities != null || c.existing != null) {
            throw InputException.of("--project", "--weights, --capacities and --existing belong to matrix mode");
        }
        SiteRequest request;
        Study study;
        try {
            CandidatePolicy policy = c.candidates != null ? CandidatePolicy.file(c.candidates)
                    : c.candidateAreas != null ? CandidatePolicy.areas(c.candidateAreas) : CandidatePolicy.gaps();
            request = SiteRequest.builder().type(c.type).model(c.model).p(c.p).target(c.target).siteCapacity(c.siteCapacity)
                    .curveMax(c.curveMax).solver(c.solver).timeLimitSeconds(c.timeLimit).seed(c.seed)
                    .candidates(policy.withCrs(c.crs).withExclusions(c.exclude)).spacingMeters(c.spacingMeters).build();
            study = StudyLoader.load(ProjectLoader.load(c.project));
            request.requireTypeIn(study.types().stream().map(TypeSpec::key).toList());
        } catch (InputException e) {
            throw flagged(e);
        }
        SiteSelection siting = new SiteSelection(study);
        SiteOutcome outcome;
        try {
            outcome = siting.run(request, SitingMonitor.NONE);
        } catch (InputException e) {
            throw flagged(e);
        }
        ObjectMapper json = new ObjectMapper();
        Files.createDirectories(c.out);
        SiteCommand.writeAtomically(c.out.resolve("result.json"),
                json.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(outcome.report()) + "\n");
        SiteCommand.writeAtomically(c.out.resolve("sites.csv"), sitesCsv(outcome));
        SiteCommand.writeAtomically(c.out.resolve("curve.csv"), SiteCommand.curveCsv(outcome.curve()));
        SiteCommand.writeAtomically(c.out.resolve("sites.geojson"),
                SiteCommand.sitesGeoJson(outcome.result(), outcome::id, column -> new double[] {outcome.lon(column), outcome.lat(column)}));
        SitingResult r = outcome.result();
        TypeSpec type = siting.type(request.type());
        c.spec.commandLine().getOut().printf(Locale.ROOT, "%s %s (%s): %d new sites of %d candidates, covered %.1f %% of"
                + " %s demand (%s) -> %s%n", c.type, outcome.model().key(), r.solver(), r.p(), outcome.candidateCount(),
                100 * r.coveredShare(), type.demand().name().toLowerCase(Locale.ROOT),
                outcome.networkBased() ? "network" : "straight line", c.out);
        if (c.noSave) return 0;
        return c.workspace.saveAfterFiles(c.spec, ws -> {
            Project project = ws.projects().findOrCreate(study.name(), ImportCommand.definition(c.project));
            SitingRunRecord saved = ws.sitingRuns().save(project.id(), outcome.record(null));
            return String.format(Locale.ROOT, "saved siting run %d of project '%s'", saved.id(), project.name());
        });
    }

    /** The error with the request field named as its flag; a file name stays as it is. */
    private static InputException flagged(InputException e) {
        String field = e.source();
        return FIELDS.contains(field) ? InputException.of(FLAGS.getOrDefault(field, "--" + field), e.reason()) : e;
    }

    private static String sitesCsv(SiteOutcome o) {
        StringBuilder sb = new StringBuilder("id,lon,lat,order,existing,marginal_gain,covered_weight\n");
        SitingResult r = o.result();
        int[] existing = r.existing();
        for (int k = 0; k < existing.length; k++) {
            row(sb, o, existing[k], 0, true, Double.NaN, r.existingWeight()[k]);
        }
        for (int k = 0; k < r.p(); k++) row(sb, o, r.selected()[k], k + 1, false, r.marginalGain()[k], r.siteWeight()[k]);
        return sb.toString();
    }

    private static void row(StringBuilder sb, SiteOutcome o, int column, int order, boolean existing, double gain,
            double weight) {
        sb.append(SiteCommand.csv(o.id(column))).append(',').append(String.format(Locale.ROOT, "%.7f,%.7f", o.lon(column),
                o.lat(column))).append(',').append(order).append(',').append(existing).append(',')
                .append(SiteCommand.num(gain)).append(',').append(SiteCommand.num(weight)).append('\n');
    }
}
