package org.lifecircle.population;

/** Which population a facility type serves: everybody, or the elderly (aged 60 and over). */
public enum DemandLayer {
    TOTAL("总人口", "total population"),
    ELDERLY("60岁及以上老年人口", "population aged 60+");

    private final String nameZh;
    private final String nameEn;

    DemandLayer(String nameZh, String nameEn) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }
}
