package org.lifecircle.web.siting;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lifecircle.coverage.FacilitySites;
import org.lifecircle.coverage.TypeSpec;
import org.lifecircle.io.InputException;
import org.lifecircle.siting.CurvePoint;
import org.lifecircle.siting.SitingResult;
import org.lifecircle.siting.SolveOptions;
import org.lifecircle.siting.SolverKind;
import org.lifecircle.siting.adapter.CandidatePoints;
import org.lifecircle.siting.adapter.ProjectSiting;
import org.lifecircle.siting.adapter.SiteOutcome;
import org.lifecircle.siting.adapter.SitingCancelledException;
import org.lifecircle.siting.adapter.SitingMonitor;
import org.lifecircle.store.StoreException;
import org.lifecircle.store.Workspace;
import org.lifecircle.store.imports.SitingRuns;
import org.lifecircle.store.result.SelectedSite;
import org.lifecircle.store.result.SitingRun;
import org.lifecircle.store.result.SitingRunRecord;
import org.lifecircle.web.job.JobCancelledException;
import org.lifecircle.web.job.JobContext;
import org.lifecircle.web.job.JobService;
import org.lifecircle.web.job.JobSnapshot;
import org.lifecircle.web.limits.Limits;
import org.lifecircle.web.problem.EngineUnavailableException;
import org.lifecircle.web.scenario.ScenarioService;
import org.lifecircle.web.session.ProjectSession;
import org.lifecircle.web.session.SessionHolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Runs site selection on the open project as a job: builds the candidates (gap areas, all
 * streets, or a point file in the project folder), takes the existing facilities from the project
 * or a scenario, polls the job's cancel flag between candidate searches and solver stages, and
 * answers the documented result (sites with marginal gains, the coverage curve from 0 sites).
 * One {@link ProjectSiting} per open session, so cost matrices are reused between runs.
 */
@Service
public class SitingService {

    private static final Logger LOG = LoggerFactory.getLogger(SitingService.class);

    /** Metres between generated candidates along the streets. */
    static final double GAP_SPACING_METERS = 100;
    static final double STREET_SPACING_METERS = 200;
    /** Wall-clock limit of the exact solver (and the heuristic's improvement phase) within a run. */
    static final double SOLVER_SECONDS = 60;

    private final SessionHolder holder;
    private final JobService jobs;
    private final ScenarioService scenarios;
    private final Duration timeLimit;
    private final Workspace workspace;
    private ProjectSession session;
    private ProjectSiting siting;

    public SitingService(SessionHolder holder, JobService jobs, ScenarioService scenarios, Limits limits,
            Workspace workspace) {
        this.workspace = workspace;
        this.holder = holder;
        this.jobs = jobs;
        this.scenarios = scenarios;
        this.timeLimit = limits.jobs().timeLimit();
    }

    public boolean available() {
        return holder.session().isPresent();
    }

    /**
     * Validates what needs the session (scenario id, candidate file), then queues the run for
     * {@code owner} (one unfinished job per owner) with the {@code lifecircle.limits.jobs.time-limit}.
     */
    public JobSnapshot start(SiteRequest request, String owner) {
        ProjectSession s = holder.session().orElseThrow(() -> new EngineUnavailableException("siting", "site selection"));
        ProjectSiting engine = engine(s);
        TypeSpec type = engine.type(request.type());
        FacilitySites existing = request.scenario() == null ? engine.existing(type.key())
                : scenarios.facilities(request.scenario(), type.key());
        String source = request.candidates() == null ? "gaps" : request.candidates();
        Path file = null;
        if (source.startsWith("file:")) {
            Path folder = s.project().folder().toAbsolutePath().normalize();
            file = candidateFile(folder, source.substring(5));
        }
        Path candidateFile = file;
        SolverKind solver = switch (request.solver() == null ? "local" : request.solver()) {
            case "greedy" -> SolverKind.GREEDY;
            case "exact" -> SolverKind.EXACT;
            default -> SolverKind.LOCAL;
        };
        int curveMax = request.model().equals("lscp") ? 0 : Math.max(request.p(), 10);
        return jobs.submit("siting", owner, timeLimit, context -> {
            // the solvers' own wall-clock limit never reaches past the job's time limit
            double solverSeconds = Math.max(1, Math.min(SOLVER_SECONDS, context.secondsLeft()));
            var engineRequest = new org.lifecircle.siting.adapter.SiteRequest(type.key(), request.model(),
                    request.p() == null ? 0 : request.p(), request.target() == null ? Double.NaN : request.target(),
                    Double.NaN, curveMax, SolveOptions.of(solver).withTimeLimit(solverSeconds));
            SiteOutcome outcome = run(engine, engineRequest, type, existing, source, candidateFile, context);
            Map<String, Object> json = result(outcome);
            json.put("runId", save(s, outcome, request, source, solver, owner));
            return json;
        });
    }

    /**
     * Records a finished run in the workspace (parameters, new sites, figures) and returns its id;
     * the job's result stands even when the store fails (then the id is null and the log says why).
     */
    private Long save(ProjectSession s, SiteOutcome outcome, SiteRequest request, String source, SolverKind solver,
            String owner) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (request.p() != null) parameters.put("p", request.p());
        if (request.target() != null) parameters.put("target", request.target());
        parameters.put("solver", solver.name().toLowerCase(java.util.Locale.ROOT));
        parameters.put("candidates", source);
        parameters.put("candidateCount", outcome.candidateCount());
        if (owner != null) parameters.put("by", owner);
        try {
            return workspace.sitingRuns().save(scenarios.projectId(s), SitingRuns.of(outcome, request.scenario(), parameters)).id();
        } catch (StoreException e) {
            LOG.warn("site-selection run not recorded in the workspace: {}", e.getMessage());
            return null;
        }
    }

    /** The runs recorded for the open project, newest first. */
    public List<Map<String, Object>> runs() {
        ProjectSession s = holder.session().orElseThrow(() -> new EngineUnavailableException("siting", "site selection"));
        List<Map<String, Object>> out = new ArrayList<>();
        for (SitingRunRecord record : workspace.sitingRuns().list(scenarios.projectId(s))) {
            SitingRun r = record.run();
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", record.id());
            json.put("createdAt", record.createdAt().toString());
            json.put("scenario", r.scenarioId());
            json.put("type", r.facilityType());
            json.put("model", r.model());
            json.put("parameters", r.parameters());
            json.put("objective", r.objective());
            json.put("coveredWeight", r.coveredWeight());
            json.put("totalWeight", r.totalWeight());
            if (r.gap() != null) json.put("gap", r.gap());
            json.put("runtimeMs", r.runtimeMs());
            List<Map<String, Object>> sites = new ArrayList<>();
            for (SelectedSite site : r.selected()) sites.add(Map.of("id", site.candidateId(), "lon", site.lon(), "lat", site.lat()));
            json.put("sites", sites);
            out.add(json);
        }
        out.sort(java.util.Comparator.comparing((Map<String, Object> m) -> (Long) m.get("id")).reversed());
        return out;
    }

    /**
     * A candidate file named in the request: a plain relative path inside the project folder
     * (after following links), else 400 on {@code candidates}; NUL bytes and the like too.
     */
    static Path candidateFile(Path folder, String name) {
        try {
            Path file = folder.resolve(name).normalize();
            if (file.startsWith(folder) && Files.isRegularFile(file)
                    && file.toRealPath().startsWith(folder.toRealPath())) {
                return file;
            }
        } catch (InvalidPathException | IOException e) {
            // reported below like any other name that is not a file in the folder
        }
        throw InputException.of("candidates", "no file " + name.replace('\0', '?') + " in the project folder");
    }

    private synchronized ProjectSiting engine(ProjectSession s) {
        if (session != s) {
            session = s;
            siting = new ProjectSiting(s.study(), s.evaluator().evaluator());
        }
        return siting;
    }

    private static SiteOutcome run(ProjectSiting engine, org.lifecircle.siting.adapter.SiteRequest request,
            TypeSpec type, FacilitySites existing, String source, Path file, JobContext context) {
        SitingMonitor monitor = new SitingMonitor() {
            @Override
            public boolean cancelled() {
                return context.isCancelled();
            }

            @Override
            public void progress(double fraction, String message) {
                context.progress(0.1 + 0.9 * fraction, message);
            }
        };
        context.progress(0.02, "candidate sites: " + source);
        double[] weights = engine.study().demand().values(type.demand());
        CandidatePoints candidates;
        if (file != null) {
            candidates = CandidatePoints.read(file, null);
        } else if (source.equals("streets")) {
            var env = new org.locationtech.jts.geom.Envelope();
            for (int c = 0; c < engine.study().demand().size(); c++) {
                env.expandToInclude(engine.study().demand().lon(c), engine.study().demand().lat(c));
            }
            candidates = CandidatePoints.inAreas(engine.study().model(),
                    List.of(new org.locationtech.jts.geom.GeometryFactory().toGeometry(env)), STREET_SPACING_METERS, "streets");
        } else {
            var times = engine.evaluator().times(type, existing);
            candidates = CandidatePoints.inGaps(engine.study().model(), times, weights, GAP_SPACING_METERS, GAP_SPACING_METERS);
        }
        context.throwIfCancelled();
        try {
            return engine.run(request, existing, candidates, monitor);
        } catch (SitingCancelledException e) {
            throw new JobCancelledException();
        }
    }

    /** The documented site-selection result (docs/api.md). */
    static Map<String, Object> result(SiteOutcome o) {
        SitingResult r = o.result();
        double total = r.totalWeight();
        double gains = 0;
        for (double g : r.marginalGain()) gains += g;
        double baseline = r.coveredWeight() - gains;
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", o.type());
        json.put("model", o.model());
        json.put("solver", r.solver());
        json.put("p", r.p());
        json.put("method", o.networkBased() ? "network" : "straight-line");
        json.put("objective", r.objective());
        json.put("coveredWeight", r.coveredWeight());
        json.put("totalWeight", total);
        json.put("baselineShare", total > 0 ? baseline / total : 0);
        json.put("share", r.coveredShare());
        json.put("candidateSource", o.candidateSource());
        json.put("candidateCount", o.candidateCount());
        List<Map<String, Object>> sites = new ArrayList<>();
        for (int k = 0; k < r.p(); k++) {
            int column = o.selectedColumn(k);
            Map<String, Object> site = new LinkedHashMap<>();
            site.put("id", o.id(column));
            site.put("lon", Math.round(o.lon(column) * 1e7) / 1e7);
            site.put("lat", Math.round(o.lat(column) * 1e7) / 1e7);
            site.put("rank", k + 1);
            site.put("marginalGain", r.marginalGain()[k]);
            site.put("marginalShare", total > 0 ? r.marginalGain()[k] / total : 0);
            site.put("coveredWeight", r.siteWeight()[k]);
            sites.add(site);
        }
        json.put("sites", sites);
        List<Map<String, Object>> curve = new ArrayList<>();
        if (!o.curve().isEmpty() && !o.model().equals("pmedian")) curve.add(Map.of("sites", 0, "share", total > 0 ? baseline / total : 0));
        for (CurvePoint c : o.curve()) {
            Map<String, Object> point = new LinkedHashMap<>();
            point.put("sites", c.p());
            point.put("share", c.share());
            point.put("coveredWeight", c.coveredWeight());
            point.put("objective", c.objective());
            curve.add(point);
        }
        json.put("curve", curve);
        if (!Double.isNaN(r.lowerBound())) {
            json.put("lowerBound", r.lowerBound());
            json.put("upperBound", r.upperBound());
            json.put("gap", r.gap());
        }
        json.put("runtimeMs", r.runtimeMs());
        return json;
    }
}
