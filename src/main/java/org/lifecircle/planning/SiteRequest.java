package org.lifecircle.planning;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.lifecircle.io.InputException;
import org.lifecircle.siting.SolveOptions;
import org.lifecircle.siting.SolverKind;

/**
 * One site-selection question, validated on construction; the web and the command line only fill
 * in a {@link Builder} (unset values take {@link SitingDefaults}). A bad value is an
 * {@link InputException} naming the request field ({@code type}, {@code model}, {@code p},
 * {@code target}, {@code siteCapacity}, {@code curveMax}, {@code solver},
 * {@code timeLimitSeconds}, {@code spacingMeters}, {@code candidates}).
 *
 * @param p            new sites (mclp, pmedian, capacitated: 1 … {@link SitingDefaults#MAX_P}); 0 for lscp
 * @param target       share of the demand to cover (lscp; NaN = every coverable cell), else NaN
 * @param siteCapacity people each new site serves (capacitated only), else NaN
 * @param curveMax     the coverage curve runs to max(sites chosen, curveMax)
 * @param scenarioId   the scenario whose facilities are the existing ones, null = the project's
 */
public record SiteRequest(String type, SitingModel model, int p, double target, double siteCapacity, int curveMax,
        CandidatePolicy candidates, SolveOptions options, Long scenarioId) {

    public SiteRequest {
        if (type == null || type.isBlank()) throw InputException.of("type", "is required");
        if (model == null) throw InputException.of("model", "is required");
        if (model.takesP()) {
            if (p < 1 || p > SitingDefaults.MAX_P) {
                throw InputException.of("p", "must be between 1 and " + SitingDefaults.MAX_P + ", got " + p);
            }
            if (!Double.isNaN(target)) throw InputException.of("target", "is not used by " + model.key() + "; give p only");
        } else {
            if (p != 0) throw InputException.of("p", "is not used by lscp; give target only (or nothing: every coverable cell)");
            if (!Double.isNaN(target) && !(target > 0 && target <= 1)) {
                throw InputException.of("target", "must be in (0, 1], got " + target);
            }
        }
        if (model == SitingModel.CAPACITATED) {
            if (!(siteCapacity > 0 && siteCapacity < Double.POSITIVE_INFINITY)) {
                throw InputException.of("siteCapacity", "model capacitated needs a positive capacity per new site");
            }
        } else if (!Double.isNaN(siteCapacity)) {
            throw InputException.of("siteCapacity", "is used by the capacitated model only");
        }
        if (curveMax < 0 || curveMax > SitingDefaults.MAX_P) {
            throw InputException.of("curveMax", "must be between 0 and " + SitingDefaults.MAX_P + ", got " + curveMax);
        }
        if (candidates == null) throw InputException.of("candidates", "is required");
        if (options == null) throw InputException.of("solver", "is required");
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Unless {@code keys} holds the type: an {@link InputException} on {@code type} listing them. */
    public void requireTypeIn(Collection<String> keys) {
        if (!keys.contains(type)) {
            throw InputException.of("type", "'" + type + "' is not a facility type of this project (" + String.join(", ", keys) + ")");
        }
    }

    /** The parameters a recorded run keeps (JSON-able): the request as asked plus what it ran on. */
    public Map<String, Object> parameters(int candidateCount) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (model.takesP()) out.put("p", p);
        if (!Double.isNaN(target)) out.put("target", target);
        if (!Double.isNaN(siteCapacity)) out.put("siteCapacity", siteCapacity);
        if (curveMax > 0) out.put("curveMax", curveMax);
        out.put("solver", options.solver().key());
        out.put("timeLimitSeconds", options.timeLimitSeconds());
        out.put("seed", options.seed());
        out.put("candidates", candidates.label());
        if (candidates.generated()) out.put("spacingMeters", candidates.spacingMeters());
        if (!candidates.exclusions().isEmpty()) {
            out.put("exclude", candidates.exclusions().stream().map(f -> f.getFileName().toString()).toList().toString());
        }
        out.put("candidateCount", candidateCount);
        return out;
    }

    /** Collects a request from optional inputs; {@link #build()} applies the defaults and validates. */
    public static final class Builder {
        private String type;
        private String model;
        private Integer p;
        private Double target;
        private Double siteCapacity;
        private Integer curveMax;
        private CandidatePolicy candidates;
        private String solver;
        private Double timeLimitSeconds;
        private Long seed;
        private Double spacingMeters;
        private Long scenarioId;

        private Builder() {
        }

        public Builder type(String v) {
            type = v;
            return this;
        }

        public Builder model(String v) {
            model = v;
            return this;
        }

        public Builder p(Integer v) {
            p = v;
            return this;
        }

        public Builder target(Double v) {
            target = v;
            return this;
        }

        public Builder siteCapacity(Double v) {
            siteCapacity = v;
            return this;
        }

        public Builder curveMax(Integer v) {
            curveMax = v;
            return this;
        }

        public Builder candidates(CandidatePolicy v) {
            candidates = v;
            return this;
        }

        public Builder solver(String v) {
            solver = v;
            return this;
        }

        public Builder timeLimitSeconds(Double v) {
            timeLimitSeconds = v;
            return this;
        }

        public Builder seed(Long v) {
            seed = v;
            return this;
        }

        /** Metres between generated candidates (overrides the policy's). */
        public Builder spacingMeters(Double v) {
            spacingMeters = v;
            return this;
        }

        public Builder scenarioId(Long v) {
            scenarioId = v;
            return this;
        }

        public SiteRequest build() {
            if (type == null || type.isBlank()) throw InputException.of("type", "is required");
            SitingModel m = SitingModel.parse(model, "model");
            if (m.takesP() && p == null) {
                throw InputException.of("p", "is required for " + m.key() + " (number of new sites)");
            }
            if (m == SitingModel.CAPACITATED && siteCapacity == null) {
                throw InputException.of("siteCapacity", "model capacitated needs a positive capacity per new site");
            }
            SolverKind kind = solver == null ? SitingDefaults.SOLVER : SolverKind.parse(solver, "solver");
            double seconds = timeLimitSeconds == null ? SitingDefaults.TIME_LIMIT_SECONDS : timeLimitSeconds;
            if (!(seconds > 0 && seconds < Double.POSITIVE_INFINITY)) {
                throw InputException.of("timeLimitSeconds", seconds + " is not a positive number of seconds");
            }
            SolveOptions options = SolveOptions.of(kind).withTimeLimit(seconds)
                    .withSeed(seed == null ? SitingDefaults.SEED : seed);
            CandidatePolicy policy = candidates == null ? CandidatePolicy.gaps() : candidates;
            if (spacingMeters != null) policy = policy.withSpacing(spacingMeters);
            return new SiteRequest(type, m, p == null ? 0 : p, target == null ? Double.NaN : target,
                    siteCapacity == null ? Double.NaN : siteCapacity, curveMax == null ? SitingDefaults.CURVE_MAX : curveMax,
                    policy, options, scenarioId);
        }
    }
}
