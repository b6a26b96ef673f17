package org.lifecircle.facility;

import java.util.OptionalInt;

/** A minimum for a per-capita indicator, by {@code year} when the document names one. */
public record IndicatorTarget(double value, OptionalInt year, Clause clause) {
}
