package org.lifecircle.project;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.lifecircle.facility.Demand;

/**
 * The project's settings for one facility type ({@code types.<key>}); every value is optional and,
 * when absent, comes from the standards pack. Contract: {@code minutes}, {@code radiusMeters} and
 * {@code speedKmh} are finite and &gt; 0; {@code target} is a share in (0, 1]; {@code targetYear}
 * is a calendar year. {@code key} matches the {@code type} column of the facilities file.
 */
public record TypeSettings(
        String key,
        OptionalDouble minutes,
        OptionalDouble radiusMeters,
        OptionalDouble speedKmh,
        Optional<Demand> demand,
        OptionalDouble target,
        OptionalInt targetYear,
        Optional<String> label) {

    public TypeSettings {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(minutes, "minutes");
        Objects.requireNonNull(radiusMeters, "radiusMeters");
        Objects.requireNonNull(speedKmh, "speedKmh");
        Objects.requireNonNull(demand, "demand");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(targetYear, "targetYear");
        Objects.requireNonNull(label, "label");
    }

    /** A type listed without settings: everything comes from the standards pack. */
    public static TypeSettings defaults(String key) {
        return new TypeSettings(key, OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(),
                Optional.empty(), OptionalDouble.empty(), OptionalInt.empty(), Optional.empty());
    }
}
