package org.lifecircle.coverage;

import java.util.List;
import org.lifecircle.population.UnitAssignment;

/**
 * A complete coverage evaluation of a {@link Study}: one {@link TypeResult} per type, the
 * demand rolled up per admin-unit level, per-capita standards, and the cells left off the
 * network (reported, never dropped; {@code offNetworkCellIndexes} ascending, do not modify). {@code networkBased} is false when every time is a
 * straight-line fallback; outputs must say so.
 */
public record Evaluation(Study study, boolean networkBased, List<UnitAssignment> unitAssignments,
        List<TypeResult> types, List<PerCapitaCheck.Result> perCapita, int[] offNetworkCellIndexes,
        double offNetworkPopulation, double offNetworkElderly, long runtimeMillis) {

    public Evaluation {
        unitAssignments = List.copyOf(unitAssignments);
        types = List.copyOf(types);
        perCapita = List.copyOf(perCapita);
    }

    /** Number of demand cells beyond the maximum snap distance. */
    public int offNetworkCells() {
        return offNetworkCellIndexes.length;
    }

    /** "network" or "straight-line", the word every output uses. */
    public String travelTime() {
        return networkBased ? "network" : "straight-line";
    }

    public TypeResult type(String key) {
        return types.stream().filter(t -> t.type().key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("type " + key + " is not evaluated"));
    }
}
