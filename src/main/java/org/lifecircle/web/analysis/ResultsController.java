package org.lifecircle.web.analysis;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import org.lifecircle.coverage.Evaluation;
import org.lifecircle.coverage.Gap;
import org.lifecircle.coverage.PerCapitaCheck;
import org.lifecircle.coverage.TargetProgress;
import org.lifecircle.coverage.TypeResult;
import org.lifecircle.coverage.TypeSpec;
import org.lifecircle.facility.Clause;
import org.lifecircle.facility.CoverageTarget;
import org.lifecircle.web.problem.EngineUnavailableException;
import org.lifecircle.web.problem.UnknownIdException;
import org.lifecircle.web.project.GeoJson;
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
    public GapCollection gaps(@Parameter(description = "facility type key") @RequestParam String type) {
        ProjectSession s = session("coverage gaps");
        TypeResult r = s.baseline().types().stream().filter(t -> t.type().key().equals(type)).findFirst()
                .orElseThrow(() -> new UnknownIdException("type", type));
        List<GapCollection.GapFeature> features = new ArrayList<>();
        for (Gap g : r.gaps().gaps()) {
            GapCollection.GapProperties p = new GapCollection.GapProperties(g.rank(), g.typeKey(), g.cellCount(),
                    round(g.demand()), finite(round(g.population())), finite(round(g.elderly())),
                    finite(round(g.minSeconds() / 60.0)));
            features.add(GapCollection.GapFeature.of(type + "-gap-" + g.rank(), GeoJson.geometry(g.polygon()), p));
        }
        return new GapCollection(type, s.baseline().travelTime(), r.gaps().gapCount(), round(r.gaps().uncoveredDemand()),
                features);
    }

    @GetMapping("/api/standards")
    @Operation(summary = "The standards table: each type's threshold and targets with their clauses; per-capita indicators, value, target, met or short")
    public StandardsTable standards() {
        ProjectSession s = session("the standards table");
        Evaluation e = s.baseline();
        List<StandardsTable.TypeStandard> types = new ArrayList<>();
        for (TypeResult r : e.types()) {
            TypeSpec t = r.type();
            List<StandardsTable.TypeTarget> targets = new ArrayList<>();
            for (int k = 0; k < t.targets().size(); k++) {
                CoverageTarget c = t.targets().get(k);
                TargetProgress progress = r.targets().get(k);
                targets.add(new StandardsTable.TypeTarget(c.scope().name().toLowerCase(Locale.ROOT), c.share(), year(c.year()),
                        citation(c.clause()), finite(progress.achieved()), progress.met()));
            }
            types.add(new StandardsTable.TypeStandard(t.key(), t.label(), round(t.thresholdMinutes()), t.speedKmh(),
                    citation(t.thresholdClause()), citation(t.speedClause()), targets));
        }
        List<StandardsTable.PerCapitaStandard> perCapita = new ArrayList<>();
        for (PerCapitaCheck.Result r : e.perCapita()) {
            List<StandardsTable.PerCapitaTarget> targets = new ArrayList<>();
            for (PerCapitaCheck.TargetCheck c : r.targets()) {
                targets.add(new StandardsTable.PerCapitaTarget(c.target(), year(c.year()), c.citation(), c.met(), finite(c.shortBy())));
            }
            perCapita.add(new StandardsTable.PerCapitaStandard(r.indicator().key(), r.indicator().nameZh(), r.indicator().nameEn(),
                    r.indicator().unit().symbolZh(), r.indicator().unit().symbolEn(), r.level(), r.unitId(), r.unitName(),
                    r.facilities(), r.missing(), round(r.population()), finite(r.value()), targets, r.allMet()));
        }
        return new StandardsTable(e.travelTime(), types, perCapita);
    }

    private static Integer year(OptionalInt year) {
        return year.isPresent() ? year.getAsInt() : null;
    }

    private static StandardsTable.Citation citation(Clause c) {
        return c == null ? null : new StandardsTable.Citation(c.citation(), c.citationZh(), c.citationEn(), c.zh());
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
