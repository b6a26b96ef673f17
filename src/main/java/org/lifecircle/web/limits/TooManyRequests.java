package org.lifecircle.web.limits;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.lifecircle.web.path.RoutedPath;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * The 429 answer of the request filters that refuse before any controller runs: problem+json
 * with the problem type, the limit's property and {@code Retry-After} in whole seconds. O(1).
 */
final class TooManyRequests {

    private TooManyRequests() {
    }

    static void write(ObjectMapper json, HttpServletRequest request, HttpServletResponse response, String problem,
            String detail, String property, long retryAfterSeconds) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "urn:lifecircle:problem:" + problem);
        body.put("title", "Too many requests");
        body.put("status", HttpStatus.TOO_MANY_REQUESTS.value());
        body.put("detail", detail);
        body.put("instance", RoutedPath.raw(request));
        body.put("limit", property);
        body.put("retryAfterSeconds", retryAfterSeconds);
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), body);
    }
}
