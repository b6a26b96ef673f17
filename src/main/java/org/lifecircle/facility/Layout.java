package org.lifecircle.facility;

/**
 * How a facility type should be spread, as the seed plans distinguish it: frequently used
 * facilities for less mobile users small and many ({@link #DISPERSED}); widely used venues shared
 * through hub-and-branch or chain arrangements ({@link #HUB_AND_BRANCH}); rarely used or closely
 * related services grouped ({@link #CONCENTRATED}). Siting models read it as a hint.
 */
public enum Layout {
    DISPERSED("适度减小规模、增加布点", "smaller and more"),
    HUB_AND_BRANCH("总分馆、连锁", "hub and branches"),
    CONCENTRATED("适度集中布局", "concentrated");

    private final String nameZh;
    private final String nameEn;

    Layout(String nameZh, String nameEn) {
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
