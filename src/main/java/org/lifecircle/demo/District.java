package org.lifecircle.demo;

/** Parts of the demo town with their own street pattern, density and age structure. */
enum District {
    /** 老城区: dense irregular lanes north of the river. */
    OLD_TOWN,
    /** 老城外围: 1990s blocks around the old town. */
    MIXED,
    /** 城东新区: superblocks with gated compounds north of the river. */
    NEW_NORTH,
    /** 河南新区: superblocks across the river. */
    NEW_SOUTH,
    /** 城郊: fields, depots and scattered houses inside the town frame. */
    OUTSKIRTS,
    /** Settled core of an administrative village. */
    VILLAGE,
    /** Farmland and hills. */
    RURAL
}
