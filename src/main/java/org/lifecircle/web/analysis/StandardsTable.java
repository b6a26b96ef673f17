package org.lifecircle.web.analysis;

import java.util.List;

/**
 * The standards table ({@code GET /api/standards}): per type its threshold, speed and coverage
 * targets with the clauses they come from and how far the baseline gets; per-capita indicators
 * overall and per admin unit with value, targets, met or short. Numbers rounded to 0.01.
 */
public record StandardsTable(String method, List<TypeStandard> types, List<PerCapitaStandard> standards) {

    /** Where a number comes from: citation code, the citation in Chinese and English, and the clause text. */
    public record Citation(String code, String zh, String en, String text) {
    }

    /** One facility type's threshold (minutes), walking speed and targets. Sources are null when not cited. */
    public record TypeStandard(String type, String label, double minutes, double speedKmh, Citation thresholdSource,
            Citation speedSource, List<TypeTarget> targets) {
    }

    /** A coverage target: scope (population, villages, units), share 0–1, year or null, and the baseline's progress. */
    public record TypeTarget(String scope, double share, Integer year, Citation source, Double achieved, boolean met) {
    }

    /** One per-capita indicator in one area; {@code value} null when it cannot be computed. */
    public record PerCapitaStandard(String id, String label, String labelEn, String unit, String unitEn, String level,
            String unitId, String unitName, int facilities, int facilitiesWithoutMeasure, double population, Double value,
            List<PerCapitaTarget> targets, boolean meets) {
    }

    /** One target of a per-capita indicator; {@code shortBy} null when met or not computable. */
    public record PerCapitaTarget(double target, Integer year, String source, boolean meets, Double shortBy) {
    }
}
