package org.lifecircle.demo;

import java.util.List;
import java.util.Map;

/**
 * What one run of the demo generator produced, for PROVENANCE.md, the command line and tests.
 *
 * @param seed               the random seed
 * @param nodes              road junctions and dead ends
 * @param roads              road lines (each from junction to junction)
 * @param roadKm             total road length in km (local metres)
 * @param bridges            road lines over the river
 * @param compounds          gated compounds (private service roads by compound name)
 * @param gates              gate paths into compounds
 * @param deadEnds           nodes with one road
 * @param population         total people (sum of non-nodata cells)
 * @param elderly            total people aged 60+
 * @param populationByDistrict people by district
 * @param densityPerKm2      measured people per km² of land by district
 * @param elderlyShare       measured 60+ share by district
 * @param facilities         facility count by type, in file order
 * @param candidates         candidate sites for new facilities
 * @param villages           administrative villages
 * @param communities        communities (社区) in the town
 * @param files              the files written, in order
 */
public record DemoSummary(long seed, int nodes, int roads, double roadKm, int bridges, int compounds, int gates,
        int deadEnds, double population, double elderly, Map<String, Double> populationByDistrict,
        Map<String, Double> densityPerKm2, Map<String, Double> elderlyShare, Map<String, Integer> facilities,
        int candidates, int villages, int communities, List<String> files) {
}
