package org.lifecircle.project;

import java.util.Objects;
import java.util.Optional;

/**
 * Administrative units for roll-ups ({@code units:}): a polygon layer, the properties holding each
 * unit's id and name (reader defaults when empty), and the level of all its units. When
 * {@code level} is empty the layer may mix levels, one per feature in a {@code level} property.
 */
public record UnitLayer(Dataset dataset, Optional<String> idField, Optional<String> nameField,
        Optional<UnitLevel> level) {

    public UnitLayer {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(idField, "idField");
        Objects.requireNonNull(nameField, "nameField");
        Objects.requireNonNull(level, "level");
    }
}
