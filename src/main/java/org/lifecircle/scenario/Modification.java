package org.lifecircle.scenario;

import java.util.List;

/**
 * One planner's edit of the facilities of a scenario. Each is first checked against the
 * facilities as they stand before it ({@link #resolve}), then applied to the working copy
 * ({@link #apply}); the baseline itself is never changed.
 */
public sealed interface Modification permits AddFacility, MoveFacility, RemoveFacility, ChangeCapacity {

    /** The facility this edit concerns. */
    String facilityId();

    /** Short name of the kind of edit: add, move, remove, capacity. */
    String kind();

    /** Why this edit cannot be applied to {@code before}; empty when it can. */
    List<String> resolve(FacilitySet before);

    /** Applies the edit; only called after {@link #resolve} found nothing. */
    void apply(FacilitySet working);
}
