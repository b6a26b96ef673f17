package org.lifecircle.project;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Administrative villages (行政村) for village-level coverage ({@code villages:}): a polygon or
 * point layer, its id and name properties, the distance within which a facility counts as serving
 * a village given as a point ({@code radiusMeters}), and the facility types every village must have
 * ({@code requiredTypes}, all of them keys of {@code types}; empty = every evaluated type).
 */
public record VillageLayer(Dataset dataset, Optional<String> idField, Optional<String> nameField,
        OptionalDouble radiusMeters, List<String> requiredTypes) {

    public VillageLayer {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(idField, "idField");
        Objects.requireNonNull(nameField, "nameField");
        Objects.requireNonNull(radiusMeters, "radiusMeters");
        requiredTypes = List.copyOf(Objects.requireNonNull(requiredTypes, "requiredTypes"));
    }
}
