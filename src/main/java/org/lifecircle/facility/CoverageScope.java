package org.lifecircle.facility;

/**
 * What a coverage target counts: the share of demand (people) within the threshold, the share of
 * admin units (communities, streets) that have a facility within it, or the share of villages.
 */
public enum CoverageScope {
    POPULATION, UNITS, VILLAGES
}
