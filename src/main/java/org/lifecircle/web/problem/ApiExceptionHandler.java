package org.lifecircle.web.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.stream.Collectors;
import org.lifecircle.io.InputException;
import org.apache.tomcat.util.http.fileupload.impl.FileSizeLimitExceededException;
import org.lifecircle.web.job.JobConflictException;
import org.lifecircle.web.job.JobQueueFullException;
import org.lifecircle.web.limits.LimitExceededException;
import org.lifecircle.web.limits.Limits;
import org.lifecircle.web.limits.PlainName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The one place that turns exceptions into HTTP answers, all as {@code application/problem+json}
 * (RFC 9457): bad input 400 with the field (or file) and location named, unknown ids 404, a second
 * job of the same user 409 naming the running one, uploads over a limit 413 naming the file and
 * the limit, engines not wired yet 501, a full job queue 503, anything else 500 with only a log
 * reference. (429 comes from {@code RateLimitFilter}, before any controller.) Spring
 * MVC's own errors (405, 406, 415, missing parameters, type mismatches …) come through
 * {@link ResponseEntityExceptionHandler}. No answer ever carries a stack trace.
 */
@RestControllerAdvice
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);
    private static final String TYPE_PREFIX = "urn:lifecircle:problem:";
    private static final String MAX_FILE_SIZE = "lifecircle.limits.upload.max-file-size";
    private static final String MAX_REQUEST_SIZE = "lifecircle.limits.upload.max-request-size";

    private final Limits.Upload uploadLimits;

    public ApiExceptionHandler(Limits limits) {
        this.uploadLimits = limits.upload();
    }

    @ExceptionHandler(InputException.class)
    ResponseEntity<ProblemDetail> badInput(InputException e) {
        ProblemDetail body = problem(HttpStatus.BAD_REQUEST, "bad-input", "Bad input", e.getMessage());
        if (e.source() != null) body.setProperty("field", e.source());
        if (e.location() != null) body.setProperty("location", e.location());
        return answer(body);
    }

    @ExceptionHandler(UnknownIdException.class)
    ResponseEntity<ProblemDetail> unknownId(UnknownIdException e) {
        ProblemDetail body = problem(HttpStatus.NOT_FOUND, "unknown-id", "Not found", e.getMessage());
        body.setProperty("kind", e.kind());
        body.setProperty("id", e.id());
        return answer(body);
    }

    @ExceptionHandler(EngineUnavailableException.class)
    ResponseEntity<ProblemDetail> engineUnavailable(EngineUnavailableException e) {
        ProblemDetail body = problem(HttpStatus.NOT_IMPLEMENTED, "engine-unavailable",
                "Engine not available", e.getMessage());
        body.setProperty("engine", e.engine());
        return answer(body);
    }

    @ExceptionHandler(JobQueueFullException.class)
    ResponseEntity<ProblemDetail> queueFull(JobQueueFullException e) {
        return answer(problem(HttpStatus.SERVICE_UNAVAILABLE, "queue-full", "Job queue full", e.getMessage()));
    }

    @ExceptionHandler(JobConflictException.class)
    ResponseEntity<ProblemDetail> jobConflict(JobConflictException e) {
        ProblemDetail body = problem(HttpStatus.CONFLICT, "job-running", "A job is running", e.getMessage());
        body.setProperty("runningJob", e.runningJobId());
        return answer(body);
    }

    @ExceptionHandler(LimitExceededException.class)
    ResponseEntity<ProblemDetail> limitExceeded(LimitExceededException e) {
        ProblemDetail body = problem(HttpStatus.PAYLOAD_TOO_LARGE, "too-large", "Over a limit", e.getMessage());
        body.setProperty("field", e.field());
        body.setProperty("file", e.file());
        body.setProperty("count", e.count());
        body.setProperty("max", e.max());
        body.setProperty("limit", e.property());
        return answer(body);
    }

    /** The servlet container stopped reading a multipart request at a size limit: 413 naming the file (when known) and the limit. */
    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(
            MaxUploadSizeExceededException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        FileSizeLimitExceededException fileLimit = null;
        for (Throwable c = e; c != null && fileLimit == null; c = c.getCause()) {
            if (c instanceof FileSizeLimitExceededException f) fileLimit = f;
        }
        ProblemDetail body;
        if (fileLimit != null) {
            String file = PlainName.printable(fileLimit.getFileName());
            body = problem(HttpStatus.PAYLOAD_TOO_LARGE, "too-large", "Over a limit", file + ": larger than the "
                    + uploadLimits.maxFileSize().toMegabytes() + " MB allowed per file (" + MAX_FILE_SIZE + ")");
            body.setProperty("field", PlainName.printable(fileLimit.getFieldName()));
            body.setProperty("file", file);
            body.setProperty("max", uploadLimits.maxFileSize().toBytes());
            body.setProperty("limit", MAX_FILE_SIZE);
        } else {
            body = problem(HttpStatus.PAYLOAD_TOO_LARGE, "too-large", "Over a limit", "the upload is larger than the "
                    + uploadLimits.maxRequestSize().toMegabytes() + " MB allowed per request (" + MAX_REQUEST_SIZE + ")");
            body.setProperty("field", "file");
            body.setProperty("max", uploadLimits.maxRequestSize().toBytes());
            body.setProperty("limit", MAX_REQUEST_SIZE);
        }
        return handleExceptionInternal(e, body, headers, HttpStatus.PAYLOAD_TOO_LARGE, request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> internal(Exception e, HttpServletRequest request) {
        String reference = ErrorReference.next();
        LOG.error("internal error on {} {} (ref {})", request.getMethod(), request.getRequestURI(), reference, e);
        ProblemDetail body = problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "Internal error",
                "internal error (ref " + reference + "; see the server log)");
        body.setProperty("reference", reference);
        return answer(body);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            MissingServletRequestParameterException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail body = problem(HttpStatus.BAD_REQUEST, "bad-input", "Bad input",
                e.getParameterName() + ": required parameter is missing");
        body.setProperty("field", e.getParameterName());
        return handleExceptionInternal(e, body, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field = e.getPropertyName() != null ? e.getPropertyName() : "request";
        String expected = e.getRequiredType() != null ? e.getRequiredType().getSimpleName() : "another type";
        ProblemDetail body = problem(HttpStatus.BAD_REQUEST, "bad-input", "Bad input",
                field + ": '" + e.getValue() + "' is not a valid " + expected);
        body.setProperty("field", field);
        return handleExceptionInternal(e, body, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestPart(
            MissingServletRequestPartException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail body = problem(HttpStatus.BAD_REQUEST, "bad-input", "Bad input",
                e.getRequestPartName() + ": required part is missing");
        body.setProperty("field", e.getRequestPartName());
        return handleExceptionInternal(e, body, headers, status, request);
    }

    /** Names the JSON field whose value did not fit (Jackson's path), or "body" for malformed or missing JSON. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field = "body";
        String detail;
        if (e.getMostSpecificCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            field = mapping.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining("."));
            detail = field + ": not a valid value here";
        } else if (e.getMostSpecificCause() instanceof JsonProcessingException parse && parse.getLocation() != null) {
            String where = " (line " + parse.getLocation().getLineNr() + ", column " + parse.getLocation().getColumnNr() + ")";
            String message = parse.getOriginalMessage();
            detail = message != null && message.startsWith("Duplicate field")
                    ? "body: " + message.replace("Duplicate field", "the field") + " appears twice" + where
                    : "body: not readable as JSON" + where;
        } else {
            detail = "body: a JSON request body is required";
        }
        ProblemDetail body = problem(HttpStatus.BAD_REQUEST, "bad-input", "Bad input", detail);
        body.setProperty("field", field);
        return handleExceptionInternal(e, body, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception e, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        HttpHeaders problemHeaders = new HttpHeaders();
        problemHeaders.addAll(headers);
        problemHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return super.handleExceptionInternal(e, body, problemHeaders, status, request);
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setType(URI.create(TYPE_PREFIX + type));
        body.setTitle(title);
        return body;
    }

    private static ResponseEntity<ProblemDetail> answer(ProblemDetail body) {
        return ResponseEntity.status(body.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }

}
