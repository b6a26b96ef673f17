package org.lifecircle.web.siting;

/**
 * A site-selection run as the UI asks for it: facility type, model ("mclp", "lscp", "pmedian"),
 * either {@code p} (number of new sites) or {@code target} (covered share to reach, 0-1], and
 * the candidate source ("grid", "layer:NAME" or "uploaded:ID").
 */
public record SiteRequest(String type, String model, Integer p, Double target, String candidates) {
}
