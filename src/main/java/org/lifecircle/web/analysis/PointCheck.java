package org.lifecircle.web.analysis;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The point check ({@code GET /api/check?lon=&lat=}): where the point is (admin unit, village,
 * from the project's layers) and, once computed, for each facility type the facilities reachable
 * within 5 / 10 / 15 minutes with their walking times and whether the point meets the type's
 * standard. {@code types} is empty unless {@code status} is COMPUTED.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PointCheck(double lon, double lat, AnalysisStatus status, String message, String method,
                         Place unit, Place village, List<TypeCheck> types) {

    /** One facility type at the point; {@code nearestSeconds} null when none is reachable. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TypeCheck(String type, double minutes, Double nearestSeconds, boolean meetsStandard,
                            List<ReachableFacility> reachable) {
    }

    /** A facility reachable from the point; {@code bandMinutes} is the smallest of 5, 10, 15 that contains it. */
    public record ReachableFacility(String id, String name, double walkSeconds, double distanceMeters, int bandMinutes) {
    }
}
