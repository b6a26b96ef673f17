package org.lifecircle.scenario;

import java.util.List;

/** A scenario's coverage, one {@link TypeCoverage} per evaluated type in the study's order. */
public record ScenarioCoverage(List<TypeCoverage> types) {

    public ScenarioCoverage {
        types = List.copyOf(types);
    }

    public TypeCoverage type(String key) {
        for (TypeCoverage t : types) {
            if (t.typeKey().equals(key)) return t;
        }
        throw new IllegalArgumentException("type " + key + " is not evaluated");
    }
}
