package org.lifecircle.web.limits;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.lifecircle.web.path.RoutedPath;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Per-client request rate on {@code /api/**} (the decoded, normalised path, so no spelling skips it): every request takes a token from the client's
 * request bucket, every write (any method but GET, HEAD, OPTIONS: edits, uploads, job starts)
 * also one from its stricter write bucket. A refused request gets 429 problem+json with
 * {@code Retry-After} (whole seconds, at least 1) and never reaches a controller. The client is
 * {@link ClientKey}: the user when authenticated (this filter runs after Spring Security's), else
 * the address; loopback is not exempt. O(1) per request.
 */
public final class RateLimitFilter extends OncePerRequestFilter {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    private final TokenBuckets requests;
    private final TokenBuckets writes;
    private final ObjectMapper json;

    public RateLimitFilter(TokenBuckets requests, TokenBuckets writes, ObjectMapper json) {
        this.requests = requests;
        this.writes = writes;
        this.json = json;
    }

    /** Only the API is limited, decided on the routed path ({@link RoutedPath}) in any letter case, never the raw URI. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !RoutedPath.of(request).isApi();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String client = ClientKey.of(request);
        boolean write = !READS.contains(request.getMethod());
        if (write) {
            long wait = writes.take(client);
            if (wait > 0) {
                refuse(request, response, wait, "writes", writes, "lifecircle.limits.rate.writes-per-second");
                return;
            }
        }
        long wait = requests.take(client);
        if (wait > 0) {
            refuse(request, response, wait, "requests", requests, "lifecircle.limits.rate.requests-per-second");
            return;
        }
        chain.doFilter(request, response);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, long waitNanos, String what,
            TokenBuckets buckets, String property) throws IOException {
        long retryAfterSeconds = Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L);
        TooManyRequests.write(json, request, response, "rate-limited", "more than " + number(buckets.perSecond()) + " "
                + what + " per second (bursts of " + buckets.burst() + ") from this client; retry after "
                + retryAfterSeconds + " s", property, retryAfterSeconds);
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
