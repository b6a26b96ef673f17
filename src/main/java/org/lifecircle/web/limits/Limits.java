package org.lifecircle.web.limits;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The server's resource limits, bound from {@code lifecircle.limits.*}; the defaults live in
 * {@code org/lifecircle/web/web.properties} (one place, listed in docs/api.md "Limits").
 *
 * @param upload what one upload may hold
 * @param rate   requests per client (token buckets)
 * @param jobs   background jobs
 */
@ConfigurationProperties("lifecircle.limits")
public record Limits(Upload upload, Rate rate, Jobs jobs) {

    /**
     * @param maxFileSize    one uploaded file (also {@code spring.servlet.multipart.max-file-size})
     * @param maxRequestSize one upload request (also {@code spring.servlet.multipart.max-request-size})
     * @param maxFeatures    features of a vector file or rows of a CSV
     * @param maxRasterCells width × height of a raster, checked from its header before any pixel is decoded
     * @param tempDir        folder for the multipart parts and the copies being validated; blank = the system's
     */
    public record Upload(DataSize maxFileSize, DataSize maxRequestSize, long maxFeatures, long maxRasterCells,
            String tempDir) {

        /** The folder uploads are copied into while they are validated. */
        public Path tempFolder() {
            return Path.of(tempDir == null || tempDir.isBlank() ? System.getProperty("java.io.tmpdir") : tempDir);
        }
    }

    /**
     * Sustained rate and burst of every request to {@code /api/**}, and of the writes among them
     * (any method but GET, HEAD, OPTIONS; job starts are writes), per client.
     *
     * @param maxClients clients tracked at once; idle buckets beyond it are dropped first
     */
    public record Rate(double requestsPerSecond, int burst, double writesPerSecond, int writeBurst, int maxClients) {
    }

    /**
     * @param timeLimit longest a site-selection job may run (from its start, not from when it was queued)
     * @param threads   jobs running at once
     * @param queue     jobs waiting at most; more answer 503
     * @param keepFinished finished jobs kept for their results
     */
    public record Jobs(Duration timeLimit, int threads, int queue, int keepFinished) {
    }
}
