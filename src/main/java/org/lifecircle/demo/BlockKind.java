package org.lifecircle.demo;

/** What fills one 400 m block between arterial streets. */
enum BlockKind {
    /** Jittered lanes (~100–133 m blocks), dead ends and alleys. */
    LANES,
    /** One or two residential streets each way (~130–200 m blocks). */
    GRID,
    /** One gated compound whose paths reach the streets only at its gates. */
    COMPOUND,
    /** Two gated compounds either side of a branch road. */
    TWO_COMPOUNDS,
    /** A park with a loop path. */
    PARK,
    /** Nothing inside: fields, depots, a site under construction or the riverbank. */
    OPEN
}
