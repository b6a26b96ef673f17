package org.lifecircle.store.result;

import java.time.Instant;

/** A saved site-selection run. */
public record SitingRunRecord(long id, long projectId, Instant createdAt, SitingRun run) {
}
