package org.lifecircle.facility;

/** Which facility attribute a per-capita indicator sums: floor/land area (m²) or capacity (places, beds). */
public enum Measure {
    AREA_M2, CAPACITY
}
