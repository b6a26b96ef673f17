package org.lifecircle.web.analysis;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lifecircle.coverage.Evaluation;
import org.lifecircle.coverage.Gap;
import org.lifecircle.coverage.PerCapitaCheck;
import org.lifecircle.coverage.TypeResult;
import org.lifecircle.coverage.TypeSpec;
import org.lifecircle.facility.Clause;
import org.lifecircle.facility.CoverageTarget;
import org.lifecircle.web.problem.EngineUnavailableException;
import org.lifecircle.web.problem.UnknownIdException;
import org.lifecircle.web.project.GeoJson;
import org.lifecircle.web.project.MapFeature;
import org.lifecircle.web.session.ProjectSession;
import org.lifecircle.web.session.SessionHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Results of the baseline evaluation the map draws beside the coverage table: gap clusters as
 * polygons and the standards table (each type's threshold, speed and targets with the clauses
 * they come from, and the per-capita checks). Formatting only, O(gaps + indicators × units).
 */
@RestController
@Tag(name = "analysis")
public class ResultsController {

    private final SessionHolder holder;

    public ResultsController(SessionHolder holder) {
        this.holder = holder;
    }

    private ProjectSession session(String what) {
        return holder.session().orElseThrow(() -> new EngineUnavailableException("coverage", what + " (" + holder.status() + ")"));
    }

    @GetMapping(path = "/api/gaps", produces = {"application/geo+json", "application/json"})
    @Operation(summary = "Coverage gaps of one facility type: clusters of adjacent uncovered cells as polygons, largest first")
    public Map<String, Object> gaps(@Parameter(description = "facility type key") @RequestParam String type) {
        ProjectSession s = session("coverage gaps");
        TypeResult r = s.baseline().types().stream().filter(t -> t.type().key().equals(type)).findFirst()
                .orElseThrow(() -> new UnknownIdException("type", type));
        List<MapFeature> features = new ArrayList<>();
        for (Gap g : r.gaps().gaps()) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("rank", g.rank());
            p.put("type", g.typeKey());
            p.put("cells", g.cellCount());
            p.put("demand", round(g.demand()));
            p.put("population", finite(round(g.population())));
            p.put("elderly", finite(round(g.elderly())));
            p.put("nearestMinutes", finite(round(g.minSeconds() / 60.0)));
            features.add(new MapFeature(type + "-gap-" + g.rank(), g.polygon(), p));
        }
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("type", type);
        members.put("method", s.baseline().travelTime());
        members.put("gapCount", r.gaps().gapCount());
        members.put("uncoveredDemand", round(r.gaps().uncoveredDemand()));
        return GeoJson.featureCollection(features, members);
    }

    @GetMapping("/api/standards")
    @Operation(summary = "The standards table: each type's threshold and targets with their clauses; per-capita indicators, value, target, met or short")
    public Map<String, Object> standards() {
        ProjectSession s = session("the standards table");
        Evaluation e = s.baseline();
        List<Map<String, Object>> types = new ArrayList<>();
        for (TypeResult r : e.types()) {
            TypeSpec t = r.type();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("type", t.key());
            m.put("label", t.label());
            m.put("minutes", round(t.thresholdMinutes()));
            m.put("speedKmh", t.speedKmh());
            m.put("thresholdSource", citation(t.thresholdClause()));
            m.put("speedSource", citation(t.speedClause()));
            List<Map<String, Object>> targets = new ArrayList<>();
            for (int k = 0; k < t.targets().size(); k++) {
                CoverageTarget c = t.targets().get(k);
                Map<String, Object> tm = new LinkedHashMap<>();
                tm.put("scope", c.scope().name().toLowerCase(Locale.ROOT));
                tm.put("share", c.share());
                tm.put("year", c.year().isPresent() ? c.year().getAsInt() : null);
                tm.put("source", citation(c.clause()));
                if (k < r.targets().size()) {
                    tm.put("achieved", finite(r.targets().get(k).achieved()));
                    tm.put("met", r.targets().get(k).met());
                }
                targets.add(tm);
            }
            m.put("targets", targets);
            types.add(m);
        }
        List<Map<String, Object>> perCapita = new ArrayList<>();
        for (PerCapitaCheck.Result r : e.perCapita()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", r.indicator().key());
            m.put("label", r.indicator().nameZh());
            m.put("labelEn", r.indicator().nameEn());
            m.put("unit", r.indicator().unit().symbolZh());
            m.put("unitEn", r.indicator().unit().symbolEn());
            m.put("level", r.level());
            m.put("unitId", r.unitId());
            m.put("unitName", r.unitName());
            m.put("facilities", r.facilities());
            m.put("facilitiesWithoutMeasure", r.missing());
            m.put("population", round(r.population()));
            m.put("value", finite(r.value()));
            List<Map<String, Object>> targets = new ArrayList<>();
            for (PerCapitaCheck.TargetCheck c : r.targets()) {
                Map<String, Object> tm = new LinkedHashMap<>();
                tm.put("target", c.target());
                tm.put("year", c.year().isPresent() ? c.year().getAsInt() : null);
                tm.put("source", c.citation());
                tm.put("meets", c.met());
                tm.put("shortBy", finite(c.shortBy()));
                targets.add(tm);
            }
            m.put("targets", targets);
            m.put("meets", r.allMet());
            perCapita.add(m);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("method", e.travelTime());
        out.put("types", types);
        out.put("standards", perCapita);
        return out;
    }

    private static Map<String, Object> citation(Clause c) {
        if (c == null) return null;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", c.citation());
        m.put("zh", c.citationZh());
        m.put("en", c.citationEn());
        m.put("text", c.zh());
        return m;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
