package org.lifecircle.web.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lifecircle.coverage.Counts;
import org.lifecircle.coverage.FacilitySites;
import org.lifecircle.coverage.Study;
import org.lifecircle.coverage.TypeSpec;
import org.lifecircle.io.InputException;
import org.lifecircle.population.AdminUnits;
import org.lifecircle.scenario.AddFacility;
import org.lifecircle.scenario.ChangeCapacity;
import org.lifecircle.scenario.FacilityRecord;
import org.lifecircle.scenario.Modification;
import org.lifecircle.scenario.MoveFacility;
import org.lifecircle.scenario.ProposedSite;
import org.lifecircle.scenario.RemoveFacility;
import org.lifecircle.scenario.Scenario;
import org.lifecircle.scenario.ScenarioCoverage;
import org.lifecircle.scenario.ScenarioEvaluator;
import org.lifecircle.scenario.ScenarioProblem;
import org.lifecircle.scenario.SiteChanges;
import org.lifecircle.store.Workspace;
import org.lifecircle.store.scenario.ScenarioRecord;
import org.lifecircle.web.problem.EngineUnavailableException;
import org.lifecircle.web.problem.UnknownIdException;
import org.lifecircle.web.session.ProjectSession;
import org.lifecircle.web.session.SessionHolder;
import org.springframework.stereotype.Service;

/**
 * The web side of scenarios: reads the request, loads and saves scenario records in the app's
 * {@link Workspace}, asks the session's {@link ScenarioEvaluator} for coverage and comparisons,
 * and shapes the answers (docs/api.md). {@code "baseline"} names the project's own facilities.
 * Cost per answer: the evaluator's (cached per scenario version) plus O(types × units) formatting.
 */
@Service
public class ScenarioService {

    public static final String BASELINE = ScenarioEvaluator.BASELINE;

    private final SessionHolder holder;
    private final Workspace workspace;

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

    /** The workspace row of the session's project (by name), created on first use. */
    public long projectId(ProjectSession s) {
        return workspace.projects().findOrCreate(s.project().name(), s.project().file().toString()).id();
    }

    public List<ScenarioView> list() {
        ProjectSession s = session();
        List<ScenarioView> out = new ArrayList<>();
        for (ScenarioRecord r : workspace.scenarios().list(projectId(s))) out.add(view(s, r, false));
        return out;
    }

    public ScenarioView create(CreateRequest request) {
        ProjectSession s = session();
        if (request == null) throw InputException.of("body", "a JSON object with name is required");
        if (request.name() == null || request.name().isBlank()) throw InputException.of("name", "is required");
        if (request.name().length() > 200) throw InputException.of("name", "is longer than 200 characters");
        long project = projectId(s);
        if (workspace.scenarios().find(project, request.name()).isPresent()) {
            throw InputException.of("name", "a scenario named '" + request.name() + "' exists already");
        }
        Scenario scenario = Scenario.of(BASELINE);
        if (request.from() != null && !request.from().equals(BASELINE)) {
            scenario = record(parseId(request.from(), "from")).scenario();
        }
        return view(s, workspace.scenarios().create(project, request.name(), scenario), true);
    }

    public ScenarioView get(String id) {
        ProjectSession s = session();
        return view(s, record(pathId(id)), true);
    }

    /** A scenario id from a URL path; anything but a number is an unknown scenario. */
    private static long pathId(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new UnknownIdException("scenario", id);
        }
    }

    public ScenarioView edit(String pathId, EditRequest e) {
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
                requirePosition(e.lon(), e.lat(), "");
                String newId = e.id() != null && !e.id().isBlank() ? e.id()
                        : ScenarioEvaluator.newId(s.scenarios().facilities(before.scenario()), e.type());
                yield new AddFacility(new FacilityRecord(newId, e.lon(), e.lat(), e.type(), e.name(), e.areaM2(), e.capacity()));
            }
            case "move" -> {
                requireFacility(e);
                requirePosition(e.lon(), e.lat(), "");
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
        List<ScenarioProblem> problems = before.scenario().with(m).resolve(s.scenarios().baseline());
        for (ScenarioProblem p : problems) {
            if (p.modification() == before.scenario().modifications().size() + 1) {
                throw InputException.of(m instanceof AddFacility ? "id" : "facility", p.reason());
            }
        }
        ScenarioRecord after = workspace.scenarios().append(id, e.version(), m);
        edited(s, id);
        return view(s, after, true);
    }

    /** Adds accepted sites (e.g. site-selection results) to a scenario as one new version. */
    public ScenarioView addSites(String pathId, SitesRequest request) {
        ProjectSession s = session();
        long id = pathId(pathId);
        if (request == null) throw InputException.of("body", "a JSON object with version, type and sites is required");
        if (request.version() == null) throw InputException.of("version", "is required: the scenario version these sites are based on");
        if (request.sites() == null || request.sites().isEmpty()) throw InputException.of("sites", "give at least one site");
        ScenarioRecord before = record(id);
        List<ProposedSite> sites = new ArrayList<>();
        for (int k = 0; k < request.sites().size(); k++) {
            SitesRequest.NewSite p = request.sites().get(k);
            if (p == null) throw InputException.of("sites[" + k + "]", "is not a site");
            requirePosition(p.lon(), p.lat(), "sites[" + k + "].");
            sites.add(new ProposedSite(p.id(), p.name(), p.lon(), p.lat()));
        }
        Scenario scenario = s.scenarios().withSites(before.scenario(), request.type(), sites);
        ScenarioRecord after = workspace.scenarios().save(id, request.version(), scenario);
        edited(s, id);
        return view(s, after, true);
    }

    /** After an edit, older versions of the scenario leave the caches. */
    private static void edited(ProjectSession s, long id) {
        s.scenarios().forget(id + "@");
        s.forgetScenarioSites(id);
    }

    /** Coverage per type and per unit of every level side by side, and the sites that differ from the first scenario. */
    public ComparisonView compare(String ids) {
        ProjectSession s = session();
        ScenarioEvaluator evaluator = s.scenarios();
        List<ScenarioEvaluator.Compared> compared = new ArrayList<>();
        for (String part : ids.split(",")) {
            String key = part.strip();
            if (key.isEmpty()) continue;
            if (key.equals(BASELINE)) {
                compared.add(new ScenarioEvaluator.Compared(BASELINE, BASELINE, BASELINE, evaluator.baseline()));
            } else {
                ScenarioRecord r = record(parseId(key, "ids"));
                compared.add(new ScenarioEvaluator.Compared(key, r.name(), cacheKey(r), evaluator.facilities(r.scenario())));
            }
        }
        ScenarioEvaluator.Comparison c = evaluator.compare(compared);
        Study study = s.study();
        List<ComparisonView.ScenarioRef> refs = compared.stream().map(x -> new ComparisonView.ScenarioRef(x.id(), x.name())).toList();
        List<ComparisonView.TypeRow> types = new ArrayList<>();
        for (TypeSpec t : study.types()) {
            List<Counts> counts = c.coverage().stream().map(v -> v.type(t.key()).overall()).toList();
            types.add(new ComparisonView.TypeRow(t.key(), t.thresholdMinutes(), counts.get(0).demand(), covered(counts),
                    shares(counts)));
        }
        List<ComparisonView.LevelRows> levels = new ArrayList<>();
        for (int l = 0; l < study.unitLevels().size(); l++) {
            levels.add(new ComparisonView.LevelRows(study.unitLevels().get(l).level(), units(study, c.coverage(), l)));
        }
        List<SiteChangesView> changes = c.changes().stream().map(SiteChangesView::of).toList();
        return new ComparisonView(refs, types, levels.isEmpty() ? List.of() : levels.get(0).units(), levels,
                changes.get(1), changes);
    }

    /** The facilities of one type in a scenario, for siting on top of it. */
    public FacilitySites facilities(long scenarioId, String typeKey) {
        ProjectSession s = session();
        return ScenarioEvaluator.sites(typeKey, s.scenarios().facilities(record(scenarioId).scenario()));
    }

    /** Every evaluated type's facilities in a scenario (its current version), for the point check. */
    public ProjectSession.FacilitySets facilitySets(String scenarioId) {
        ProjectSession s = session();
        ScenarioRecord r = record(pathId(scenarioId));
        List<FacilityRecord> applied = s.scenarios().facilities(r.scenario());
        Map<String, FacilitySites> byType = new LinkedHashMap<>();
        for (TypeSpec t : s.study().types()) byType.put(t.key(), ScenarioEvaluator.sites(t.key(), applied));
        return new ProjectSession.FacilitySets(cacheKey(r), byType);
    }

    private ScenarioRecord record(long id) {
        try {
            ScenarioRecord r = workspace.scenarios().get(id);
            if (r.projectId() != projectId(session())) throw new UnknownIdException("scenario", Long.toString(id));
            return r;
        } catch (InputException e) {
            throw new UnknownIdException("scenario", Long.toString(id));
        }
    }

    private static String cacheKey(ScenarioRecord r) {
        return r.id() + "@" + r.version();
    }

    private static long parseId(String text, String field) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw InputException.of(field, "'" + text + "' is not a scenario id");
        }
    }

    private static void requirePosition(Double lon, Double lat, String prefix) {
        if (lon == null || !(lon >= -180 && lon <= 180)) throw InputException.of(prefix + "lon", "must be a longitude in [-180, 180]");
        if (lat == null || !(lat >= -90 && lat <= 90)) throw InputException.of(prefix + "lat", "must be a latitude in [-90, 90]");
    }

    private static void requireFacility(EditRequest e) {
        if (e.facility() == null || e.facility().isBlank()) throw InputException.of("facility", "is required (a facility id)");
    }

    private ScenarioView view(ProjectSession s, ScenarioRecord r, boolean details) {
        ScenarioEvaluator evaluator = s.scenarios();
        List<FacilityRecord> applied = evaluator.facilities(r.scenario());
        ScenarioCoverage coverage = evaluator.evaluate(cacheKey(r), applied);
        Map<String, Double> shares = new LinkedHashMap<>();
        for (var t : coverage.types()) shares.put(t.typeKey(), share(t.overall()));
        List<EditView> edits = null;
        SiteChangesView sites = null;
        if (details) {
            edits = new ArrayList<>();
            int n = 0;
            for (Modification m : r.scenario().modifications()) edits.add(EditView.of(++n, m));
            sites = SiteChangesView.of(SiteChanges.between(evaluator.baseline(), applied));
        }
        return new ScenarioView(r.id(), r.name(), r.version(), r.createdAt().toString(), r.updatedAt().toString(),
                r.scenario().modifications().size(), shares, edits, sites);
    }

    private static List<ComparisonView.UnitRow> units(Study study, List<ScenarioCoverage> coverage, int level) {
        AdminUnits units = study.unitLevels().get(level).units();
        List<ComparisonView.UnitRow> out = new ArrayList<>();
        for (int u = 0; u < units.size(); u++) {
            Map<String, ComparisonView.UnitShares> byType = new LinkedHashMap<>();
            for (TypeSpec t : study.types()) {
                int unit = u;
                List<Counts> counts = coverage.stream().map(v -> v.type(t.key()).unit(level, unit)).toList();
                byType.put(t.key(), new ComparisonView.UnitShares(counts.get(0).demand(), covered(counts), shares(counts)));
            }
            out.add(new ComparisonView.UnitRow(units.id(u), units.name(u), byType));
        }
        return out;
    }

    private static List<Double> covered(List<Counts> counts) {
        return counts.stream().map(Counts::demandCovered).toList();
    }

    private static List<Double> shares(List<Counts> counts) {
        return counts.stream().map(ScenarioService::share).toList();
    }

    private static Double share(Counts c) {
        double v = c.share();
        return Double.isFinite(v) ? v : null;
    }
}
