package org.lifecircle.web.limits;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import org.lifecircle.network.search.Cancellation;
import org.lifecircle.web.path.RoutedPath;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds the reads that run a network search per request ({@link #EXPENSIVE}: isochrones, the
 * point check, one scenario and the scenario comparison): each counts against its client's
 * concurrency limit (over it: 429 problem+json with {@code Retry-After}) and runs under a
 * {@link Cancellation} with the time budget, which the searches check every few thousand
 * settled nodes, and which a watchdog cancels when Tomcat ({@link ClientGoneValve}) says the
 * client went away; {@link WorkCancelledAdvice} turns a stop into 503. The path is the decoded,
 * normalised one Spring routes ({@link RoutedPath}, as the access rules use), not the raw URI. O(1) per request.
 */
public final class ExpensiveReadFilter extends OncePerRequestFilter {

    /** GET paths that search the network per request. */
    static final List<Pattern> EXPENSIVE = List.of(
            Pattern.compile("/api/isochrones/?"),
            Pattern.compile("/api/check/?"),
            Pattern.compile("/api/scenarios/compare/?"),
            Pattern.compile("/api/scenarios/[^/]+/?"));

    private static final long WATCH_MILLIS = 250;
    /** One daemon thread asks, every {@link #WATCH_MILLIS} ms per running read, whether its client is gone. */
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "expensive-read-watchdog");
        t.setDaemon(true);
        return t;
    });

    private final ExpensiveReads reads;
    private final ObjectMapper json;

    public ExpensiveReadFilter(ExpensiveReads reads, ObjectMapper json) {
        this.reads = reads;
        this.json = json;
    }

    static boolean isExpensive(String method, String path) {
        if (!"GET".equals(method)) return false;
        for (Pattern p : EXPENSIVE) {
            if (p.matcher(path).matches()) return true;
        }
        return false;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !isExpensive(request.getMethod(), RoutedPath.of(request).value());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String client = ClientKey.of(request);
        if (!reads.tryStart(client)) {
            refuse(request, response);
            return;
        }
        Cancellation token = reads.open();
        ScheduledFuture<?> watch = request.getAttribute(ClientGoneValve.ATTRIBUTE) instanceof BooleanSupplier gone
                ? WATCHDOG.scheduleWithFixedDelay(() -> {
                    if (!token.isCancelled() && gone.getAsBoolean()) token.cancel("the client disconnected");
                }, WATCH_MILLIS, WATCH_MILLIS, TimeUnit.MILLISECONDS)
                : null;
        try {
            chain.doFilter(request, response);
        } finally {
            if (watch != null) watch.cancel(false);
            token.close();
            reads.closed(token);
            reads.finish(client);
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long retryAfterSeconds = Math.max(1, reads.timeBudget().toSeconds());
        TooManyRequests.write(json, request, response, "too-many-expensive-reads", "this client already runs "
                + reads.perUser() + " expensive reads (isochrones, point checks, scenario evaluations) at once ("
                + CostLimits.PER_USER + "); retry after " + retryAfterSeconds + " s", CostLimits.PER_USER,
                retryAfterSeconds);
    }
}
