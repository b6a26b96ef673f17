package org.lifecircle.project;

/** Administrative level of roll-up units: 社区 community, 街道 street (subdistrict), 乡镇 township. */
public enum UnitLevel {
    COMMUNITY("community"),
    STREET("street"),
    TOWNSHIP("township");

    private final String key;

    UnitLevel(String key) {
        this.key = key;
    }

    /** The spelling used in project files and in the {@code level} property of unit features. */
    public String key() {
        return key;
    }
}
