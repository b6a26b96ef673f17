package org.lifecircle.web.siting;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import org.lifecircle.coverage.FacilitySites;
import org.lifecircle.planning.CandidatePolicy;
import org.lifecircle.planning.SiteOutcome;
import org.lifecircle.planning.SiteRequest;
import org.lifecircle.planning.SiteSelection;
import org.lifecircle.planning.SitingCancelledException;
import org.lifecircle.planning.SitingMonitor;
import org.lifecircle.store.StoreException;
import org.lifecircle.store.Workspace;
import org.lifecircle.web.job.JobCancelledException;
import org.lifecircle.web.job.JobContext;
import org.lifecircle.web.job.JobService;
import org.lifecircle.web.job.JobSnapshot;
import org.lifecircle.web.limits.Limits;
import org.lifecircle.web.problem.EngineUnavailableException;
import org.lifecircle.web.project.FacilityType;
import org.lifecircle.web.project.ProjectService;
import org.lifecircle.web.scenario.ScenarioService;
import org.lifecircle.web.session.ProjectSession;
import org.lifecircle.web.session.SessionHolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The web side of the {@link SiteSelection} use case: turns a {@link SitingRunBody} into its
 * {@link SiteRequest} (candidate files resolved in the project folder), takes the existing
 * facilities from the project or a scenario, runs it as a job (the job's cancel flag, progress and
 * remaining time become the use case's {@link SitingMonitor}), records the run in the workspace
 * and answers the use case's result with the run id. One {@link SiteSelection} per open session,
 * so cost matrices are reused between runs.
 */
@Service
public class SitingService {

    private static final Logger LOG = LoggerFactory.getLogger(SitingService.class);

    private final SessionHolder holder;
    private final ProjectService project;
    private final JobService jobs;
    private final ScenarioService scenarios;
    private final Duration timeLimit;
    private final Workspace workspace;
    private ProjectSession session;
    private SiteSelection siting;

    public SitingService(SessionHolder holder, ProjectService project, JobService jobs, ScenarioService scenarios,
            Limits limits, Workspace workspace) {
        this.holder = holder;
        this.project = project;
        this.jobs = jobs;
        this.scenarios = scenarios;
        this.workspace = workspace;
        this.timeLimit = limits.jobs().timeLimit();
    }

    public boolean available() {
        return holder.session().isPresent();
    }

    /**
     * Checks the request (400 naming the field), then queues the run for {@code owner} (one
     * unfinished job per owner) with the {@code lifecircle.limits.jobs.time-limit}.
     */
    public JobSnapshot start(SitingRunBody body, String owner) {
        SiteRequest request = SiteRequest.builder().type(body.type()).model(body.model()).p(body.p()).target(body.target())
                .siteCapacity(body.siteCapacity()).curveMax(body.curveMax()).solver(body.solver())
                .candidates(CandidatePolicy.named(body.candidates(), () -> session().project().folder()))
                .spacingMeters(body.spacingMeters()).scenarioId(body.scenario()).build();
        request.requireTypeIn(project.types().stream().map(FacilityType::key).toList());
        ProjectSession s = session();
        SiteSelection engine = engine(s);
        FacilitySites existing = request.scenarioId() == null ? engine.existing(request.type())
                : scenarios.facilities(request.scenarioId(), request.type());
        return jobs.submit("siting", owner, timeLimit, context -> {
            SiteOutcome outcome;
            try {
                outcome = engine.run(request, existing, monitor(context));
            } catch (SitingCancelledException e) {
                throw new JobCancelledException();
            }
            return new SitingJobResult(outcome.report(), save(s, outcome, owner));
        });
    }

    /**
     * Records a finished run in the workspace and returns its id; the job's result stands even when
     * the store fails (then the id is null and the log says why).
     */
    private Long save(ProjectSession s, SiteOutcome outcome, String owner) {
        try {
            return workspace.sitingRuns().save(scenarios.projectId(s), outcome.record(owner)).id();
        } catch (StoreException e) {
            LOG.warn("site-selection run not recorded in the workspace: {}", e.getMessage());
            return null;
        }
    }

    /** The runs recorded for the open project, newest first. */
    public List<SitingRunView> runs() {
        ProjectSession s = session();
        return workspace.sitingRuns().list(scenarios.projectId(s)).stream().map(SitingRunView::of)
                .sorted(Comparator.comparingLong(SitingRunView::id).reversed()).toList();
    }

    private ProjectSession session() {
        return holder.session().orElseThrow(() -> new EngineUnavailableException("siting", "site selection"));
    }

    private synchronized SiteSelection engine(ProjectSession s) {
        if (session != s) {
            session = s;
            siting = new SiteSelection(s.study(), s.evaluator().evaluator());
        }
        return siting;
    }

    private static SitingMonitor monitor(JobContext context) {
        return new SitingMonitor() {
            @Override
            public boolean cancelled() {
                return context.isCancelled();
            }

            @Override
            public void progress(double fraction, String message) {
                context.progress(0.02 + 0.98 * fraction, message);
            }

            @Override
            public double secondsLeft() {
                return context.secondsLeft();
            }
        };
    }
}
