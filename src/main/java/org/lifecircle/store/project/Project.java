package org.lifecircle.store.project;

import java.time.Instant;

/** A stored project: its name and definition (the project file's YAML text), versioned like scenarios. */
public record Project(long id, String name, String definition, long version, Instant createdAt, Instant updatedAt) {
}
