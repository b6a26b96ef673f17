package org.lifecircle.project;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A loaded and validated project file (see {@code docs/project-file.md}): which datasets make up a
 * study area and which facility types to evaluate with which thresholds. Immutable; every path is
 * absolute and existed at load time. The datasets themselves are read by the engines.
 *
 * <p>Walking speed for a type: {@code types.<key>.speedKmh}, else the standards pack's speed for
 * that type, else {@link #speedKmh()}, else {@link #DEFAULT_SPEED_KMH}.
 *
 * @param file              the project file, absolute
 * @param name              display name (the file name without extension when not given)
 * @param network           roads (OSM or a line layer); empty = straight-line fallback
 * @param population        total population (raster or points CSV)
 * @param elderly           60+ population rasters or share
 * @param facilities        facility points
 * @param types             facility types to evaluate, in file order
 * @param villages          administrative villages, optional
 * @param units             admin units for roll-ups, optional
 * @param standards         override YAML merged onto the built-in standards pack; empty = built-in only
 * @param speedKmh          default walking speed, optional
 */
public record Project(
        Path file,
        String name,
        Optional<Dataset> network,
        Dataset population,
        ElderlyDemand elderly,
        Dataset facilities,
        Map<String, TypeSettings> types,
        Optional<VillageLayer> villages,
        Optional<UnitLayer> units,
        Optional<Path> standards,
        OptionalDouble speedKmh) {

    /** Walking speed of DESIGN.md's travel-time contract when nothing else says otherwise. */
    public static final double DEFAULT_SPEED_KMH = 4.5;

    public Project {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(population, "population");
        Objects.requireNonNull(elderly, "elderly");
        Objects.requireNonNull(facilities, "facilities");
        types = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(types, "types")));
        Objects.requireNonNull(villages, "villages");
        Objects.requireNonNull(units, "units");
        Objects.requireNonNull(standards, "standards");
        Objects.requireNonNull(speedKmh, "speedKmh");
    }

    /** The settings of one evaluated type; throws if the type is not evaluated. */
    public TypeSettings getType(String key) {
        TypeSettings t = types.get(key);
        if (t == null) throw new IllegalArgumentException("type " + key + " is not in " + file.getFileName());
        return t;
    }

    /** The folder the project file is in; relative paths in the file are resolved against it. */
    public Path folder() {
        return file.getParent();
    }
}
