package org.lifecircle.study;

import java.util.Optional;
import org.lifecircle.coverage.Study;
import org.lifecircle.coverage.TypeSpec;
import org.lifecircle.facility.Facilities;
import org.lifecircle.network.isochrone.IsochroneRequest;

/**
 * Isochrone origins taken from a study: a facility by id, at its location, walked at the speed
 * of its type (else the project's speed). O(facilities + types) per lookup.
 */
public final class FacilityOrigins {

    /** A facility as an isochrone start and the speed its residents walk to it. */
    public record FacilityOrigin(IsochroneRequest.Origin origin, double speedKmh) {
    }

    private FacilityOrigins() {
    }

    /** The facility {@code id}, or empty when the study has none by that id; {@code field} names it in errors. */
    public static Optional<FacilityOrigin> find(Study study, String id, String field, double projectSpeedKmh) {
        Facilities f = study.facilities();
        for (int i = 0; i < f.size(); i++) {
            if (!f.id(i).equals(id)) continue;
            double speedKmh = projectSpeedKmh;
            String typeKey = f.type(i).key();
            for (TypeSpec t : study.types()) {
                if (t.key().equals(typeKey)) speedKmh = t.speedKmh();
            }
            return Optional.of(new FacilityOrigin(new IsochroneRequest.Origin(field, id, f.lon(i), f.lat(i)), speedKmh));
        }
        return Optional.empty();
    }
}
