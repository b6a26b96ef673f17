package org.lifecircle.facility;

/**
 * Which population a facility type serves: everyone, or the elderly (60+). Standards packs and
 * project files name it by {@link #key()}; coverage maps it onto the population layer that holds
 * those people.
 */
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
