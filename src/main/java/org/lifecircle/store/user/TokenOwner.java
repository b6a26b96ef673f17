package org.lifecircle.store.user;

import java.time.Instant;

/** The result of looking a presented token up: the token's id, when it was last used, and its user. */
public record TokenOwner(long tokenId, Instant lastUsedAt, User user) {
}
