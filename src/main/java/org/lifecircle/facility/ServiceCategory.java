package org.lifecircle.facility;

/** Service category of a facility type, with the Chinese and English names used in reports. */
public enum ServiceCategory {
    FITNESS("健身", "fitness"),
    ELDER_CARE("养老", "elder care"),
    HEALTH("卫生", "health"),
    COMMUNITY_SERVICE("社区服务", "community service"),
    KINDERGARTEN("幼儿园", "kindergarten"),
    CHILDCARE("托育", "childcare"),
    PRIMARY_SCHOOL("小学", "primary school"),
    MIDDLE_SCHOOL("中学", "middle school"),
    CULTURE("文化", "culture"),
    COMMERCE("便民商业", "convenience commerce"),
    OTHER("其他", "other");

    private final String nameZh;
    private final String nameEn;

    ServiceCategory(String nameZh, String nameEn) {
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
