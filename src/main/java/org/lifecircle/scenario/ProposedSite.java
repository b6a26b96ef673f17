package org.lifecircle.scenario;

/**
 * A site proposed by site selection (or picked on the map) to be added to a scenario: WGS84
 * position, optional id (one is made up when null) and optional name.
 */
public record ProposedSite(String id, String name, double lon, double lat) {
}
