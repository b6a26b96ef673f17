package org.lifecircle.web.limits;

import java.net.URI;
import org.lifecircle.network.search.WorkCancelledException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * An expensive read stopped by its {@link org.lifecircle.network.search.Cancellation}: 503
 * problem+json naming the time budget and the property that sets it (or the reason, e.g. the
 * server shutting down). Ordered before the general exception handler, which would say 500.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class WorkCancelledAdvice {

    @ExceptionHandler(WorkCancelledException.class)
    ResponseEntity<ProblemDetail> cancelled(WorkCancelledException e) {
        String detail = e.timedOut()
                ? "the request needed more than its time budget of " + e.budget() + "; the work was stopped"
                : "the request was stopped: " + e.getMessage();
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, detail);
        body.setType(URI.create("urn:lifecircle:problem:" + (e.timedOut() ? "time-budget" : "cancelled")));
        body.setTitle(e.timedOut() ? "Over the time budget" : "Stopped");
        body.setProperty("budget", e.budget());
        body.setProperty("limit", CostLimits.TIME_BUDGET);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }
}
