package org.lifecircle.siting.adapter;

import java.util.Locale;
import org.lifecircle.io.InputException;
import org.lifecircle.siting.SolveOptions;

/**
 * One project-mode siting question: the facility type, the model ("mclp", "lscp", "pmedian",
 * "capacitated"), the number of new sites {@code p} (not for lscp) or the target share (lscp,
 * NaN = every coverable cell), the capacity of each new site (capacitated only, else NaN), how far
 * the coverage curve goes ({@code curveMax}; 0 = up to the chosen number of sites) and how to solve.
 * Checked on construction: a bad value is an {@link InputException} naming the field.
 */
public record SiteRequest(String type, String model, int p, double target, double siteCapacity, int curveMax,
        SolveOptions options) {

    public SiteRequest {
        if (type == null || type.isBlank()) throw InputException.of("type", "a facility type is required");
        if (model == null) throw InputException.of("model", "choose mclp, lscp, pmedian or capacitated");
        model = model.toLowerCase(Locale.ROOT);
        switch (model) {
            case "mclp", "pmedian", "capacitated" -> {
                if (p < 1) throw InputException.of("p", "model " + model + " needs p ≥ 1 new sites");
                if (!Double.isNaN(target)) throw InputException.of("target", "applies to lscp only");
            }
            case "lscp" -> {
                if (p != 0) throw InputException.of("p", "lscp finds the number of sites itself; give a target or nothing");
                if (!Double.isNaN(target) && !(target > 0 && target <= 1)) {
                    throw InputException.of("target", target + " is not a share in (0, 1]");
                }
            }
            default -> throw InputException.of("model", "'" + model + "' is not mclp, lscp, pmedian or capacitated");
        }
        if (model.equals("capacitated") && !(siteCapacity > 0 && siteCapacity < Double.POSITIVE_INFINITY)) {
            throw InputException.of("siteCapacity", "model capacitated needs a positive capacity per new site");
        }
        if (curveMax < 0) throw InputException.of("curveMax", curveMax + " is negative");
        if (options == null) throw InputException.of("options", "solve options are required");
    }
}
