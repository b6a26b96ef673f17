package org.lifecircle.facility;

import java.util.OptionalInt;

/**
 * A coverage target of a facility type: {@code share} (0–1) of the {@code scope} covered, by
 * {@code year} when the document names one, e.g. rural elder-care facility coverage ≥ 0.8 of
 * villages (Panjin plan).
 */
public record CoverageTarget(double share, OptionalInt year, CoverageScope scope, Clause clause) {
}
