package org.lifecircle.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lifecircle.coverage.Fixtures.D;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifecircle.facility.CoverageScope;
import org.lifecircle.facility.Facilities;
import org.lifecircle.facility.StandardsPack;
import org.lifecircle.io.InputException;
import org.lifecircle.network.StreetNetwork;
import org.lifecircle.network.traveltime.NetworkTravelTimes;
import org.lifecircle.population.AdminUnits;
import org.lifecircle.population.DemandCells;
import org.lifecircle.population.DemandLayer;
import org.lifecircle.project.TypeSettings;
import org.lifecircle.scenario.MoveFacility;
import org.lifecircle.scenario.RemoveFacility;
import org.lifecircle.scenario.ScenarioEdits;
import org.lifecircle.study.TypeSpecs;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * FEATURE UNDER TEST: a whole study on the hand-worked grid of {@link CoverageGridTest} (2,100
 * people, 1,260 covered at 250 s; West units 1,140 people, East 960): type settings resolved
 * against the standards pack, targets with years and their progress, per-capita standards per
 * unit with the shortfall in m², and re-evaluation of one type after facilities are added,
 * moved and removed.
 */
class StudyEvaluatorTest {

    private static DemandCells cells;
    private static final StreetNetwork GRID = Fixtures.grid(5, 4);

    @BeforeAll
    static void demand(@TempDir Path dir) {
        double[][] pop = new double[4][5];
        double[][] old = new double[4][5];
        for (int y = 0; y < 4; y++) {
            for (int x = 0; x < 5; x++) {
                pop[y][x] = 10 * (5 * y + x + 1);
                old[y][x] = pop[y][x] / 5;
            }
        }
        cells = DemandFiles.read(DemandFiles.write(dir, "pop.asc", pop, 0, 0, D), DemandFiles.write(dir, "old.asc", old, 0, 0, D));
    }

    private static Study study(TypeSettings fitness) {
        StandardsPack pack = StandardsPack.builtin();
        Map<String, TypeSettings> types = new LinkedHashMap<>();
        types.put("fitness", fitness);
        List<TypeSpec> specs = TypeSpecs.resolve(pack, types, OptionalDouble.empty(), "grid.yaml");
        Facilities facilities = Facilities.builder(pack, "facilities.csv")
                .add("F1", 0, 0, "fitness", "西南", 300, 30)
                .add("F2", 4 * D, 3 * D, "fitness", "东北", 900, 96)
                .build();
        AdminUnits units = AdminUnits.of("units", List.of("W", "E"), List.of("West", "East"),
                List.of(box(-0.5, 2.5, -0.5, 3.5), box(2.5, 4.5, -0.5, 3.5)));
        return new Study("grid", new NetworkTravelTimes(GRID, 500, 2), GRID, "grid", cells, specs, facilities,
                List.of(new Study.UnitLevel("community", units)), null, List.of(), Double.NaN, List.of());
    }

    private static TypeSettings fitness(double target, int year) {
        return new TypeSettings("fitness", OptionalDouble.of(250 / 60.0), OptionalDouble.empty(), OptionalDouble.of(3.6),
                Optional.empty(), OptionalDouble.of(target), OptionalInt.of(year), Optional.of("健身圈"));
    }

    @Test
    void projectSettingsOverrideThePackAndCiteTheProjectFile() {
        TypeSpec t = study(fitness(0.85, 2025)).type("fitness");
        assertEquals(250, t.thresholdSeconds(), 1e-9);
        assertEquals(3.6, t.speedKmh());
        assertEquals("健身圈", t.label());
        assertEquals("grid.yaml types.fitness.minutes", t.thresholdClause().citation());
        assertEquals("grid.yaml types.fitness.speedKmh", t.speedClause().citation());
        assertEquals(DemandLayer.TOTAL, t.demand());
        // the pack's "every community" target, then the project's 85 % by 2025
        assertEquals(2, t.targets().size());
        assertEquals(CoverageScope.UNITS, t.targets().get(0).scope());
        assertEquals(CoverageScope.POPULATION, t.targets().get(1).scope());
        assertEquals(2025, t.targets().get(1).year().getAsInt());

        TypeSpec packOnly = TypeSpecs.resolve(StandardsPack.builtin(), Map.of("elder_care", TypeSettings.defaults("elder_care")),
                OptionalDouble.of(5.0), "p.yaml").get(0);
        assertEquals(3.6, packOnly.speedKmh(), "the pack's own elder-care speed beats the project default");
        assertEquals(15 * 60, packOnly.thresholdSeconds(), 1e-9);
        assertEquals(DemandLayer.ELDERLY, packOnly.demand());
        TypeSpec projectSpeed = TypeSpecs.resolve(StandardsPack.builtin(), Map.of("clinic", TypeSettings.defaults("clinic")),
                OptionalDouble.of(5.0), "p.yaml").get(0);
        assertEquals(5.0, projectSpeed.speedKmh(), "the project default beats the pack default");
        TypeSpec kindergarten = TypeSpecs.resolve(StandardsPack.builtin(),
                Map.of("kindergarten", TypeSettings.defaults("kindergarten")), OptionalDouble.empty(), "p.yaml").get(0);
        assertEquals(300, kindergarten.radiusMeters());

        TypeSettings same = new TypeSettings("fitness", OptionalDouble.of(15), OptionalDouble.empty(), OptionalDouble.of(4.5),
                Optional.empty(), OptionalDouble.empty(), OptionalInt.empty(), Optional.empty());
        TypeSpec repeated = TypeSpecs.resolve(StandardsPack.builtin(), Map.of("fitness", same), OptionalDouble.empty(), "p.yaml").get(0);
        assertEquals(StandardsPack.builtin().getType("fitness").clause(), repeated.thresholdClause(),
                "a project value equal to the pack's keeps the document's clause");

        InputException unknown = assertThrows(InputException.class, () -> TypeSpecs.resolve(StandardsPack.builtin(),
                Map.of("pool", TypeSettings.defaults("pool")), OptionalDouble.empty(), "p.yaml"));
        assertTrue(unknown.getMessage().startsWith("p.yaml, types.pool: facility type 'pool' is not in the standards pack"));
    }

    @Test
    void targetsShowProgressAgainstEachYear() {
        Evaluation e = new StudyEvaluator(study(fitness(0.85, 2025)), StudyEvaluator.Options.defaults()).evaluate();
        TypeResult r = e.type("fitness");
        TargetProgress units = r.targets().get(0);
        // West reaches F1 from its interior point and holds it; East holds F2: both served
        assertEquals(1.0, units.achieved(), 1e-12);
        assertTrue(units.met());
        TargetProgress people = r.targets().get(1);
        assertEquals(0.6, people.achieved(), 1e-12);
        assertFalse(people.met());
        assertEquals(0.6 / 0.85, people.progress(), 1e-12);
        assertEquals((0.85 - 0.6) * 2100, people.shortfall(), 1e-9);

        Evaluation easy = new StudyEvaluator(study(fitness(0.55, 2035)), StudyEvaluator.Options.defaults()).evaluate();
        assertTrue(easy.type("fitness").targets().get(1).met());
        assertEquals(0, easy.type("fitness").targets().get(1).shortfall());
    }

    @Test
    void perCapitaStandardsPerUnitWithShortfall() {
        Evaluation e = new StudyEvaluator(study(fitness(0.85, 2025)), StudyEvaluator.Options.defaults()).evaluate();
        PerCapitaCheck.Result sports = find(e, "sports_ground_per_capita", null);
        assertEquals(1200, sports.measureSum(), 1e-9);
        assertEquals(2100, sports.population(), 1e-9);
        assertEquals(1200.0 / 2100, sports.value(), 1e-12);
        assertFalse(sports.targets().get(0).met());
        assertEquals(2.45 * 2100 - 1200, sports.targets().get(0).shortBy(), 1e-9);
        assertEquals(2.37 * 2100 - 1200, sports.targets().get(1).shortBy(), 1e-9);

        PerCapitaCheck.Result westOutdoor = find(e, "fitness_outdoor_per_capita", "W");
        assertEquals(300, westOutdoor.measureSum(), 1e-9);
        assertEquals(1140, westOutdoor.population(), 1e-9);
        assertEquals(0.3 * 1140 - 300, westOutdoor.targets().get(0).shortBy(), 1e-9);
        PerCapitaCheck.Result eastOutdoor = find(e, "fitness_outdoor_per_capita", "E");
        assertEquals(900.0 / 960, eastOutdoor.value(), 1e-12);
        assertTrue(eastOutdoor.allMet());
        assertEquals(0, eastOutdoor.targets().get(0).shortBy());
        assertTrue(find(e, "fitness_indoor_per_capita", "W").allMet());
        assertTrue(e.perCapita().stream().noneMatch(p -> p.indicator().key().equals("childcare_places_per_1000")),
                "no childcare facilities, no childcare indicator");
    }

    @Test
    void oneTypeIsReEvaluatedAfterFacilitiesChange() {
        Study s = study(fitness(0.85, 2025));
        StudyEvaluator ev = new StudyEvaluator(s, StudyEvaluator.Options.defaults());
        TypeSpec t = s.type("fitness");
        FacilitySites base = s.sites(t);
        assertEquals(1260, ev.evaluateType(t, base).overall().demandCovered(), 1e-9);
        // a third facility at (2,2) newly covers, within 250 s: (2,2) 130, (1,2) 120, (2,1) 80 at one block and
        // (3,1) 90, (1,3) 170 at LX + 100
        FacilitySites added = ScenarioEdits.edited(base, ScenarioEdits.add(base, "F3", 2 * D, 2 * D));
        TypeResult more = ev.evaluateType(t, added);
        assertEquals(1260 + 130 + 120 + 80 + 90 + 170, more.overall().demandCovered(), 1e-9);
        assertEquals(3, more.catchments().size());
        // moving F2 to the south-east corner: F1 keeps 300; F2 now covers (4,0) 50, (3,0) 40, (4,1) 100, (2,0) already,
        // (3,1) 90, (4,2) 150
        FacilitySites moved = ScenarioEdits.edited(base, new MoveFacility("F2", 4 * D, 0));
        assertEquals(300 + 50 + 40 + 100 + 90 + 150, ev.evaluateType(t, moved).overall().demandCovered(), 1e-9);
        FacilitySites removed = ScenarioEdits.edited(base, new RemoveFacility("F1"));
        assertEquals(960, ev.evaluateType(t, removed).overall().demandCovered(), 1e-9);
        assertEquals(0, ev.evaluateType(t, FacilitySites.empty("fitness")).overall().demandCovered());
        assertEquals(1260, ev.evaluateType(t, base).overall().demandCovered(), 1e-9, "the base set is unchanged");
        assertNull(ev.evaluateType(t, base).villages(), "no villages in this study");
    }

    private static PerCapitaCheck.Result find(Evaluation e, String indicator, String unit) {
        return e.perCapita().stream()
                .filter(p -> p.indicator().key().equals(indicator) && Objects.equals(p.unitId(), unit))
                .findFirst().orElseThrow();
    }

    private static Geometry box(double x0, double x1, double y0, double y1) {
        return new GeometryFactory().toGeometry(new Envelope(x0 * D, x1 * D, y0 * D, y1 * D));
    }

}
