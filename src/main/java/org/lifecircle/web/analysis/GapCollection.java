package org.lifecircle.web.analysis;

import java.util.List;
import java.util.Map;

/**
 * The answer of {@code GET /api/gaps}: one facility type's coverage gaps (clusters of adjacent
 * uncovered cells), largest first, as a GeoJSON-shaped feature list. The top-level {@code type}
 * is the facility type key, as this endpoint has always answered, not "FeatureCollection".
 * Rounded to 0.01; null where a number is not finite.
 */
public record GapCollection(String type, String method, int gapCount, double uncoveredDemand, List<GapFeature> features) {

    public GapCollection {
        features = List.copyOf(features);
    }

    /** One gap polygon; {@code type} is always "Feature", {@code geometry} is GeoJSON (WGS84, 7 decimals). */
    public record GapFeature(String type, String id, Map<String, Object> geometry, GapProperties properties) {

        public static GapFeature of(String id, Map<String, Object> geometry, GapProperties properties) {
            return new GapFeature("Feature", id, geometry, properties);
        }
    }

    /** A gap's rank (1 = most uncovered demand), facility type key, cell count, demand and nearest facility in minutes. */
    public record GapProperties(int rank, String type, int cells, double demand, Double population, Double elderly,
            Double nearestMinutes) {
    }
}
