package org.lifecircle.web.siting;

/**
 * The body of {@code POST /api/siting/runs} as the UI sends it: facility type, model ("mclp",
 * "lscp", "pmedian", "capacitated"), {@code p} (number of new sites) or {@code target} (covered
 * share to reach, (0, 1]), {@code siteCapacity} (capacitated), the candidate source ("gaps",
 * "streets" or "file:NAME" in the project folder), the solver, and optionally {@code curveMax},
 * {@code spacingMeters} and the scenario whose facilities are the existing ones. Unset values take
 * the use case's defaults ({@link org.lifecircle.planning.SitingDefaults}); checking is the use
 * case's ({@link org.lifecircle.planning.SiteRequest}).
 */
public record SitingRunBody(String type, String model, Integer p, Double target, Double siteCapacity, String candidates,
        String solver, Integer curveMax, Double spacingMeters, Long scenario) {
}
