package org.lifecircle.scenario;

import java.util.ArrayList;
import java.util.List;
import org.lifecircle.coverage.CoverageTally;
import org.lifecircle.coverage.Evaluation;
import org.lifecircle.coverage.FacilitySites;
import org.lifecircle.coverage.StudyEvaluator;
import org.lifecircle.coverage.TypeResult;
import org.lifecircle.coverage.TypeSpec;
import org.lifecircle.coverage.TypeTimes;
import org.lifecircle.io.InputException;
import org.lifecircle.population.UnitAssignment;

/**
 * The scenario use case over one loaded study: a scenario's coverage per type overall and per
 * admin unit of every level, the comparison of any number of scenarios, and siting results turned
 * into scenario edits. A type whose facilities equal the baseline's keeps the baseline's numbers;
 * a changed type costs one multi-source search plus O(cells × levels) sums. Evaluations are kept
 * in an LRU cache bounded by entries (one entry per scenario version, each O(types × levels ×
 * units) numbers, no per-cell array). Thread-safe.
 */
public final class ScenarioEvaluator {

    /** The id of the project's own facilities, as a scenario's baseline and in comparisons. */
    public static final String BASELINE = "baseline";

    /** Default bound of the evaluation cache, entries. */
    public static final int DEFAULT_CACHE_ENTRIES = 64;

    /** Most scenarios one comparison takes (each may cost one search per changed type). */
    public static final int MAX_COMPARED = 12;

    private final StudyEvaluator study;
    private final Evaluation baseline;
    private final List<FacilityRecord> baselineFacilities;
    private final LruCache<String, ScenarioCoverage> cache;

    public ScenarioEvaluator(StudyEvaluator study, Evaluation baseline, int cacheEntries) {
        this.study = study;
        this.baseline = baseline;
        this.baselineFacilities = List.copyOf(records(baseline));
        this.cache = new LruCache<>(cacheEntries);
    }

    /** The project's facilities of the evaluated types, as scenario records. */
    public List<FacilityRecord> baseline() {
        return baselineFacilities;
    }

    /** The facilities of {@code scenario} applied to the baseline; an {@link InputException} when an edit does not apply. */
    public List<FacilityRecord> facilities(Scenario scenario) {
        return scenario.apply(baselineFacilities);
    }

    /**
     * Coverage of a facility list, cached under {@code key} (e.g. "baseline" or "scenario id @
     * version": a key must always name the same list).
     */
    public ScenarioCoverage evaluate(String key, List<FacilityRecord> facilities) {
        return cache.get(key, k -> compute(facilities));
    }

    /** Drops the cached evaluations whose key starts with {@code prefix} (e.g. every version of one scenario). */
    public void forget(String prefix) {
        cache.removeIf(k -> k.startsWith(prefix));
    }

    /** Cached evaluations now, and their bound. */
    public int cachedEntries() {
        return cache.size();
    }

    public int cacheBound() {
        return cache.maxEntries();
    }

    /** One scenario to compare: its id and name as shown, its cache key and its facilities. */
    public record Compared(String id, String name, String key, List<FacilityRecord> facilities) {
    }

    /**
     * Coverage of every scenario (per type, overall and per unit of every level) and the sites of
     * each against the first ({@code changes.get(0)} is empty).
     */
    public record Comparison(List<Compared> scenarios, List<ScenarioCoverage> coverage, List<SiteChanges> changes) {

        public Comparison {
            scenarios = List.copyOf(scenarios);
            coverage = List.copyOf(coverage);
            changes = List.copyOf(changes);
        }
    }

    /** Lines up any number of scenarios (at least two). */
    public Comparison compare(List<Compared> scenarios) {
        if (scenarios.size() < 2 || scenarios.size() > MAX_COMPARED) {
            throw InputException.of("ids", "give at least two and at most " + MAX_COMPARED
                    + " scenario ids (or baseline) separated by commas, got " + scenarios.size());
        }
        List<ScenarioCoverage> coverage = new ArrayList<>();
        List<SiteChanges> changes = new ArrayList<>();
        List<FacilityRecord> first = scenarios.get(0).facilities();
        for (Compared c : scenarios) {
            coverage.add(evaluate(c.key(), c.facilities()));
            changes.add(SiteChanges.between(first, c.facilities()));
        }
        return new Comparison(scenarios, coverage, changes);
    }

    /**
     * {@code scenario} with one add edit per proposed site of type {@code typeKey}; a site without
     * an id gets "new-TYPE-n", unused. Every edit is checked; the first that does not apply is
     * reported naming the site's position in the list.
     */
    public Scenario withSites(Scenario scenario, String typeKey, List<ProposedSite> sites) {
        if (study.study().types().stream().noneMatch(t -> t.key().equals(typeKey))) {
            throw InputException.of("type", "'" + typeKey + "' is not an evaluated facility type of this project");
        }
        List<FacilityRecord> working = new ArrayList<>(facilities(scenario));
        Scenario out = scenario;
        for (int k = 0; k < sites.size(); k++) {
            ProposedSite p = sites.get(k);
            String id = p.id() != null && !p.id().isBlank() ? p.id() : newId(working, typeKey);
            FacilityRecord f = new FacilityRecord(id, p.lon(), p.lat(), typeKey, p.name(), null, null);
            AddFacility add = new AddFacility(f);
            Scenario next = out.with(add);
            for (ScenarioProblem problem : next.resolve(baselineFacilities)) {
                if (problem.modification() == next.modifications().size()) {
                    throw InputException.of("sites[" + k + "]", problem.reason());
                }
            }
            working.add(f);
            out = next;
        }
        return out;
    }

    /** "new-TYPE-n" with the smallest n above the facility count that no facility uses. */
    public static String newId(List<FacilityRecord> facilities, String typeKey) {
        int n = facilities.size() + 1;
        while (true) {
            String id = "new-" + typeKey + "-" + n;
            if (facilities.stream().noneMatch(f -> f.id().equals(id))) return id;
            n++;
        }
    }

    /** The facilities of one type as the coverage engine takes them. */
    public static FacilitySites sites(String typeKey, List<FacilityRecord> all) {
        List<FacilityRecord> of = all.stream().filter(f -> f.type().equals(typeKey)).toList();
        int n = of.size();
        String[] ids = new String[n];
        String[] names = new String[n];
        double[] lon = new double[n];
        double[] lat = new double[n];
        double[] area = new double[n];
        double[] capacity = new double[n];
        for (int i = 0; i < n; i++) {
            FacilityRecord f = of.get(i);
            ids[i] = f.id();
            names[i] = f.name() == null ? f.id() : f.name();
            lon[i] = f.lon();
            lat[i] = f.lat();
            area[i] = f.areaM2() == null ? Double.NaN : f.areaM2();
            capacity[i] = f.capacity() == null ? Double.NaN : f.capacity();
        }
        return new FacilitySites(typeKey, ids, names, lon, lat, area, capacity);
    }

    private ScenarioCoverage compute(List<FacilityRecord> facilities) {
        List<TypeCoverage> out = new ArrayList<>();
        for (TypeSpec t : study.study().types()) {
            TypeResult base = baseline.type(t.key());
            List<FacilityRecord> now = ofType(facilities, t.key());
            if (now.equals(ofType(baselineFacilities, t.key()))) {
                out.add(new TypeCoverage(t.key(), base.overall(), base.byLevel()));
                continue;
            }
            out.add(coverage(t, study.evaluator().times(t, sites(t.key(), facilities))));
        }
        return new ScenarioCoverage(out);
    }

    /** Coverage of one type from its travel times: overall and per unit of every level, O(cells × levels). */
    public TypeCoverage coverage(TypeSpec type, TypeTimes times) {
        List<CoverageTally> byLevel = new ArrayList<>();
        for (UnitAssignment a : study.assignments()) {
            byLevel.add(CoverageTally.count(times, type.thresholdSeconds(), a.unitOfCell(), a.units().size()));
        }
        return new TypeCoverage(type.key(), CoverageTally.count(times, type.thresholdSeconds()).overall(), byLevel);
    }

    private static List<FacilityRecord> ofType(List<FacilityRecord> all, String typeKey) {
        return all.stream().filter(f -> f.type().equals(typeKey)).toList();
    }

    private static List<FacilityRecord> records(Evaluation baseline) {
        List<FacilityRecord> out = new ArrayList<>();
        for (TypeResult r : baseline.types()) out.addAll(records(r.type().key(), r.sites()));
        return out;
    }

    /** The facilities of one type as scenario records of type {@code typeKey}, the inverse of {@link #sites}. */
    public static List<FacilityRecord> records(String typeKey, FacilitySites f) {
        List<FacilityRecord> out = new ArrayList<>(f.size());
        for (int i = 0; i < f.size(); i++) {
            out.add(new FacilityRecord(f.id(i), f.lon(i), f.lat(i), typeKey, f.name(i), nullable(f.areaM2(i)),
                    nullable(f.capacity(i))));
        }
        return out;
    }

    private static Double nullable(double v) {
        return Double.isNaN(v) ? null : v;
    }
}
