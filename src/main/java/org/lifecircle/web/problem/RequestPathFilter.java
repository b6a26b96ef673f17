package org.lifecircle.web.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriUtils;

/**
 * Answers 400 problem+json to a request path that is not valid percent-encoding or that decodes
 * to control characters (NUL, line breaks …), before any handler sees it. Tomcat's connector
 * refuses NUL itself, but a path like {@code /api/scenarios/%00x/y/edits} that gets past it
 * (MockMvc, another container) fell through to the static resources, where Tomcat's resource
 * root threw on it: a 500. Cost O(path length) per request.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestPathFilter extends OncePerRequestFilter {

    private final ObjectMapper json;

    public RequestPathFilter(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String problem = problem(request.getRequestURI());
        if (problem == null) {
            chain.doFilter(request, response);
            return;
        }
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "path: " + problem);
        body.setType(URI.create("urn:lifecircle:problem:bad-input"));
        body.setTitle("Bad input");
        body.setProperty("field", "path");
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        json.writeValue(response.getOutputStream(), body);
    }

    /** Why the raw (still encoded) request path is refused, or null when it is fine. */
    static String problem(String rawPath) {
        if (rawPath == null) return null;
        String path;
        try {
            path = UriUtils.decode(rawPath, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return "not valid percent-encoding";
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c < 0x20 || c == 0x7F) return "contains a control character (code " + (int) c + ")";
        }
        return null;
    }
}
