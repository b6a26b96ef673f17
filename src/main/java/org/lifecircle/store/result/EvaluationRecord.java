package org.lifecircle.store.result;

import java.time.Instant;

/** A saved evaluation of a scenario. */
public record EvaluationRecord(long id, long scenarioId, Instant createdAt, Evaluation evaluation) {
}
