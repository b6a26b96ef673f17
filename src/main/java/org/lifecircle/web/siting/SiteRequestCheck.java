package org.lifecircle.web.siting;

import java.util.List;
import java.util.Set;
import org.lifecircle.io.InputException;
import org.lifecircle.web.project.FacilityType;

/**
 * Validates a {@link SiteRequest} against the project before any engine sees it, naming the
 * offending field: the type must be one of the project's, the model known, and exactly the
 * parameter the model needs given (p for mclp / pmedian, target for lscp), a known candidate
 * source and solver.
 */
public final class SiteRequestCheck {

    public static final Set<String> MODELS = Set.of("mclp", "lscp", "pmedian");
    public static final int MAX_P = 1000;

    private SiteRequestCheck() {
    }

    public static void check(SiteRequest r, List<FacilityType> types) {
        if (r == null) throw InputException.of("body", "a JSON object with type, model and p or target is required");
        if (r.type() == null || r.type().isBlank()) throw InputException.of("type", "is required");
        if (types.stream().noneMatch(t -> t.key().equals(r.type()))) {
            throw InputException.of("type", "'" + r.type() + "' is not a facility type of this project "
                    + types.stream().map(FacilityType::key).toList());
        }
        if (r.model() == null || !MODELS.contains(r.model())) {
            throw InputException.of("model", "must be one of mclp, lscp, pmedian, got " + r.model());
        }
        if (r.model().equals("lscp")) {
            if (r.target() == null) throw InputException.of("target", "is required for lscp (covered share, 0-1]");
            if (!(r.target() > 0 && r.target() <= 1)) throw InputException.of("target", "must be in (0, 1], got " + r.target());
            if (r.p() != null) throw InputException.of("p", "is not used by lscp; give target only");
        } else {
            if (r.p() == null) throw InputException.of("p", "is required for " + r.model() + " (number of new sites)");
            if (r.p() < 1 || r.p() > MAX_P) throw InputException.of("p", "must be between 1 and " + MAX_P + ", got " + r.p());
            if (r.target() != null) throw InputException.of("target", "is not used by " + r.model() + "; give p only");
        }
        String c = r.candidates();
        if (c != null && !c.equals("gaps") && !c.equals("streets") && !(c.startsWith("file:") && c.length() > 5)) {
            throw InputException.of("candidates", "must be gaps, streets or file:NAME, got " + c);
        }
        if (r.solver() != null && !Set.of("greedy", "local", "exact").contains(r.solver())) {
            throw InputException.of("solver", "must be greedy, local or exact, got " + r.solver());
        }
    }
}
