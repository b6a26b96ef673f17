package org.lifecircle.web.project;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.locationtech.jts.geom.Envelope;

/**
 * A named layer of the project as the map serves it: features in WGS84 lon/lat, their common
 * extent, and the geometry kind ("point", "line", "polygon" or "mixed"). Immutable.
 */
public final class MapLayer {

    private final String name;
    private final LayerRole role;
    private final List<MapFeature> features;
    private final Envelope extent;
    private final String geometryKind;

    public MapLayer(String name, LayerRole role, List<MapFeature> features) {
        this.name = name;
        this.role = role;
        this.features = List.copyOf(features);
        Envelope env = new Envelope();
        Set<String> kinds = new HashSet<>();
        Set<String> ids = new HashSet<>();
        for (MapFeature f : this.features) {
            if (!ids.add(f.id())) throw new IllegalArgumentException("layer " + name + ": duplicate feature id " + f.id());
            env.expandToInclude(f.geometry().getEnvelopeInternal());
            kinds.add(kindOf(f.geometry().getDimension()));
        }
        this.extent = env;
        this.geometryKind = kinds.size() == 1 ? kinds.iterator().next() : kinds.isEmpty() ? "none" : "mixed";
    }

    public String name() {
        return name;
    }

    public LayerRole role() {
        return role;
    }

    public List<MapFeature> features() {
        return features;
    }

    /** A copy of the layer's extent; null-envelope for an empty layer. */
    public Envelope extent() {
        return new Envelope(extent);
    }

    public String geometryKind() {
        return geometryKind;
    }

    private static String kindOf(int dimension) {
        return switch (dimension) {
            case 0 -> "point";
            case 1 -> "line";
            default -> "polygon";
        };
    }
}
