package org.lifecircle.web.job;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** Job status, result, cancellation and the server-sent progress stream. */
@RestController
@RequestMapping("/api/jobs")
@Tag(name = "jobs", description = "Background analyses: progress, result, cancel")
public class JobController {

    /** Longest an event stream stays open; a client that wants more reconnects. */
    static final long STREAM_TIMEOUT_MILLIS = 30L * 60 * 1000;

    private final JobService jobs;

    public JobController(JobService jobs) {
        this.jobs = jobs;
    }

    @GetMapping
    @Operation(summary = "All jobs kept by the server, oldest first (without results)")
    public List<JobSnapshot> list() {
        return jobs.list();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One job: state, progress 0-1, message; the result once SUCCEEDED, the error once FAILED")
    public JobSnapshot get(@PathVariable String id) {
        return jobs.get(id);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Cancel a job: a queued job ends at once, a running job at its next cancellation check")
    public JobSnapshot cancel(@PathVariable String id) {
        return jobs.cancel(id);
    }

    @GetMapping(path = "/{id}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "Server-sent events: one 'progress' event per change (a JobSnapshot without result), "
            + "then one final 'done' event; the stream then closes")
    public SseEmitter events(@PathVariable String id) {
        jobs.get(id);
        SseEmitter emitter = new SseEmitter(STREAM_TIMEOUT_MILLIS);
        Runnable[] stop = new Runnable[1];
        stop[0] = jobs.subscribe(id, snapshot -> send(emitter, snapshot, stop));
        emitter.onCompletion(() -> stopListening(stop));
        emitter.onTimeout(() -> stopListening(stop));
        emitter.onError(e -> stopListening(stop));
        return emitter;
    }

    private static void send(SseEmitter emitter, JobSnapshot snapshot, Runnable[] stop) {
        boolean last = snapshot.state().isFinal();
        try {
            emitter.send(SseEmitter.event()
                    .id(Long.toString(snapshot.sequence()))
                    .name(last ? "done" : "progress")
                    .data(snapshot, MediaType.APPLICATION_JSON));
            if (last) emitter.complete();
        } catch (IOException | IllegalStateException e) {
            stopListening(stop);
            emitter.completeWithError(e);
        }
    }

    private static void stopListening(Runnable[] stop) {
        if (stop[0] != null) stop[0].run();
    }
}
