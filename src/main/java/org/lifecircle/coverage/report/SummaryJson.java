package org.lifecircle.coverage.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.lifecircle.coverage.Catchment;
import org.lifecircle.coverage.Counts;
import org.lifecircle.coverage.Evaluation;
import org.lifecircle.coverage.FacilitySites;
import org.lifecircle.coverage.FloatingCatchment;
import org.lifecircle.coverage.Gap;
import org.lifecircle.coverage.PerCapitaCheck;
import org.lifecircle.coverage.PlaceCoverage;
import org.lifecircle.coverage.Places;
import org.lifecircle.coverage.Study;
import org.lifecircle.coverage.TargetProgress;
import org.lifecircle.coverage.TypeResult;
import org.lifecircle.coverage.TypeSpec;
import org.lifecircle.facility.Clause;
import org.lifecircle.population.AdminUnits;
import org.lifecircle.population.DemandCells;
import org.lifecircle.population.DemandLayer;
import org.lifecircle.population.UnitAssignment;

/**
 * {@code summary.json}: coverage per facility type and admin unit. DESIGN.md contract kept:
 * {@code types.<type>.population} (the demand population the share is computed on — the 60+
 * population for elder care, named in {@code demand}), {@code .covered}, {@code .share} (0–1) and
 * {@code .minutes}. Added: {@code travelTime} ("network" or "straight-line"), total-population
 * and 60+ coverage, targets with progress, gaps, catchments, 2SFCA, village and unit service,
 * per-unit tables, per-capita standards, off-network counts, notes. Populations are rounded to
 * 0.001 person, shares kept exact; a missing value is {@code null}. O(types × (units +
 * facilities) + villages).
 */
public final class SummaryJson {

    private static final int GAPS_LISTED = 20;

    private SummaryJson() {
    }

    public static void write(Evaluation evaluation, Path file) {
        OutputFiles.writeText(file, out -> write(evaluation, out));
    }

    static void write(Evaluation e, Writer out) throws IOException {
        try (JsonGenerator g = Json.generator(out)) {
            g.useDefaultPrettyPrinter();
            Study study = e.study();
            g.writeStartObject();
            g.writeStringField("name", study.name());
            g.writeStringField("travelTime", e.travelTime());
            g.writeObjectFieldStart("network");
            g.writeStringField("source", study.networkSource());
            if (study.network() != null) {
                g.writeNumberField("nodes", study.network().nodeCount());
                g.writeNumberField("edges", study.network().edgeCount());
            }
            g.writeEndObject();
            g.writeArrayFieldStart("notes");
            for (String note : study.notes()) g.writeString(note);
            g.writeEndArray();
            demand(g, e);
            g.writeObjectFieldStart("types");
            for (TypeResult t : e.types()) type(g, e, t);
            g.writeEndObject();
            units(g, e);
            villages(g, e);
            perCapita(g, e);
            g.writeNumberField("runtimeMs", e.runtimeMillis());
            g.writeEndObject();
        }
    }

    private static void demand(JsonGenerator g, Evaluation e) throws IOException {
        DemandCells cells = e.study().demand();
        g.writeObjectFieldStart("demand");
        g.writeStringField("source", cells.source());
        g.writeStringField("kind", cells.hasGrid() ? "raster" : "points");
        g.writeNumberField("cells", cells.size());
        people(g, "population", cells.has(DemandLayer.TOTAL) ? cells.total(DemandLayer.TOTAL) : Double.NaN);
        people(g, "elderly", cells.has(DemandLayer.ELDERLY) ? cells.total(DemandLayer.ELDERLY) : Double.NaN);
        if (cells.elderlySource() != null) g.writeStringField("elderlySource", cells.elderlySource());
        g.writeNumberField("offNetworkCells", e.offNetworkCells());
        people(g, "offNetworkPopulation", e.offNetworkPopulation());
        people(g, "offNetworkElderly", e.offNetworkElderly());
        g.writeEndObject();
    }

    private static void type(JsonGenerator g, Evaluation e, TypeResult r) throws IOException {
        TypeSpec t = r.type();
        Counts c = r.overall();
        g.writeObjectFieldStart(t.key());
        g.writeStringField("label", t.label());
        g.writeStringField("nameZh", t.standard().nameZh());
        g.writeStringField("nameEn", t.standard().nameEn());
        number(g, "minutes", t.thresholdMinutes());
        number(g, "thresholdSeconds", t.thresholdSeconds());
        number(g, "radiusMeters", t.radiusMeters());
        number(g, "speedKmh", t.speedKmh());
        g.writeStringField("travelTime", r.times().networkBased() ? "network" : "straight-line");
        g.writeStringField("demand", t.demand() == DemandLayer.ELDERLY ? "elderly" : "total");
        g.writeStringField("demandDescription", t.demand().nameEn());
        people(g, "population", c.demand());
        people(g, "covered", c.demandCovered());
        number(g, "share", c.share());
        people(g, "uncovered", c.demandUncovered());
        people(g, "unreached", c.demandUnreached());
        g.writeNumberField("cells", c.cells());
        g.writeNumberField("cellsCovered", c.cellsCovered());
        share(g, "totalPopulation", c.population(), c.populationCovered());
        share(g, "elderlyPopulation", c.elderly(), c.elderlyCovered());
        g.writeNumberField("facilities", r.sites().size());
        g.writeNumberField("offNetworkFacilities", r.offNetworkFacilities());
        clause(g, "clause", t.thresholdClause());
        clause(g, "speedSource", t.speedClause());
        targets(g, r.targets());
        gaps(g, r);
        catchments(g, r);
        floatingCatchment(g, e, r);
        if (r.villages() != null) places(g, "villages", r.villages(), null);
        if (r.units() != null) places(g, "units", r.units(), finestLevel(e));
        g.writeEndObject();
    }

    private static String finestLevel(Evaluation e) {
        for (Study.UnitLevel l : e.study().unitLevels()) {
            if (l.level().equals("community")) return l.level();
        }
        return e.study().unitLevels().isEmpty() ? null : e.study().unitLevels().get(0).level();
    }

    private static void targets(JsonGenerator g, List<TargetProgress> targets) throws IOException {
        g.writeArrayFieldStart("targets");
        for (TargetProgress p : targets) {
            g.writeStartObject();
            g.writeStringField("scope", p.scope().name().toLowerCase(Locale.ROOT));
            number(g, "target", p.targetShare());
            if (p.year().isPresent()) g.writeNumberField("year", p.year().getAsInt());
            else g.writeNullField("year");
            number(g, "achieved", p.achieved());
            g.writeBooleanField("met", p.met());
            number(g, "progress", p.progress());
            number(g, "shortfall", Numbers.round(p.shortfall(), 3));
            g.writeStringField("shortfallUnit", switch (p.scope()) {
                case POPULATION -> "people";
                case UNITS -> "units";
                case VILLAGES -> "villages";
            });
            if (p.note() != null) g.writeStringField("note", p.note());
            clause(g, "clause", p.target().clause());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void gaps(JsonGenerator g, TypeResult r) throws IOException {
        g.writeObjectFieldStart("gaps");
        g.writeNumberField("count", r.gaps().gapCount());
        people(g, "uncovered", r.gaps().uncoveredDemand());
        g.writeArrayFieldStart("largest");
        for (Gap gap : r.gaps().gaps().subList(0, Math.min(GAPS_LISTED, r.gaps().gaps().size()))) {
            g.writeStartObject();
            g.writeNumberField("rank", gap.rank());
            g.writeNumberField("cells", gap.cellCount());
            people(g, "demand", gap.demand());
            people(g, "population", gap.population());
            people(g, "elderly", gap.elderly());
            number(g, "lon", Numbers.round(gap.centroidLon(), 6));
            number(g, "lat", Numbers.round(gap.centroidLat(), 6));
            number(g, "minSeconds", Numbers.round(gap.minSeconds(), 1));
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void catchments(JsonGenerator g, TypeResult r) throws IOException {
        g.writeArrayFieldStart("catchments");
        for (Catchment c : r.catchments()) {
            g.writeStartObject();
            g.writeStringField("facility", c.facilityId());
            g.writeStringField("name", c.facilityName());
            g.writeNumberField("cells", c.cellCount());
            people(g, "demand", c.demand());
            people(g, "population", c.population());
            people(g, "elderly", c.elderly());
            people(g, "demandWithin", c.demandWithin());
            people(g, "populationWithin", c.populationWithin());
            people(g, "elderlyWithin", c.elderlyWithin());
            number(g, "maxSeconds", Numbers.round(c.maxSeconds(), 1));
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void floatingCatchment(JsonGenerator g, Evaluation e, TypeResult r) throws IOException {
        FloatingCatchment.Result f = r.floatingCatchment();
        double[] demand = e.study().demand().values(r.type().demand());
        FacilitySites sites = r.sites();
        g.writeObjectFieldStart("twoStepFloatingCatchment");
        g.writeStringField("supply", f.supply().name().toLowerCase(Locale.ROOT));
        g.writeStringField("supplyUnit", f.supply().unit());
        number(g, "catchmentSeconds", r.type().thresholdSeconds());
        number(g, "meanAccessibility", f.meanAccessibility(demand));
        number(g, "meanAccessibilityPer1000", f.meanAccessibility(demand) * 1000);
        g.writeArrayFieldStart("facilities");
        for (int j = 0; j < sites.size(); j++) {
            g.writeStartObject();
            g.writeStringField("facility", sites.id(j));
            people(g, "demandInReach", f.demandInReach()[j]);
            number(g, "ratio", f.ratio()[j]);
            number(g, "ratioPer1000", f.ratio()[j] * 1000);
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void places(JsonGenerator g, String field, PlaceCoverage.Result r, String level) throws IOException {
        g.writeObjectFieldStart(field);
        if (level != null) g.writeStringField("level", level);
        g.writeNumberField("count", r.places().size());
        g.writeNumberField("served", r.served());
        number(g, "share", r.share());
        number(g, "radiusMeters", r.radiusMeters());
        g.writeEndObject();
    }

    private static void units(JsonGenerator g, Evaluation e) throws IOException {
        g.writeArrayFieldStart("units");
        List<Study.UnitLevel> levels = e.study().unitLevels();
        for (int l = 0; l < levels.size(); l++) {
            UnitAssignment a = e.unitAssignments().get(l);
            AdminUnits units = a.units();
            double[][] access = new double[e.types().size()][];
            for (int k = 0; k < access.length; k++) {
                TypeResult r = e.types().get(k);
                double[] demand = e.study().demand().values(r.type().demand());
                access[k] = r.floatingCatchment().meanAccessibility(demand, a.unitOfCell(), units.size());
            }
            g.writeStartObject();
            g.writeStringField("level", levels.get(l).level());
            g.writeStringField("source", units.source());
            g.writeArrayFieldStart("units");
            for (int u = 0; u < units.size(); u++) {
                g.writeStartObject();
                g.writeStringField("id", units.id(u));
                g.writeStringField("name", units.name(u));
                g.writeNumberField("cells", a.cellCount()[u]);
                people(g, "population", a.population() == null ? Double.NaN : a.population()[u]);
                people(g, "elderly", a.elderly() == null ? Double.NaN : a.elderly()[u]);
                g.writeObjectFieldStart("types");
                for (int k = 0; k < access.length; k++) {
                    TypeResult r = e.types().get(k);
                    unitType(g, r, r.byLevel().get(l).group(u), access[k][u]);
                }
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeObjectFieldStart("outside");
            g.writeNumberField("cells", a.outsideCells());
            people(g, "population", a.population() == null ? Double.NaN : a.outsidePopulation());
            people(g, "elderly", a.elderly() == null ? Double.NaN : a.outsideElderly());
            g.writeObjectFieldStart("types");
            for (TypeResult r : e.types()) unitType(g, r, r.byLevel().get(l).outside(), Double.NaN);
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void unitType(JsonGenerator g, TypeResult r, Counts c, double accessibility) throws IOException {
        g.writeObjectFieldStart(r.type().key());
        people(g, "population", c.demand());
        people(g, "covered", c.demandCovered());
        number(g, "share", c.share());
        people(g, "populationCovered", c.populationCovered());
        number(g, "populationShare", c.populationShare());
        people(g, "elderlyCovered", c.elderlyCovered());
        number(g, "elderlyShare", c.elderlyShare());
        number(g, "accessibility2sfca", accessibility);
        g.writeEndObject();
    }

    private static void villages(JsonGenerator g, Evaluation e) throws IOException {
        Places villages = e.study().villages();
        if (villages == null) return;
        List<TypeResult> required = e.types().stream().filter(r -> r.villages() != null).toList();
        g.writeObjectFieldStart("villages");
        g.writeStringField("source", villages.source());
        g.writeNumberField("count", villages.size());
        g.writeArrayFieldStart("requiredTypes");
        for (TypeResult r : required) g.writeString(r.type().key());
        g.writeEndArray();
        int full = 0;
        List<Integer> lacking = new ArrayList<>();
        for (int p = 0; p < villages.size(); p++) {
            boolean all = true;
            for (TypeResult r : required) all &= r.villages().places().get(p).served();
            if (all) full++;
            else lacking.add(p);
        }
        g.writeNumberField("fullyServed", full);
        number(g, "fullyServedShare", villages.size() == 0 ? Double.NaN : (double) full / villages.size());
        g.writeObjectFieldStart("shareByType");
        for (TypeResult r : required) number(g, r.type().key(), r.villages().share());
        g.writeEndObject();
        g.writeArrayFieldStart("lacking");
        for (int p : lacking) {
            g.writeStartObject();
            g.writeStringField("id", villages.id(p));
            g.writeStringField("name", villages.name(p));
            g.writeArrayFieldStart("missing");
            for (TypeResult r : required) {
                if (!r.villages().places().get(p).served()) g.writeString(r.type().key());
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void perCapita(JsonGenerator g, Evaluation e) throws IOException {
        g.writeArrayFieldStart("perCapita");
        for (PerCapitaCheck.Result r : e.perCapita()) {
            g.writeStartObject();
            g.writeStringField("indicator", r.indicator().key());
            g.writeStringField("nameZh", r.indicator().nameZh());
            g.writeStringField("nameEn", r.indicator().nameEn());
            g.writeStringField("unit", r.indicator().unit().symbolEn());
            g.writeStringField("measure", r.indicator().measure().name().toLowerCase(Locale.ROOT));
            if (r.unitId() == null) {
                g.writeStringField("area", "study area");
            } else {
                g.writeStringField("level", r.level());
                g.writeStringField("unitId", r.unitId());
                g.writeStringField("unitName", r.unitName());
            }
            g.writeNumberField("facilities", r.facilities());
            g.writeNumberField("missingMeasure", r.missing());
            number(g, "measureSum", Numbers.round(r.measureSum(), 3));
            people(g, "population", r.population());
            number(g, "value", Numbers.round(r.value(), 6));
            g.writeBooleanField("met", r.allMet());
            g.writeArrayFieldStart("targets");
            for (PerCapitaCheck.TargetCheck t : r.targets()) {
                g.writeStartObject();
                number(g, "target", t.target());
                if (t.year().isPresent()) g.writeNumberField("year", t.year().getAsInt());
                else g.writeNullField("year");
                g.writeBooleanField("met", t.met());
                number(g, "shortBy", Numbers.round(t.shortBy(), 3));
                g.writeStringField("citation", t.citation());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void clause(JsonGenerator g, String field, Clause c) throws IOException {
        if (c == null) {
            g.writeNullField(field);
            return;
        }
        g.writeObjectFieldStart(field);
        g.writeStringField("citation", c.citation());
        g.writeStringField("zh", c.zh());
        g.writeStringField("en", c.en());
        g.writeEndObject();
    }

    private static void share(JsonGenerator g, String field, double population, double covered) throws IOException {
        g.writeObjectFieldStart(field);
        people(g, "population", population);
        people(g, "covered", covered);
        number(g, "share", population > 0 ? covered / population : Double.NaN);
        g.writeEndObject();
    }

    private static void people(JsonGenerator g, String field, double v) throws IOException {
        number(g, field, Numbers.round(v, 3));
    }

    private static void number(JsonGenerator g, String field, double v) throws IOException {
        if (Double.isFinite(v)) g.writeNumberField(field, v);
        else g.writeNullField(field);
    }

}
