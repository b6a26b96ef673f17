package org.lifecircle.siting.adapter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lifecircle.siting.CurvePoint;
import org.lifecircle.siting.SitingResult;

/**
 * A {@link SiteOutcome} as plain maps and lists ready for a JSON writer: the summary of DESIGN.md's
 * {@code result.json} (model, p, objective, selected, coveredWeight, totalWeight, runtimeMs and,
 * when an exact solver ran, lowerBound, upperBound, gap), the sites as a GeoJSON FeatureCollection
 * (existing facilities with {@code order} 0, new sites 1 … p with their marginal gains), and the
 * coverage curve. Numbers that are whole are written without a fraction, NaN as null. O(p + curve).
 */
public final class SiteReport {

    private SiteReport() {
    }

    public static Map<String, Object> summary(SiteOutcome o) {
        SitingResult r = o.result();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", o.type());
        json.put("model", o.model());
        json.put("solver", r.solver());
        json.put("p", r.p());
        json.put("objective", number(r.objective()));
        json.put("selected", List.of(r.selectedIds()));
        List<String> existing = new ArrayList<>();
        for (int j : r.existing()) existing.add(o.id(j));
        json.put("existing", existing);
        json.put("coveredWeight", number(r.coveredWeight()));
        json.put("totalWeight", number(r.totalWeight()));
        json.put("coveredShare", number(r.coveredShare()));
        json.put("uncoverableWeight", number(r.uncoverableWeight()));
        if (o.model().equals("pmedian")) {
            json.put("meanSeconds", r.coveredWeight() == 0 ? null : number(r.objective() / r.coveredWeight()));
        }
        json.put("thresholdMinutes", number(o.thresholdSeconds() / 60));
        json.put("travelTime", o.networkBased() ? "network" : "straight-line");
        json.put("candidateSource", o.candidateSource());
        json.put("candidateCount", o.candidateCount());
        json.put("demandRows", r.demandRows());
        json.put("mergedRows", r.mergedRows());
        json.put("runtimeMs", r.runtimeMs());
        if (!Double.isNaN(r.lowerBound())) {
            json.put("lowerBound", number(r.lowerBound()));
            json.put("upperBound", number(r.upperBound()));
            json.put("gap", number(r.gap()));
            json.put("provenOptimal", r.provenOptimal());
        }
        return json;
    }

    public static Map<String, Object> sites(SiteOutcome o) {
        SitingResult r = o.result();
        List<Object> features = new ArrayList<>();
        int[] existing = r.existing();
        for (int k = 0; k < existing.length; k++) {
            features.add(feature(o, existing[k], 0, true, Double.NaN, r.existingWeight()[k]));
        }
        for (int k = 0; k < r.p(); k++) {
            features.add(feature(o, r.selected()[k], k + 1, false, r.marginalGain()[k], r.siteWeight()[k]));
        }
        Map<String, Object> fc = new LinkedHashMap<>();
        fc.put("type", "FeatureCollection");
        fc.put("features", features);
        return fc;
    }

    public static List<Map<String, Object>> curve(SiteOutcome o) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (CurvePoint c : o.curve()) {
            Map<String, Object> point = new LinkedHashMap<>();
            point.put("p", c.p());
            point.put("coveredWeight", number(c.coveredWeight()));
            point.put("share", number(c.share()));
            point.put("marginalGain", number(c.marginalGain()));
            point.put("objective", number(c.objective()));
            out.add(point);
        }
        return out;
    }

    private static Map<String, Object> feature(SiteOutcome o, int column, int order, boolean existing, double gain,
            double weight) {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("id", o.id(column));
        props.put("order", order);
        props.put("existing", existing);
        props.put("marginalGain", number(gain));
        props.put("coveredWeight", number(weight));
        Map<String, Object> feature = new LinkedHashMap<>();
        feature.put("type", "Feature");
        feature.put("geometry", Map.of("type", "Point", "coordinates", List.of(round(o.lon(column)), round(o.lat(column)))));
        feature.put("properties", props);
        return feature;
    }

    private static double round(double degrees) {
        return Math.round(degrees * 1e7) / 1e7;
    }

    /** A JSON number: integral values as longs, NaN and infinities as null. */
    static Object number(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) return null;
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return (long) v;
        return v;
    }
}
