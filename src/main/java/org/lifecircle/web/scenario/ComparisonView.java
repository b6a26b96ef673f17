package org.lifecircle.web.scenario;

import java.util.List;
import java.util.Map;

/**
 * Scenarios side by side ({@code GET /api/scenarios/compare}); every list of numbers has one entry
 * per scenario, in the order asked. {@code units} is the first admin level, {@code levels} every
 * level; {@code sites} is the second scenario against the first and {@code sitesByScenario} each
 * scenario against the first.
 */
public record ComparisonView(List<ScenarioRef> scenarios, List<TypeRow> types, List<UnitRow> units,
        List<LevelRows> levels, SiteChangesView sites, List<SiteChangesView> sitesByScenario) {

    public record ScenarioRef(String id, String name) {
    }

    /** One type: demand ({@code population}, the first scenario's), covered demand and share per scenario. */
    public record TypeRow(String type, double minutes, double population, List<Double> covered, List<Double> shares) {
    }

    /** One admin unit, by type key. */
    public record UnitRow(String id, String name, Map<String, UnitShares> types) {
    }

    /** A unit's demand of one type, and per scenario the covered demand and share (null without demand). */
    public record UnitShares(double population, List<Double> covered, List<Double> shares) {
    }

    /** Every unit of one admin level (community, street, village …). */
    public record LevelRows(String level, List<UnitRow> units) {
    }
}
