package org.lifecircle.coverage;

import java.util.List;
import java.util.Objects;
import org.lifecircle.facility.Facilities;
import org.lifecircle.network.StreetNetwork;
import org.lifecircle.network.traveltime.TravelTimeModel;
import org.lifecircle.population.AdminUnits;
import org.lifecircle.population.DemandCells;

/**
 * Everything a coverage evaluation reads, already loaded: the travel-time model (network or
 * straight-line fallback), demand cells, facility types and facilities, admin units by level,
 * villages, and the standards pack the facilities were read against (per-capita indicators).
 * Immutable.
 *
 * @param network            the street network behind {@code model}, null for the straight-line fallback
 * @param networkSource      where the times come from ("roads.geojson", or why straight-line is used)
 * @param unitLevels         admin units, one entry per level (units of one level do not overlap)
 * @param villages           villages, or null
 * @param villageTypes       the type keys every village must have (all types when empty)
 * @param villageRadiusMeters straight-line radius that counts as served for villages, NaN to use each type's radius
 * @param notes              remarks carried into every output (e.g. how the elderly layer was made)
 */
public record Study(String name, TravelTimeModel model, StreetNetwork network, String networkSource, DemandCells demand, List<TypeSpec> types,
        Facilities facilities, List<UnitLevel> unitLevels, Places villages, List<String> villageTypes,
        double villageRadiusMeters, List<String> notes) {

    /** Admin units of one level ("community", "street", "township", or "unit" when the level is not given). */
    public record UnitLevel(String level, AdminUnits units) {
    }

    public Study {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(facilities, "facilities");
        Objects.requireNonNull(demand, "demand");
        types = List.copyOf(types);
        unitLevels = List.copyOf(unitLevels);
        villageTypes = List.copyOf(villageTypes);
        notes = List.copyOf(notes);
    }

    /** The study's facilities of an evaluated type. */
    public FacilitySites sites(TypeSpec type) {
        return FacilitySites.of(facilities, type.standard(), type.key());
    }

    public TypeSpec type(String key) {
        return types.stream().filter(t -> t.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("type " + key + " is not evaluated"));
    }
}
