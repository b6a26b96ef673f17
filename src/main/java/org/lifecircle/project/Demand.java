package org.lifecircle.project;

/** Which population a facility type serves: everyone, or the elderly (60+) layer. */
public enum Demand {
    TOTAL("total"),
    ELDERLY("elderly");

    private final String key;

    Demand(String key) {
        this.key = key;
    }

    /** The spelling used in project files. */
    public String key() {
        return key;
    }
}
