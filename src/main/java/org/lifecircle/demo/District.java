package org.lifecircle.demo;

/** Parts of the demo town with their own street pattern, density and age structure. */
enum District {
    /** Dense irregular lanes north of the river. */
    OLD_TOWN("old town 老城区"),
    /** 1990s blocks around the old town. */
    MIXED("1990s blocks 老城外围"),
    /** Superblocks with gated compounds north of the river. */
    NEW_NORTH("new district 城东新区"),
    /** Superblocks across the river. */
    NEW_SOUTH("new district across the river 河南新区"),
    /** Fields, depots and scattered houses inside the town frame. */
    OUTSKIRTS("outskirts 城郊"),
    /** Settled core of an administrative village. */
    VILLAGE("village cores 村庄"),
    /** Farmland and hills. */
    RURAL("farmland and hills 农田山地");

    private final String label;

    District(String label) {
        this.label = label;
    }

    /** English and Chinese name for reports. */
    String label() {
        return label;
    }
}
