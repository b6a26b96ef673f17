package org.lifecircle.web.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.lifecircle.web.path.RoutedPath;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.RequestPath;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Answers 400 problem+json to a request path that no controller handles and that is not valid
 * percent-encoding or decodes to control characters (NUL, line breaks …). Such a path
 * ({@code /api/scenarios/%00x/y/edits}, found by the API fuzzer) fell through to the static
 * resources, where Tomcat's resource root threw on it: a 500. The path is the one every filter
 * decides on ({@link RoutedPath}). Tomcat's connector refuses NUL
 * itself; this covers MockMvc and other containers. Paths a controller maps go on to it, which
 * validates its own variables and names them. Cost O(path length) per request, plus one handler
 * lookup for a path with a control character.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestPathFilter extends OncePerRequestFilter {

    private final ObjectMapper json;
    private final ObjectProvider<HandlerMapping> controllers;

    public RequestPathFilter(ObjectMapper json,
            @Qualifier("requestMappingHandlerMapping") ObjectProvider<HandlerMapping> controllers) {
        this.json = json;
        this.controllers = controllers;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String problem = problem(RoutedPath.of(request));
        if (problem == null || mappedToController(request)) {
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

    /** True when a controller method maps the request (or the mapping itself answers, e.g. 405). */
    private boolean mappedToController(HttpServletRequest request) {
        RequestPath previous = ServletRequestPathUtils.hasParsedRequestPath(request)
                ? ServletRequestPathUtils.getParsedRequestPath(request) : null;
        ServletRequestPathUtils.parseAndCache(request);
        try {
            return controllers.getObject().getHandler(request) != null;
        } catch (Exception e) {
            return true;
        } finally {
            ServletRequestPathUtils.setParsedRequestPath(previous, request);
        }
    }

    /** Why the routed path is refused, or null when it is fine. */
    static String problem(RoutedPath routed) {
        if (!routed.decodable()) return "not valid percent-encoding";
        String path = routed.value();
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c < 0x20 || c == 0x7F) return "contains a control character (code " + (int) c + ")";
        }
        return null;
    }
}
