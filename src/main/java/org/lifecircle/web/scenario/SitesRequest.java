package org.lifecircle.web.scenario;

import java.util.List;

/**
 * Sites to add to a scenario in one edit (accepted site-selection results): the facility type, the
 * scenario version they are based on, and the sites ({@code id} and {@code name} optional).
 */
public record SitesRequest(Long version, String type, List<NewSite> sites) {

    public record NewSite(String id, String name, Double lon, Double lat) {
    }
}
