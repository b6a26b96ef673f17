package org.lifecircle.store.result;

/** Coverage of one facility type inside one admin unit or village. */
public record UnitCoverage(String facilityType, String unitId, double population, double covered) {
}
