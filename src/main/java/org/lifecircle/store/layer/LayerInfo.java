package org.lifecircle.store.layer;

import java.time.Instant;
import java.util.List;

/** A stored layer's catalogue entry: everything but its features. */
public record LayerInfo(long id, long projectId, String name, LayerKind kind, String source, String sourceCrs,
        List<Attribute> attributes, int featureCount, Instant createdAt) {

    public LayerInfo {
        attributes = List.copyOf(attributes);
    }
}
