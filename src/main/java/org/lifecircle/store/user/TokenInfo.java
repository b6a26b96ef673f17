package org.lifecircle.store.user;

import java.time.Instant;

/** An API token as the workspace keeps it: who owns it and when it was made and last used, never the token itself. */
public record TokenInfo(long id, String user, String label, Instant createdAt, Instant lastUsedAt) {
}
