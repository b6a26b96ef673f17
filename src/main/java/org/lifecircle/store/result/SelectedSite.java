package org.lifecircle.store.result;

/** A candidate chosen by a site-selection run, with its WGS84 position. */
public record SelectedSite(String candidateId, double lon, double lat) {
}
