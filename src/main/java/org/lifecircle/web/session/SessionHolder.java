package org.lifecircle.web.session;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.lifecircle.io.InputException;
import org.lifecircle.web.job.JobService;
import org.lifecircle.web.job.JobSnapshot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's current project: none, loading (a background job, so the page is up at once and
 * shows progress), loaded (a {@link ProjectSession}), or failed with a one-line reason. Every
 * web adapter reads the session from here; it never blocks a request.
 */
public final class SessionHolder {

    private static final Logger LOG = LoggerFactory.getLogger(SessionHolder.class);

    /** What the holder is doing: the UI shows {@code message} in its status line. */
    public enum State { NONE, LOADING, LOADED, FAILED }

    private volatile ProjectSession session;
    private volatile State state = State.NONE;
    private volatile String status;
    private volatile String loadJobId;

    public SessionHolder(String status) {
        this.status = status;
    }

    /** A holder with a session already open (tests, benchmarks). */
    public static SessionHolder of(ProjectSession session) {
        SessionHolder h = new SessionHolder("");
        h.loaded(session);
        return h;
    }

    /**
     * Starts loading {@code projectFile} as a job of kind "load-project". A missing file leaves the
     * holder empty with a clear status rather than failing the server.
     */
    public void startLoading(Path projectFile, JobService jobs) {
        if (!Files.isRegularFile(projectFile)) {
            state = State.FAILED;
            status = "project file " + projectFile + " not found: start with --project FILE (no project loaded)";
            LOG.warn(status);
            return;
        }
        state = State.LOADING;
        status = "loading " + projectFile;
        JobSnapshot job = jobs.submit("load-project", context -> {
            try {
                ProjectSession s = ProjectSession.open(projectFile, (message, fraction) -> {
                    status = "loading " + projectFile.getFileName() + ": " + message;
                    context.progress(fraction, message);
                });
                loaded(s);
                return Map.of("name", s.project().name());
            } catch (InputException e) {
                failed("project " + projectFile + " not loaded: " + e.getMessage());
                throw e;
            } catch (RuntimeException | Error e) {
                failed("project " + projectFile + " not loaded: " + e);
                throw e;
            }
        });
        loadJobId = job.id();
    }

    private void loaded(ProjectSession s) {
        session = s;
        state = State.LOADED;
        status = "loaded " + s.project().file().getFileName() + " (" + s.baseline().travelTime() + " travel times, "
                + s.study().demand().size() + " demand cells, " + s.study().facilities().size() + " facilities)";
    }

    private void failed(String reason) {
        state = State.FAILED;
        status = reason;
        LOG.warn(reason);
    }

    public Optional<ProjectSession> session() {
        return Optional.ofNullable(session);
    }

    public State state() {
        return state;
    }

    public String status() {
        return status;
    }

    /** The id of the loading job (follow {@code /api/jobs/{id}/events}), null when none ran. */
    public String loadJobId() {
        return loadJobId;
    }
}
