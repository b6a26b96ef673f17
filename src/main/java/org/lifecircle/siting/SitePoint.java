package org.lifecircle.siting;

/** A demand point or candidate site handed to a {@link CandidateMatrixSource}: id and WGS84 position. */
public record SitePoint(String id, double lon, double lat) {
}
