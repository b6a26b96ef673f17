package org.lifecircle.project;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Where the elderly (60+) population comes from: rasters on the population grid whose cells are
 * summed (e.g. WorldPop's 60–64 … 80+ male and female bands), or one share of the total
 * population, or nothing (then types with {@code demand: elderly} rely on the evaluation's
 * default). At most one of {@code rasters} and {@code share} is given.
 */
public record ElderlyDemand(List<Dataset> rasters, OptionalDouble share) {

    private static final ElderlyDemand NONE = new ElderlyDemand(List.of(), OptionalDouble.empty());

    public ElderlyDemand {
        rasters = List.copyOf(Objects.requireNonNull(rasters, "rasters"));
        Objects.requireNonNull(share, "share");
        if (!rasters.isEmpty() && share.isPresent()) {
            throw new IllegalArgumentException("elderly rasters and an elderly share are exclusive");
        }
    }

    public static ElderlyDemand none() {
        return NONE;
    }

    public static ElderlyDemand ofRasters(List<Dataset> rasters) {
        return new ElderlyDemand(rasters, OptionalDouble.empty());
    }

    public static ElderlyDemand ofShare(double share) {
        return new ElderlyDemand(List.of(), OptionalDouble.of(share));
    }

    public boolean isGiven() {
        return !rasters.isEmpty() || share.isPresent();
    }
}
