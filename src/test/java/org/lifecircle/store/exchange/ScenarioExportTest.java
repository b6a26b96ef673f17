package org.lifecircle.store.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifecircle.scenario.AddFacility;
import org.lifecircle.scenario.ChangeCapacity;
import org.lifecircle.scenario.FacilityRecord;
import org.lifecircle.scenario.MoveFacility;
import org.lifecircle.scenario.RemoveFacility;
import org.lifecircle.scenario.Scenario;
import org.lifecircle.store.TestLayers;
import org.lifecircle.store.Workspace;
import org.lifecircle.store.layer.FacilityLayers;
import org.lifecircle.store.layer.Layer;
import org.lifecircle.store.layer.LayerKind;
import org.lifecircle.store.result.Evaluation;
import org.lifecircle.store.result.EvaluationRecord;
import org.lifecircle.store.result.SelectedSite;
import org.lifecircle.store.result.SitingRun;
import org.lifecircle.store.result.SitingRunRecord;
import org.lifecircle.store.result.TypeCoverage;
import org.lifecircle.store.result.UnitCoverage;
import org.lifecircle.store.scenario.ScenarioRecord;

/**
 * FEATURE UNDER TEST: a whole saved scenario exported to one GeoPackage in CGCS2000 (baseline,
 * edited facilities, modifications, siting selections), checked with ogrinfo and read back; and
 * an evaluation exported to CSV.
 */
class ScenarioExportTest {

    @TempDir
    Path dir;

    @Test
    void wholeScenarioGoesToOneGeoPackage() throws Exception {
        try (Workspace ws = Workspace.open(null, dir.resolve("ws"))) {
            long project = ws.projects().create("export", "").id();
            ws.layers().save(project, TestLayers.randomFacilities("facilities", 50, 17));
            ScenarioRecord s = ws.scenarios().create(project, "方案一", Scenario.of("facilities")
                    .with(new AddFacility(new FacilityRecord("N1", 114.05, 22.54, "elder_care", "新驿站", 200.0, 30.0)))
                    .with(new AddFacility(new FacilityRecord("N2", 114.06, 22.55, "fitness", null, null, null)))
                    .with(new MoveFacility("F1", 114.07, 22.53))
                    .with(new RemoveFacility("F2"))
                    .with(new ChangeCapacity("F3", 99)));
            SitingRunRecord run = ws.sitingRuns().save(project, new SitingRun(s.id(), "elder_care", "mclp", Map.of("p", 3L),
                    List.of(new SelectedSite("C1", 114.01, 22.51), new SelectedSite("C2", 114.02, 22.52),
                            new SelectedSite("C3", 114.03, 22.53)), 10, 10, 12, null, null, null, 3));
            Path gpkg = dir.resolve("scenario.gpkg");
            ScenarioExport.toGeoPackage(ws, s.id(), gpkg, 4490);

            Layer facilities = GeoPackageImport.read(gpkg, "facilities", LayerKind.FACILITIES);
            GeoPackageExchangeTest.assertSameContent(FacilityLayers.toLayer("facilities", LayerKind.FACILITIES, "x",
                    ws.scenarioFacilities(s.id())), facilities, 1e-9, "scenario facilities");
            assertEquals(51, facilities.size());

            Ogrinfo.require();
            String out = Ogrinfo.run(gpkg);
            Map<String, Ogrinfo.LayerSummary> layers = Ogrinfo.layers(out);
            assertEquals(List.of("baseline", "facilities", "modifications", "siting_" + run.id()),
                    List.copyOf(layers.keySet()), out);
            assertEquals(50, layers.get("baseline").featureCount(), out);
            assertEquals(51, layers.get("facilities").featureCount(), out);
            assertEquals(5, layers.get("modifications").featureCount(), out);
            assertEquals(3, layers.get("siting_" + run.id()).featureCount(), out);
            for (Ogrinfo.LayerSummary l : layers.values()) assertEquals(4490, l.epsg(), out);

            EvaluationRecord e = ws.evaluations().save(s.id(), new Evaluation(s.version(), "network", "population",
                    List.of(new TypeCoverage("elder_care", 15, 400, 300, new int[] {1, 2})),
                    List.of(new UnitCoverage("elder_care", "香蜜湖街道", 100, 25))));
            Path csv = dir.resolve("evaluation.csv");
            ScenarioExport.evaluationCsv(csv, e);
            assertEquals(List.of("type,unit,minutes,population,covered,share", "elder_care,,15.0,400.0,300.0,0.75",
                    "elder_care,香蜜湖街道,15.0,100.0,25.0,0.25"), Files.readAllLines(csv));
        }
    }
}
