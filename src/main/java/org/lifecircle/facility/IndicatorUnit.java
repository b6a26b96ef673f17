package org.lifecircle.facility;

/**
 * Denominator of a per-capita indicator. {@link #personsPerUnit(double)} is how many people one
 * denominator unit stands for: 1 person, 100 households (× persons per household), 1,000 people.
 */
public enum IndicatorUnit {
    M2_PER_PERSON("平方米/人", "m² per person"),
    M2_PER_100_HOUSEHOLDS("平方米/百户", "m² per 100 households"),
    PLACES_PER_1000_PERSONS("个/千人", "places per 1,000 people");

    private final String symbolZh;
    private final String symbolEn;

    IndicatorUnit(String symbolZh, String symbolEn) {
        this.symbolZh = symbolZh;
        this.symbolEn = symbolEn;
    }

    public double personsPerUnit(double personsPerHousehold) {
        return switch (this) {
            case M2_PER_PERSON -> 1.0;
            case M2_PER_100_HOUSEHOLDS -> 100.0 * personsPerHousehold;
            case PLACES_PER_1000_PERSONS -> 1000.0;
        };
    }

    public String symbolZh() {
        return symbolZh;
    }

    public String symbolEn() {
        return symbolEn;
    }
}
