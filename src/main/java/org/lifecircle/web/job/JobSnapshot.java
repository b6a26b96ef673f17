package org.lifecircle.web.job;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * An immutable view of one job at one moment, as the API returns it. {@code result} is set only
 * when the job SUCCEEDED, {@code error} only when it FAILED; {@code sequence} grows by one with
 * every change, so SSE clients can check they saw the events in order.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record JobSnapshot(
        String id,
        String kind,
        JobState state,
        double progress,
        String message,
        long sequence,
        Instant createdAt,
        Instant startedAt,
        Instant finishedAt,
        String error,
        Object result) {
}
