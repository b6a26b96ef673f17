package org.lifecircle.store.scenario;

import java.time.Instant;
import org.lifecircle.scenario.Scenario;

/** A saved scenario: identity, name, the version every edit must be based on, and the scenario itself. */
public record ScenarioRecord(long id, long projectId, String name, long version, Scenario scenario, Instant createdAt,
        Instant updatedAt) {
}
