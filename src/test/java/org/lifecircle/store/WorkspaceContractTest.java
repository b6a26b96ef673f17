package org.lifecircle.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lifecircle.io.InputException;
import org.lifecircle.scenario.AddFacility;
import org.lifecircle.scenario.ChangeCapacity;
import org.lifecircle.scenario.FacilityRecord;
import org.lifecircle.scenario.MoveFacility;
import org.lifecircle.scenario.RemoveFacility;
import org.lifecircle.scenario.Scenario;
import org.lifecircle.store.layer.Feature;
import org.lifecircle.store.layer.Layer;
import org.lifecircle.store.layer.LayerInfo;
import org.lifecircle.store.layer.LayerKind;
import org.lifecircle.store.layer.PopulationGrid;
import org.lifecircle.store.project.Project;
import org.lifecircle.store.result.Evaluation;
import org.lifecircle.store.result.EvaluationRecord;
import org.lifecircle.store.result.SelectedSite;
import org.lifecircle.store.result.SitingRun;
import org.lifecircle.store.result.SitingRunRecord;
import org.lifecircle.store.result.TypeCoverage;
import org.lifecircle.store.result.UnitCoverage;
import org.lifecircle.store.scenario.ScenarioRecord;
import org.locationtech.jts.geom.Envelope;

/**
 * FEATURE UNDER TEST: the workspace repositories, written once and run on both engines (H2GIS
 * file database and PostGIS; see the two subclasses). "Restart" closes the workspace and opens a
 * new one on the same location; everything read back must equal what was saved.
 */
abstract class WorkspaceContractTest {

    /** Where the workspace of this test class lives; the same value every call. */
    protected abstract StoreLocation location();

    protected Workspace ws;

    @BeforeEach
    void open() {
        ws = Workspace.open(location());
    }

    @AfterEach
    void close() {
        if (ws != null) ws.close();
    }

    private Workspace restart() {
        ws.close();
        ws = Workspace.open(location());
        return ws;
    }

    private long project(String name) {
        return ws.projects().create(name + "-" + System.nanoTime(), "name: " + name + "\n").id();
    }

    @Test
    void projectDefinitionRoundTripsAndStaleUpdateIsRefused() {
        Project p = ws.projects().create("示范县城 Demo Town " + System.nanoTime(), "name: 示范县城\nspeedKmh: 4.5\n");
        Project updated = ws.projects().updateDefinition(p.id(), 1, "name: 示范县城\nspeedKmh: 4.0\n");
        assertEquals(2, updated.version());
        StaleVersionException stale = assertThrows(StaleVersionException.class,
                () -> ws.projects().updateDefinition(p.id(), 1, "name: lost update\n"));
        assertEquals(2, stale.currentVersion());
        assertEquals(updated, restart().projects().get(p.id()));
        assertThrows(InputException.class, () -> ws.projects().create(p.name(), ""));
    }

    @Test
    void randomLayersRoundTripExactlyAcrossRestart() {
        long seed = 0x5EED3A01L;
        long project = project("layers");
        Layer facilities = TestLayers.randomFacilities("facilities", 500, seed);
        Layer villages = TestLayers.randomMixed("villages", 300, seed + 1);
        LayerInfo f = ws.layers().save(project, facilities);
        LayerInfo v = ws.layers().save(project, villages);
        assertEquals(500, f.featureCount());
        restart();
        assertEquals(facilities, ws.layers().load(f.id()), "seed " + seed);
        assertEquals(villages, ws.layers().get(project, "villages"), "seed " + seed);
        assertEquals(List.of(f, v), ws.layers().list(project));
    }

    @Test
    void realFutianRoadsRoundTrip() throws Exception {
        Path file = TestLayers.shared().resolve("data/shenzhen-futian/futian-roads.geojson");
        Layer roads = TestLayers.geoJson(file, LayerKind.NETWORK, "osmid");
        assertEquals(2595, roads.size());
        long project = project("futian");
        LayerInfo info = ws.layers().save(project, roads);
        restart();
        Layer back = ws.layers().load(info.id());
        assertEquals(roads, back);
        assertEquals("景田路", back.features().get(0).properties().get("name"));
        assertEquals(7.041, back.features().get(0).properties().get("length_m"));
    }

    @Test
    void bboxQueryMatchesBruteForce() {
        long seed = 0x5EED3A02L;
        long project = project("bbox");
        Layer villages = TestLayers.randomMixed("villages", 400, seed);
        long id = ws.layers().save(project, villages).id();
        Random r = new Random(seed);
        for (int q = 0; q < 20; q++) {
            double x = 113.8 + r.nextDouble() * 0.5, y = 22.4 + r.nextDouble() * 0.3;
            Envelope box = new Envelope(x, x + r.nextDouble() * 0.2, y, y + r.nextDouble() * 0.1);
            List<Integer> expected = new ArrayList<>();
            for (Feature ft : villages.features()) {
                if (ft.geometry() != null && ft.geometry().getEnvelopeInternal().intersects(box)) expected.add(ft.number());
            }
            List<Integer> got = ws.layers().features(id, box).stream().map(Feature::number).toList();
            assertEquals(expected, got, "seed " + seed + " box " + box);
        }
    }

    @Test
    void failedReplaceLeavesThePreviousLayer() {
        long project = project("replace");
        Layer first = TestLayers.randomFacilities("facilities", 200, 7);
        ws.layers().save(project, first);
        List<Feature> bad = new ArrayList<>(TestLayers.randomFacilities("facilities", 300, 8).features());
        Feature last = bad.remove(bad.size() - 1);
        bad.add(new Feature(last.number(), "F".repeat(201), last.geometry(), last.properties()));
        Layer second = Layer.of("facilities", LayerKind.FACILITIES, "second.csv", null, bad);
        assertThrows(StoreException.class, () -> ws.layers().save(project, second));
        assertEquals(first, ws.layers().get(project, "facilities"));
        assertEquals(200, ws.layers().find(project, "facilities").orElseThrow().featureCount());
    }

    @Test
    void populationGridRoundTrips() {
        long seed = 0x5EED3A03L;
        Random r = new Random(seed);
        int cols = 300, rows = 200;
        int[] cells = r.ints(0, cols * rows).distinct().limit(20_000).sorted().toArray();
        double[][] bands = {r.doubles(cells.length, 0, 500).toArray(), r.doubles(cells.length, 0, 90).toArray()};
        PopulationGrid grid = new PopulationGrid("EPSG:4326", 114.0, 22.6, 0.000833, 0.000833, cols, rows, cells,
                List.of("total", "elderly"), bands);
        long project = project("grid");
        LayerInfo info = ws.layers().saveGrid(project, "population", "worldpop.tif", grid);
        assertEquals(LayerKind.POPULATION_GRID, info.kind());
        restart();
        assertEquals(grid, ws.layers().loadGrid(info.id()), "seed " + seed);
    }

    @Test
    void scenarioWithEditsAndSitingResultSurviveRestart() {
        long project = project("scenario");
        ws.layers().save(project, TestLayers.randomFacilities("facilities", 50, 3));
        ScenarioRecord s = ws.scenarios().create(project, "新增养老驿站", Scenario.of("facilities"));
        s = ws.scenarios().append(s.id(), s.version(), new AddFacility(
                new FacilityRecord("NEW-1", 114.05, 22.54, "elder_care", "福田养老驿站", 320.5, 40.0)));
        s = ws.scenarios().append(s.id(), s.version(), new MoveFacility("F3", 114.061, 22.531));
        s = ws.scenarios().append(s.id(), s.version(), new RemoveFacility("F7"));
        s = ws.scenarios().append(s.id(), s.version(), new ChangeCapacity("F9", 120));
        s = ws.scenarios().append(s.id(), s.version(), new AddFacility(
                new FacilityRecord("NEW-2", 114.02, 22.52, "fitness", null, null, null)));
        assertEquals(6, s.version());
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("p", 3L);
        params.put("minutes", 15.0);
        params.put("solver", "lazy-greedy+swap");
        params.put("exact", false);
        SitingRun run = new SitingRun(s.id(), "elder_care", "mclp", params,
                List.of(new SelectedSite("C12", 114.01, 22.55), new SelectedSite("C3", 114.07, 22.53),
                        new SelectedSite("C40", 114.09, 22.56)),
                875_247.0, 875_247.0, 975_121.5, 875_247.0, 880_000.25, 0.0054, 1234);
        SitingRunRecord saved = ws.sitingRuns().save(project, run);
        Evaluation eval = new Evaluation(s.version(), "network", "population",
                List.of(new TypeCoverage("fitness", 15, 1000.5, 800.25, new int[] {0, 120, -1, 899}),
                        new TypeCoverage("elder_care", 15, 200, 150, new int[] {60, -1, 30, 901})),
                List.of(new UnitCoverage("fitness", "香蜜湖街道", 600, 500), new UnitCoverage("elder_care", "香蜜湖街道", 100, 90)));
        EvaluationRecord evaluation = ws.evaluations().save(s.id(), eval);

        ScenarioRecord before = s;
        restart();
        assertEquals(before, ws.scenarios().get(before.id()));
        assertEquals(before, ws.scenarios().find(project, "新增养老驿站").orElseThrow());
        assertEquals(saved, ws.sitingRuns().get(saved.id()));
        assertEquals(List.of(saved), ws.sitingRuns().listForScenario(before.id()));
        assertEquals(evaluation, ws.evaluations().get(evaluation.id()));
        assertEquals(evaluation, ws.evaluations().latest(before.id()).orElseThrow());
        TypeCoverage elderCare = ws.evaluations().get(evaluation.id()).evaluation().types().get(0);
        assertEquals("elder_care", elderCare.facilityType());
        assertEquals(0.75, elderCare.share(), 1e-12);
    }

    @Test
    void staleEditIsRefusedAndWritesNothing() {
        long project = project("stale");
        ScenarioRecord s = ws.scenarios().create(project, "a", Scenario.of("facilities"));
        ScenarioRecord planner1 = ws.scenarios().append(s.id(), 1, new RemoveFacility("F1"));
        StaleVersionException e = assertThrows(StaleVersionException.class,
                () -> ws.scenarios().append(s.id(), 1, new RemoveFacility("F2")));
        assertEquals(1, e.basedOnVersion());
        assertEquals(2, e.currentVersion());
        assertTrue(e.getMessage().contains("scenario 'a'"), e.getMessage());
        assertThrows(StaleVersionException.class,
                () -> ws.scenarios().save(s.id(), 1, Scenario.of("other").with(new RemoveFacility("F3"))));
        assertEquals(planner1, ws.scenarios().get(s.id()));
    }

    @Test
    void twoWritersOnOneScenarioExactlyOneWins() throws Exception {
        long project = project("race");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (Workspace other = Workspace.open(location())) {
            for (int round = 0; round < 10; round++) {
                ScenarioRecord s = ws.scenarios().create(project, "race " + round, Scenario.of("facilities"));
                CyclicBarrier start = new CyclicBarrier(2);
                List<Future<ScenarioRecord>> writers = new ArrayList<>();
                for (Workspace w : List.of(ws, other)) {
                    String fid = w == ws ? "mine" : "theirs";
                    writers.add(pool.submit(() -> {
                        start.await(10, TimeUnit.SECONDS);
                        return w.scenarios().append(s.id(), 1, new AddFacility(
                                new FacilityRecord(fid, 114, 22.5, "clinic", null, null, null)));
                    }));
                }
                int won = 0, conflicts = 0;
                String winner = null;
                for (Future<ScenarioRecord> f : writers) {
                    try {
                        winner = f.get(60, TimeUnit.SECONDS).scenario().modifications().get(0).facilityId();
                        won++;
                    } catch (java.util.concurrent.ExecutionException e) {
                        assertTrue(e.getCause() instanceof StaleVersionException, "round " + round + ": " + e.getCause());
                        conflicts++;
                    }
                }
                assertEquals(1, won, "round " + round);
                assertEquals(1, conflicts, "round " + round);
                ScenarioRecord now = ws.scenarios().get(s.id());
                assertEquals(2, now.version());
                assertEquals(1, now.scenario().modifications().size());
                assertEquals(winner, now.scenario().modifications().get(0).facilityId());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void findOrCreateRacingOnANewProjectGivesEveryoneTheSameRow() throws Exception {
        int writers = 6;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Workspace> opened = new ArrayList<>();
        try {
            for (int k = 0; k < writers; k++) opened.add(k == 0 ? ws : Workspace.open(location()));
            for (int round = 0; round < 5; round++) {
                String name = "findOrCreate race " + round + " " + System.nanoTime();
                CyclicBarrier start = new CyclicBarrier(writers);
                List<Future<Project>> calls = new ArrayList<>();
                for (Workspace w : opened) {
                    calls.add(pool.submit(() -> {
                        start.await(10, TimeUnit.SECONDS);
                        return w.projects().findOrCreate(name, "name: race\n");
                    }));
                }
                long id = calls.get(0).get(60, TimeUnit.SECONDS).id();
                for (Future<Project> f : calls) assertEquals(id, f.get(60, TimeUnit.SECONDS).id(), "round " + round);
                assertEquals(1, ws.projects().list().stream().filter(p -> p.name().equals(name)).count(), "round " + round);
            }
        } finally {
            pool.shutdownNow();
            for (int k = 1; k < opened.size(); k++) opened.get(k).close();
        }
    }

    @Test
    void concurrentCreatesOfOneScenarioNameGiveOneScenarioAndInputErrors() throws Exception {
        long project = project("same name");
        int threads = 4;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (int round = 0; round < 10; round++) {
                String name = "方案 " + round;
                CyclicBarrier start = new CyclicBarrier(threads);
                List<Future<ScenarioRecord>> calls = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    calls.add(pool.submit(() -> {
                        start.await(10, TimeUnit.SECONDS);
                        return ws.scenarios().create(project, name, Scenario.of("facilities"));
                    }));
                }
                int created = 0;
                for (Future<ScenarioRecord> call : calls) {
                    try {
                        call.get(60, TimeUnit.SECONDS);
                        created++;
                    } catch (java.util.concurrent.ExecutionException e) {
                        assertTrue(e.getCause() instanceof InputException, "round " + round + ": " + e.getCause());
                    }
                }
                assertEquals(1, created, "round " + round);
                assertTrue(ws.scenarios().find(project, name).isPresent(), "round " + round);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void deletingAProjectRemovesEverythingInIt() {
        long project = project("delete");
        long keep = project("keep");
        ws.layers().save(project, TestLayers.randomFacilities("facilities", 10, 1));
        ws.layers().save(keep, TestLayers.randomFacilities("facilities", 10, 1));
        ScenarioRecord s = ws.scenarios().create(project, "s", Scenario.of("facilities").with(new RemoveFacility("F1")));
        ws.sitingRuns().save(project, new SitingRun(s.id(), "clinic", "pmedian", Map.of("p", 1L),
                List.of(new SelectedSite("C1", 114, 22.5)), 1, 1, 1, null, null, null, 5));
        ws.projects().delete(project);
        assertTrue(ws.layers().list(project).isEmpty());
        assertTrue(ws.sitingRuns().list(project).isEmpty());
        assertEquals(1, ws.layers().list(keep).size(), "the other project keeps its one layer");
        assertThrows(InputException.class, () -> ws.scenarios().get(s.id()));
    }
}
