package org.lifecircle.web.siting;

/**
 * A site-selection run as the UI asks for it: facility type, model ("mclp", "lscp", "pmedian"),
 * either {@code p} (number of new sites) or {@code target} (covered share to reach, 0-1], the
 * candidate source ("gaps", "streets" or "file:NAME" in the project folder; default "gaps"), the
 * solver ("greedy", "local", "exact"; default "local") and optionally the scenario whose
 * facilities are the existing ones (default: the project's).
 */
public record SiteRequest(String type, String model, Integer p, Double target, String candidates, String solver,
        Long scenario) {
}
