package org.lifecircle.siting;

/**
 * One step of a coverage curve: with {@code p} new sites the covered (assigned) weight, its
 * share of the total, the gain over p − 1 sites, and the model objective (equal to the covered
 * weight for coverage models, the weighted cost for p-median).
 */
public record CurvePoint(int p, double coveredWeight, double share, double marginalGain, double objective) {
}
