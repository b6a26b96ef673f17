package org.lifecircle.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lifecircle.coverage.Study;
import org.lifecircle.study.StudyLoader;
import org.lifecircle.coverage.TypeSpec;
import org.lifecircle.io.InputException;
import org.lifecircle.io.VectorFeature;
import org.lifecircle.io.VectorReader;
import org.lifecircle.project.ProjectLoader;
import org.lifecircle.siting.SitingResult;
import org.lifecircle.siting.SolveOptions;
import org.lifecircle.siting.SolverKind;
import org.lifecircle.siting.adapter.CandidatePoints;
import org.lifecircle.siting.adapter.ProjectSiting;
import org.lifecircle.siting.adapter.SiteOutcome;
import org.lifecircle.siting.adapter.SiteReport;
import org.lifecircle.siting.adapter.SiteRequest;
import org.lifecircle.siting.adapter.SitingMonitor;
import org.lifecircle.store.imports.SitingRuns;
import org.lifecircle.store.project.Project;
import org.lifecircle.store.result.SitingRunRecord;
import org.locationtech.jts.geom.Geometry;

/**
 * {@code site --project FILE --type TYPE}: loads the project, builds the candidates (a point
 * file, street points inside {@code --candidate-areas}, or by default street points in the type's
 * gap areas), removes those inside {@code --exclude} polygons, solves with the type's existing
 * facilities fixed, and writes {@code result.json}, {@code sites.csv}, {@code curve.csv} and
 * {@code sites.geojson} (each through a temporary file), then saves the run in the workspace
 * (unless {@code --no-save}; see {@link WorkspaceOptions#saveAfterFiles}).
 */
final class ProjectSiteMode {

    private final SiteCommand c;

    ProjectSiteMode(SiteCommand command) {
        this.c = command;
    }

    int run() throws IOException {
        if (c.type == null) throw InputException.of("--type", "project mode needs --type TYPE");
        if (c.out == null) throw InputException.of("--out", "an output folder is required");
        if (c.candidates != null && c.candidateAreas != null) {
            throw InputException.of("--candidates", "give --candidates or --candidate-areas, not both");
        }
        if (!(c.spacingMeters > 0)) throw InputException.of("--spacing", c.spacingMeters + " is not a positive number of metres");
        if (c.weights != null || c.capacities != null || c.existing != null) {
            throw InputException.of("--project", "--weights, --capacities and --existing belong to matrix mode");
        }
        SolverKind solverKind = switch (c.solver.toLowerCase(Locale.ROOT)) {
            case "greedy" -> SolverKind.GREEDY;
            case "local" -> SolverKind.LOCAL;
            case "exact" -> SolverKind.EXACT;
            default -> throw InputException.of("--solver", "'" + c.solver + "' is not greedy, local or exact");
        };
        if (!(c.timeLimit > 0)) throw InputException.of("--time-limit", c.timeLimit + " is not a positive number of seconds");
        SolveOptions options = SolveOptions.of(solverKind).withTimeLimit(c.timeLimit).withSeed(c.seed);
        SiteRequest request;
        try {
            request = new SiteRequest(c.type, c.model, c.p == null ? 0 : c.p, c.target == null ? Double.NaN : c.target,
                    c.siteCapacity == null ? Double.NaN : c.siteCapacity, c.curveMax == null ? 0 : c.curveMax, options);
        } catch (InputException e) {
            throw InputException.of("--" + e.source().replace("siteCapacity", "site-capacity").replace("curveMax", "curve-max"),
                    e.reason());
        }
        Study study = StudyLoader.load(ProjectLoader.load(c.project));
        ProjectSiting siting = new ProjectSiting(study);
        TypeSpec type;
        try {
            type = siting.type(c.type);
        } catch (InputException e) {
            throw InputException.of("--type", e.reason());
        }
        CandidatePoints candidates;
        if (c.candidates != null) {
            candidates = CandidatePoints.read(c.candidates, c.crs);
        } else if (c.candidateAreas != null) {
            candidates = CandidatePoints.inAreas(study.model(), polygons(c.candidateAreas), c.spacingMeters,
                    c.candidateAreas.getFileName().toString());
        } else {
            var times = siting.evaluator().times(type, siting.existing(c.type));
            candidates = CandidatePoints.inGaps(study.model(), times, study.demand().values(type.demand()),
                    c.spacingMeters, c.spacingMeters);
        }
        List<Geometry> excluded = new ArrayList<>();
        for (Path file : c.exclude) excluded.addAll(polygons(file));
        candidates = candidates.without(excluded);
        if (candidates.size() == 0) throw InputException.of("--candidates", "no candidate sites are left (" + candidates.source() + ")");
        SiteOutcome outcome = siting.run(request, candidates, SitingMonitor.NONE);
        ObjectMapper json = new ObjectMapper();
        Files.createDirectories(c.out);
        SiteCommand.writeAtomically(c.out.resolve("result.json"),
                json.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(SiteReport.summary(outcome)) + "\n");
        SiteCommand.writeAtomically(c.out.resolve("sites.csv"), sitesCsv(outcome));
        SiteCommand.writeAtomically(c.out.resolve("curve.csv"), curveCsv(outcome));
        SiteCommand.writeAtomically(c.out.resolve("sites.geojson"), json.writeValueAsString(SiteReport.sites(outcome)) + "\n");
        SitingResult r = outcome.result();
        c.spec.commandLine().getOut().printf(Locale.ROOT, "%s %s (%s): %d new sites of %d candidates, covered %.1f %% of"
                + " %s demand (%s) -> %s%n", c.type, outcome.model(), r.solver(), r.p(), outcome.candidateCount(),
                100 * r.coveredShare(), type.demand().name().toLowerCase(Locale.ROOT),
                outcome.networkBased() ? "network" : "straight line", c.out);
        if (c.noSave) return 0;
        Map<String, Object> parameters = parameters(candidates);
        return c.workspace.saveAfterFiles(c.spec, ws -> {
            Project project = ws.projects().findOrCreate(study.name(), ImportCommand.definition(c.project));
            SitingRunRecord saved = ws.sitingRuns().save(project.id(), SitingRuns.of(outcome, null, parameters));
            return String.format(Locale.ROOT, "saved siting run %d of project '%s'", saved.id(), project.name());
        });
    }

    private Map<String, Object> parameters(CandidatePoints candidates) {
        Map<String, Object> p = new LinkedHashMap<>();
        if (c.p != null) p.put("p", c.p);
        if (c.target != null) p.put("target", c.target);
        if (c.siteCapacity != null) p.put("siteCapacity", c.siteCapacity);
        p.put("solver", c.solver.toLowerCase(Locale.ROOT));
        p.put("timeLimitSeconds", c.timeLimit);
        p.put("seed", c.seed);
        p.put("candidates", candidates.source());
        p.put("candidateCount", candidates.size());
        if (!c.exclude.isEmpty()) p.put("exclude", c.exclude.stream().map(f -> f.getFileName().toString()).toList().toString());
        return p;
    }

    private List<Geometry> polygons(Path file) {
        List<Geometry> out = new ArrayList<>();
        for (VectorFeature f : VectorReader.readPolygons(file, c.crs).features()) out.add(f.geometry());
        return out;
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

    private static String curveCsv(SiteOutcome o) {
        StringBuilder sb = new StringBuilder("p,covered_weight,share,marginal_gain,objective\n");
        for (var c : o.curve()) {
            sb.append(c.p()).append(',').append(SiteCommand.num(c.coveredWeight())).append(',')
                    .append(SiteCommand.num(c.share())).append(',').append(SiteCommand.num(c.marginalGain())).append(',')
                    .append(SiteCommand.num(c.objective())).append('\n');
        }
        return sb.toString();
    }
}
