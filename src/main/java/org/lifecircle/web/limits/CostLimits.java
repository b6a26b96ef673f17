package org.lifecircle.web.limits;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits on what one request may cost, bound from {@code lifecircle.limits.*} beside
 * {@link Limits}; the defaults live in {@code org/lifecircle/web/web.properties}.
 *
 * @param expensive  reads that run a network search per request (isochrones, the point check, ...)
 * @param isochrones the isochrone endpoint
 * @param raster     decoding uploaded rasters
 */
@ConfigurationProperties("lifecircle.limits")
public record CostLimits(Expensive expensive, Isochrones isochrones, Raster raster) {

    static final String TIME_BUDGET = "lifecircle.limits.expensive.time-budget";
    static final String PER_USER = "lifecircle.limits.expensive.per-user";
    public static final String MAX_CUTOFFS = "lifecircle.limits.isochrones.max-cutoffs";
    public static final String MEMORY_BUDGET = "lifecircle.limits.raster.memory-budget";

    /**
     * @param timeBudget longest one expensive read may compute; then 503 and the work stops
     * @param perUser    expensive reads one user (else address) may have running at once; more answer 429
     */
    public record Expensive(Duration timeBudget, int perUser) {
    }

    /** @param maxCutoffs distinct minute values per request (each is one polygon) */
    public record Isochrones(int maxCutoffs) {
    }

    /** @param memoryBudget decoded size a raster may have (cells × bands × bytes per sample) */
    public record Raster(DataSize memoryBudget) {
    }
}
