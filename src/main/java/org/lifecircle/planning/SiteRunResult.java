package org.lifecircle.planning;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;
import org.lifecircle.siting.CurvePoint;
import org.lifecircle.siting.SitingResult;

/**
 * The result of a site-selection run, one record for every reader: {@code site --project} writes
 * it as {@code result.json}, {@code POST /api/siting/runs} answers it as the job's result. Fields in
 * JSON order: the result.json figures of DESIGN.md, then the web's ({@code method} = {@code
 * travelTime}, {@code share} = {@code coveredShare}, {@code baselineShare}, the new {@code sites}
 * with their marginal gains, the coverage {@code curve} from 0 sites, none for p-median). Numbers
 * that are whole are written without a fraction; NaN is null; {@code meanSeconds} (p-median) and the
 * bounds (exact solver) are left out when absent. O(p + curve) to build.
 */
public record SiteRunResult(String type, String model, String solver, int p, Number objective, List<String> selected,
        List<String> existing, Number coveredWeight, Number totalWeight, Number coveredShare, Number uncoverableWeight,
        @JsonInclude(JsonInclude.Include.NON_NULL) Number meanSeconds, Number thresholdMinutes, String travelTime,
        String method, String candidateSource, int candidateCount, int demandRows, int mergedRows, Number baselineShare,
        Number share, List<Site> sites, List<Step> curve, long runtimeMs,
        @JsonInclude(JsonInclude.Include.NON_NULL) Number lowerBound,
        @JsonInclude(JsonInclude.Include.NON_NULL) Number upperBound,
        @JsonInclude(JsonInclude.Include.NON_NULL) Number gap,
        @JsonInclude(JsonInclude.Include.NON_NULL) Boolean provenOptimal) {

    public SiteRunResult {
        selected = List.copyOf(selected);
        existing = List.copyOf(existing);
        sites = List.copyOf(sites);
        curve = List.copyOf(curve);
    }

    /** A new site in order of selection: the demand it adds ({@code marginalGain}) and serves ({@code coveredWeight}). */
    public record Site(String id, Number lon, Number lat, int rank, Number marginalGain, Number marginalShare,
            Number coveredWeight) {
    }

    /** The curve after {@code sites} new sites; the 0 point has the share only. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Step(int sites, Number share, Number coveredWeight, Number marginalGain, Number objective) {
    }

    static SiteRunResult of(SiteOutcome o) {
        SitingResult r = o.result();
        double total = r.totalWeight();
        double gains = 0;
        for (double g : r.marginalGain()) gains += g;
        double baselineShare = total > 0 ? (r.coveredWeight() - gains) / total : 0;
        List<String> existing = new ArrayList<>();
        for (int j : r.existing()) existing.add(o.id(j));
        List<Site> sites = new ArrayList<>();
        for (int k = 0; k < r.p(); k++) {
            int column = o.selectedColumn(k);
            double gain = r.marginalGain()[k];
            sites.add(new Site(o.id(column), degrees(o.lon(column)), degrees(o.lat(column)), k + 1, number(gain),
                    number(total > 0 ? gain / total : 0), number(r.siteWeight()[k])));
        }
        boolean median = o.model() == SitingModel.PMEDIAN;
        List<Step> curve = new ArrayList<>();
        if (!o.curve().isEmpty() && !median) curve.add(new Step(0, number(baselineShare), null, null, null));
        for (CurvePoint c : o.curve()) {
            curve.add(new Step(c.p(), number(c.share()), number(c.coveredWeight()), number(c.marginalGain()),
                    number(c.objective())));
        }
        Number meanSeconds = median && r.coveredWeight() > 0 ? number(r.objective() / r.coveredWeight()) : null;
        boolean bounded = !Double.isNaN(r.lowerBound());
        String travelTime = o.networkBased() ? "network" : "straight-line";
        return new SiteRunResult(o.type(), o.model().key(), r.solver(), r.p(), number(r.objective()), List.of(r.selectedIds()),
                existing, number(r.coveredWeight()), number(total), number(r.coveredShare()), number(r.uncoverableWeight()),
                meanSeconds, number(o.thresholdSeconds() / 60), travelTime, travelTime, o.candidateSource(),
                o.candidateCount(), r.demandRows(), r.mergedRows(), number(baselineShare), number(r.coveredShare()), sites,
                curve, r.runtimeMs(), bounded ? number(r.lowerBound()) : null, bounded ? number(r.upperBound()) : null,
                bounded ? number(r.gap()) : null, bounded ? r.provenOptimal() : null);
    }

    private static Number degrees(double v) {
        return number(Math.round(v * 1e7) / 1e7);
    }

    /** A JSON number: integral values as longs, NaN and infinities as null. */
    static Number number(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) return null;
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return (long) v;
        return v;
    }
}
