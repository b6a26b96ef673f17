package org.lifecircle.web.project;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An optional online tile layer the UI may offer next to its offline grid. {@code url} is a
 * Leaflet URL template; {@code overlay} marks a label layer drawn over another basemap.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Basemap(String id, String label, String url, String subdomains, String attribution,
                      int maxZoom, boolean overlay) {
}
