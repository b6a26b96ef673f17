package org.lifecircle.store.result;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One site-selection run as stored: the scenario it ran on (null = the project baseline), facility
 * type, model ({@code mclp}, {@code lscp}, {@code pmedian} …), its parameters (p, target, minutes,
 * solver … as a JSON-able map of strings, numbers and booleans), the selected sites in order and the
 * figures of DESIGN.md's {@code result.json}; bounds and gap are null unless an exact solver ran.
 */
public record SitingRun(Long scenarioId, String facilityType, String model, Map<String, Object> parameters,
        List<SelectedSite> selected, double objective, double coveredWeight, double totalWeight, Double lowerBound,
        Double upperBound, Double gap, long runtimeMs) {

    public SitingRun {
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        selected = List.copyOf(selected);
    }
}
