package org.lifecircle.store.layer;

import java.util.Objects;

/** A named, typed attribute column of a layer. */
public record Attribute(String name, AttributeType type) {
    public Attribute {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        if (name.isBlank()) throw new IllegalArgumentException("blank attribute name");
    }
}
