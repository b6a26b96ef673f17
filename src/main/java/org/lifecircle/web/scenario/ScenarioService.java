package org.lifecircle.web.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lifecircle.coverage.Counts;
import org.lifecircle.coverage.CoverageTally;
import org.lifecircle.coverage.FacilitySites;
import org.lifecircle.coverage.Study;
import org.lifecircle.coverage.TypeResult;
import org.lifecircle.coverage.TypeSpec;
import org.lifecircle.coverage.TypeTimes;
import org.lifecircle.population.UnitAssignment;
import org.lifecircle.io.InputException;
import org.lifecircle.population.AdminUnits;
import org.lifecircle.scenario.AddFacility;
import org.lifecircle.scenario.ChangeCapacity;
import org.lifecircle.scenario.FacilityRecord;
import org.lifecircle.scenario.Modification;
import org.lifecircle.scenario.MoveFacility;
import org.lifecircle.scenario.RemoveFacility;
import org.lifecircle.scenario.Scenario;
import org.lifecircle.scenario.ScenarioProblem;
import org.lifecircle.store.Workspace;
import org.lifecircle.store.scenario.ScenarioRecord;
import org.lifecircle.web.problem.EngineUnavailableException;
import org.lifecircle.web.problem.UnknownIdException;
import org.lifecircle.web.session.ProjectSession;
import org.lifecircle.web.session.SessionHolder;
import org.springframework.stereotype.Service;

/**
 * Scenarios of the open project, persisted in the app's {@link Workspace} (the embedded H2GIS file in
 * {@code lifecircle.workspace}, default {@code ./workspace/}, or {@code lifecircle.store} for
 * PostGIS; see {@code WebConfig}). A scenario is the project's facilities of the evaluated types plus
 * versioned edits; its coverage is one multi-source search per changed type (unchanged types keep
 * the baseline's numbers), cached per (scenario, version). Comparison lines up coverage per type and per admin unit and lists the sites added,
 * removed and moved between two scenarios. {@code "baseline"} names the project's own facilities.
 */
@Service
public class ScenarioService {

    public static final String BASELINE = "baseline";

    private final SessionHolder holder;
    private final Workspace workspace;
    private final Map<String, Map<String, Tally>> evaluated = new HashMap<>();

    public ScenarioService(SessionHolder holder, Workspace workspace) {
        this.holder = holder;
        this.workspace = workspace;
    }

    public boolean available() {
        return holder.session().isPresent();
    }

    private ProjectSession session() {
        return holder.session().orElseThrow(() -> new EngineUnavailableException("scenario", "scenarios (no project is loaded)"));
    }

    private Workspace workspace() {
        return workspace;
    }

    /** The workspace row of the session's project (by name), created on first use. */
    public long projectId(ProjectSession s) {
        return workspace().projects().findOrCreate(s.project().name(), s.project().file().toString()).id();
    }

    public List<Map<String, Object>> list() {
        ProjectSession s = session();
        List<Map<String, Object>> out = new ArrayList<>();
        for (ScenarioRecord r : workspace().scenarios().list(projectId(s))) out.add(json(s, r, false));
        return out;
    }

    public Map<String, Object> create(CreateRequest request) {
        ProjectSession s = session();
        if (request == null) throw InputException.of("body", "a JSON object with name is required");
        if (request.name() == null || request.name().isBlank()) throw InputException.of("name", "is required");
        if (request.name().length() > 200) throw InputException.of("name", "is longer than 200 characters");
        long project = projectId(s);
        if (workspace().scenarios().find(project, request.name()).isPresent()) {
            throw InputException.of("name", "a scenario named '" + request.name() + "' exists already");
        }
        Scenario scenario = Scenario.of(BASELINE);
        if (request.from() != null && !request.from().equals(BASELINE)) {
            scenario = record(parseId(request.from(), "from")).scenario();
        }
        return json(s, workspace().scenarios().create(project, request.name(), scenario), true);
    }

    public Map<String, Object> get(String id) {
        ProjectSession s = session();
        return json(s, record(pathId(id)), true);
    }

    /** A scenario id from a URL path; anything but a number is an unknown scenario. */
    private static long pathId(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new UnknownIdException("scenario", id);
        }
    }

    public Map<String, Object> edit(String pathId, EditRequest e) {
        ProjectSession s = session();
        long id = pathId(pathId);
        if (e == null) throw InputException.of("body", "a JSON object with op and version is required");
        if (e.op() == null) throw InputException.of("op", "is required: add, move, remove or capacity");
        if (e.version() == null) throw InputException.of("version", "is required: the scenario version this edit is based on");
        ScenarioRecord before = record(id);
        Modification m = switch (e.op()) {
            case "add" -> {
                if (e.type() == null || s.type(e.type()).isEmpty()) {
                    throw InputException.of("type", "'" + e.type() + "' is not an evaluated facility type of this project");
                }
                requirePosition(e);
                String newId = e.id() != null && !e.id().isBlank() ? e.id() : nextId(s, before, e.type());
                yield new AddFacility(new FacilityRecord(newId, e.lon(), e.lat(), e.type(), e.name(), e.areaM2(), e.capacity()));
            }
            case "move" -> {
                requireFacility(e);
                requirePosition(e);
                yield new MoveFacility(e.facility(), e.lon(), e.lat());
            }
            case "remove" -> {
                requireFacility(e);
                yield new RemoveFacility(e.facility());
            }
            case "capacity" -> {
                requireFacility(e);
                if (e.capacity() == null || !(e.capacity() >= 0)) throw InputException.of("capacity", "must be a number ≥ 0");
                yield new ChangeCapacity(e.facility(), e.capacity());
            }
            default -> throw InputException.of("op", "must be add, move, remove or capacity, got " + e.op());
        };
        List<ScenarioProblem> problems = before.scenario().with(m).resolve(baseline(s));
        for (ScenarioProblem p : problems) {
            if (p.modification() == before.scenario().modifications().size() + 1) {
                throw InputException.of(m instanceof AddFacility ? "id" : "facility", p.reason());
            }
        }
        return json(s, workspace().scenarios().append(id, e.version(), m), true);
    }

    /** Coverage per type and unit side by side, and the sites that differ from the first scenario. */
    public Map<String, Object> compare(String ids) {
        ProjectSession s = session();
        String[] parts = ids.split(",");
        if (parts.length != 2) throw InputException.of("ids", "give two scenario ids (or baseline) separated by a comma");
        List<String> names = new ArrayList<>();
        List<Map<String, Tally>> results = new ArrayList<>();
        List<List<FacilityRecord>> facilities = new ArrayList<>();
        for (String part : parts) {
            String key = part.strip();
            if (key.equals(BASELINE)) {
                names.add(BASELINE);
                facilities.add(baseline(s));
                results.add(evaluate(s, BASELINE, baseline(s)));
            } else {
                ScenarioRecord r = record(parseId(key, "ids"));
                names.add(r.name());
                List<FacilityRecord> applied = r.scenario().apply(baseline(s));
                facilities.add(applied);
                results.add(evaluate(s, r.id() + "@" + r.version(), applied));
            }
        }
        Map<String, Object> json = new LinkedHashMap<>();
        List<Map<String, Object>> scenarios = new ArrayList<>();
        for (int k = 0; k < 2; k++) scenarios.add(Map.of("id", parts[k].strip(), "name", names.get(k)));
        json.put("scenarios", scenarios);
        List<Map<String, Object>> types = new ArrayList<>();
        for (TypeSpec t : s.study().types()) {
            Counts a = results.get(0).get(t.key()).overall();
            Counts b = results.get(1).get(t.key()).overall();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("type", t.key());
            row.put("minutes", t.thresholdMinutes());
            row.put("population", a.demand());
            row.put("covered", List.of(a.demandCovered(), b.demandCovered()));
            row.put("shares", List.of(share(a), share(b)));
            types.add(row);
        }
        json.put("types", types);
        json.put("units", units(s.study(), results));
        json.put("sites", differences(facilities.get(0), facilities.get(1)));
        return json;
    }

    /** The facilities of one type in a scenario, for siting on top of it. */
    public FacilitySites facilities(long scenarioId, String typeKey) {
        ProjectSession s = session();
        List<FacilityRecord> applied = record(scenarioId).scenario().apply(baseline(s));
        return sites(typeKey, applied);
    }

    private ScenarioRecord record(long id) {
        try {
            ScenarioRecord r = workspace().scenarios().get(id);
            if (r.projectId() != projectId(session())) throw new UnknownIdException("scenario", Long.toString(id));
            return r;
        } catch (InputException e) {
            throw new UnknownIdException("scenario", Long.toString(id));
        }
    }

    private static long parseId(String text, String field) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw InputException.of(field, "'" + text + "' is not a scenario id");
        }
    }

    private static void requirePosition(EditRequest e) {
        if (e.lon() == null || !(e.lon() >= -180 && e.lon() <= 180)) throw InputException.of("lon", "must be a longitude in [-180, 180]");
        if (e.lat() == null || !(e.lat() >= -90 && e.lat() <= 90)) throw InputException.of("lat", "must be a latitude in [-90, 90]");
    }

    private static void requireFacility(EditRequest e) {
        if (e.facility() == null || e.facility().isBlank()) throw InputException.of("facility", "is required (a facility id)");
    }

    private static String nextId(ProjectSession s, ScenarioRecord r, String type) {
        List<FacilityRecord> applied = r.scenario().apply(baseline(s));
        int n = applied.size() + 1;
        while (true) {
            String id = "new-" + type + "-" + n;
            if (applied.stream().noneMatch(f -> f.id().equals(id))) return id;
            n++;
        }
    }

    /** The project's facilities of the evaluated types, as scenario records. */
    static List<FacilityRecord> baseline(ProjectSession s) {
        List<FacilityRecord> out = new ArrayList<>();
        for (TypeSpec t : s.study().types()) {
            FacilitySites f = s.sites(t.key());
            for (int i = 0; i < f.size(); i++) {
                out.add(new FacilityRecord(f.id(i), f.lon(i), f.lat(i), t.key(), f.name(i), nullable(f.areaM2(i)),
                        nullable(f.capacity(i))));
            }
        }
        return out;
    }

    private static Double nullable(double v) {
        return Double.isNaN(v) ? null : v;
    }

    private static FacilitySites sites(String typeKey, List<FacilityRecord> all) {
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

    /** Coverage of one type in a scenario: overall and per admin unit of the first level (null without units). */
    record Tally(Counts overall, CoverageTally units) {
    }

    /**
     * Coverage per type of a facility list: the baseline's numbers for types whose facilities are
     * unchanged, else one multi-source search and O(cells) tallies.
     */
    private Map<String, Tally> evaluate(ProjectSession s, String key, List<FacilityRecord> facilities) {
        synchronized (evaluated) {
            Map<String, Tally> cached = evaluated.get(key);
            if (cached != null) return cached;
        }
        List<FacilityRecord> baseline = baseline(s);
        List<UnitAssignment> assignments = s.evaluator().assignments();
        Map<String, Tally> out = new LinkedHashMap<>();
        for (TypeSpec t : s.study().types()) {
            TypeResult base = s.baseline().type(t.key());
            List<FacilityRecord> now = facilities.stream().filter(f -> f.type().equals(t.key())).toList();
            List<FacilityRecord> before = baseline.stream().filter(f -> f.type().equals(t.key())).toList();
            if (now.equals(before)) {
                out.put(t.key(), new Tally(base.overall(), base.byLevel().isEmpty() ? null : base.byLevel().get(0)));
                continue;
            }
            TypeTimes times = s.evaluator().evaluator().times(t, sites(t.key(), facilities));
            Counts overall = CoverageTally.count(times, t.thresholdSeconds()).overall();
            CoverageTally units = null;
            if (!assignments.isEmpty()) {
                UnitAssignment a = assignments.get(0);
                units = CoverageTally.count(times, t.thresholdSeconds(), a.unitOfCell(), a.units().size());
            }
            out.put(t.key(), new Tally(overall, units));
        }
        synchronized (evaluated) {
            evaluated.put(key, out);
        }
        return out;
    }

    private Map<String, Object> json(ProjectSession s, ScenarioRecord r, boolean details) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", r.id());
        json.put("name", r.name());
        json.put("version", r.version());
        json.put("createdAt", r.createdAt().toString());
        json.put("updatedAt", r.updatedAt().toString());
        json.put("edits", r.scenario().modifications().size());
        List<FacilityRecord> applied = r.scenario().apply(baseline(s));
        Map<String, Tally> results = evaluate(s, r.id() + "@" + r.version(), applied);
        Map<String, Object> coverage = new LinkedHashMap<>();
        for (Map.Entry<String, Tally> e : results.entrySet()) coverage.put(e.getKey(), share(e.getValue().overall()));
        json.put("coverage", coverage);
        if (details) {
            List<Map<String, Object>> edits = new ArrayList<>();
            int n = 0;
            for (Modification m : r.scenario().modifications()) {
                Map<String, Object> edit = new LinkedHashMap<>();
                edit.put("n", ++n);
                edit.put("op", m.kind());
                edit.put("facility", m.facilityId());
                if (m instanceof AddFacility a) {
                    edit.put("type", a.facility().type());
                    edit.put("lon", a.facility().lon());
                    edit.put("lat", a.facility().lat());
                    edit.put("name", a.facility().name());
                } else if (m instanceof MoveFacility mv) {
                    edit.put("lon", mv.lon());
                    edit.put("lat", mv.lat());
                } else if (m instanceof ChangeCapacity c) {
                    edit.put("capacity", c.capacity());
                }
                edits.add(edit);
            }
            json.put("modifications", edits);
            json.put("sites", differences(baseline(s), applied));
        }
        return json;
    }

    private static Double share(Counts c) {
        double v = c.share();
        return Double.isFinite(v) ? v : null;
    }

    private static List<Map<String, Object>> units(Study study, List<Map<String, Tally>> results) {
        List<Map<String, Object>> out = new ArrayList<>();
        if (study.unitLevels().isEmpty() || results.get(0).values().iterator().next().units() == null) return out;
        AdminUnits level = study.unitLevels().get(0).units();
        for (int u = 0; u < level.size(); u++) {
            Map<String, Object> byType = new LinkedHashMap<>();
            for (TypeSpec t : study.types()) {
                Counts a = results.get(0).get(t.key()).units().group(u);
                Counts b = results.get(1).get(t.key()).units().group(u);
                byType.put(t.key(), Map.of("population", a.demand(), "shares", java.util.Arrays.asList(share(a), share(b))));
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", level.id(u));
            row.put("name", level.name(u));
            row.put("types", byType);
            out.add(row);
        }
        return out;
    }

    /** Sites in {@code after} and not in {@code before} (added), the reverse (removed), and those at a new position (moved). */
    private static Map<String, Object> differences(List<FacilityRecord> before, List<FacilityRecord> after) {
        Map<String, FacilityRecord> a = new LinkedHashMap<>();
        for (FacilityRecord f : before) a.put(f.id(), f);
        Map<String, FacilityRecord> b = new LinkedHashMap<>();
        for (FacilityRecord f : after) b.put(f.id(), f);
        List<Map<String, Object>> added = new ArrayList<>();
        List<Map<String, Object>> removed = new ArrayList<>();
        List<Map<String, Object>> moved = new ArrayList<>();
        for (FacilityRecord f : after) {
            FacilityRecord old = a.get(f.id());
            if (old == null) added.add(site(f));
            else if (old.lon() != f.lon() || old.lat() != f.lat()) moved.add(site(f));
        }
        for (FacilityRecord f : before) {
            if (!b.containsKey(f.id())) removed.add(site(f));
        }
        return Map.of("added", added, "removed", removed, "moved", moved);
    }

    private static Map<String, Object> site(FacilityRecord f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", f.id());
        m.put("type", f.type());
        m.put("name", f.name());
        m.put("lon", f.lon());
        m.put("lat", f.lat());
        return m;
    }
}
