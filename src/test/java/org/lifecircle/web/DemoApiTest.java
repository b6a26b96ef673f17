package org.lifecircle.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lifecircle.coverage.Counts;
import org.lifecircle.coverage.FacilitySites;
import org.lifecircle.coverage.TypeResult;
import org.lifecircle.coverage.TypeSpec;
import org.lifecircle.coverage.TypeTimes;
import org.lifecircle.population.DemandCells;
import org.lifecircle.population.UnitAssignment;
import org.lifecircle.scenario.MoveFacility;
import org.lifecircle.scenario.ScenarioEdits;
import org.lifecircle.web.analysis.Place;
import org.lifecircle.web.analysis.UncomputedAnalysis;
import org.lifecircle.web.project.LayerRole;
import org.lifecircle.web.project.ProjectService;
import org.lifecircle.web.session.ProjectSession;
import org.lifecircle.web.session.SessionHolder;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * FEATURE UNDER TEST: the API on the demo project loaded as {@code serve} loads it: engines on,
 * coverage per type and unit equal to sums over the engine's cell times, the point check equal
 * to the coverage cell times at cell centres, villages, gaps,
 * isochrones, the standards table, exports, and the 400 / 404 answers.
 */
@DemoAppTest
class DemoApiTest {

    private static final String PROBLEM = "application/problem+json";

    @Autowired
    MockMvc mvc;

    @Autowired
    SessionHolder holder;

    @Autowired
    ProjectService project;

    private final ObjectMapper json = new ObjectMapper();
    private ProjectSession session;

    @BeforeEach
    void awaitLoaded() throws InterruptedException {
        long deadline = System.nanoTime() + 300_000_000_000L;
        while (holder.state() == SessionHolder.State.LOADING && System.nanoTime() < deadline) Thread.sleep(200);
        assertEquals(SessionHolder.State.LOADED, holder.state(), holder.status());
        session = holder.session().orElseThrow();
    }

    @Test
    void projectIsLoadedWithItsLayersAndEngines() throws Exception {
        JsonNode body = getJson("/api/project");
        assertEquals("示范县城 Demo Town", body.get("name").asText());
        assertTrue(body.get("loaded").asBoolean());
        assertEquals(6, body.get("types").size());
        assertEquals("elder_care", body.get("types").get(1).get("key").asText());
        assertEquals("elderly", body.get("types").get(1).get("demand").asText());
        assertEquals(3.6, body.get("types").get(1).get("speedKmh").asDouble(), 1e-9);
        JsonNode engines = body.get("engines");
        for (String e : List.of("coverage", "pointCheck", "isochrones", "standards", "exports")) {
            assertTrue(engines.get(e).asBoolean(), e);
        }
        JsonNode facilities = getJson("/api/layers/facilities");
        assertEquals(session.study().facilities().size(), facilities.get("features").size());
        JsonNode cells = getJson("/api/layers/population");
        assertEquals(session.study().demand().size(), cells.get("totalFeatures").asInt());
        int riverFeatures = json.readTree(Path.of("gis-data", "river.geojson").toFile()).get("features").size();
        assertEquals(riverFeatures, getJson("/api/layers/river").get("features").size(),
                "extra GeoJSON beside the project is a layer, every feature of the file");
    }

    @Test
    void coverageEqualsSumsOverTheEngineCellTimes() throws Exception {
        JsonNode body = getJson("/api/coverage");
        assertEquals("computed", body.get("status").asText());
        assertEquals("network", body.get("method").asText());
        DemandCells cells = session.study().demand();
        UnitAssignment units = session.evaluator().assignments().get(0);
        for (int t = 0; t < session.study().types().size(); t++) {
            TypeSpec type = session.study().types().get(t);
            TypeTimes times = session.evaluator().evaluator().times(type, session.sites(type.key()));
            double demand = 0;
            double covered = 0;
            double[] unitDemand = new double[units.units().size()];
            double[] unitCovered = new double[units.units().size()];
            for (int i = 0; i < cells.size(); i++) {
                double d = cells.value(type.demand(), i);
                boolean in = times.seconds(i) <= type.thresholdSeconds();
                demand += d;
                if (in) covered += d;
                int u = units.unitOfCell()[i];
                if (u >= 0) {
                    unitDemand[u] += d;
                    if (in) unitCovered[u] += d;
                }
            }
            JsonNode row = body.get("types").get(t);
            assertEquals(type.key(), row.get("type").asText());
            assertEquals(demand, row.get("population").asDouble(), 1e-6 * demand);
            assertEquals(covered, row.get("covered").asDouble(), 1e-6 * demand + 1e-9);
            assertEquals(covered / demand, row.get("share").asDouble(), 1e-9);
            for (int u = 0; u < unitDemand.length; u++) {
                JsonNode share = body.get("units").get(u).get("types").get(type.key());
                assertEquals(unitDemand[u], share.get("population").asDouble(), 1e-6 * demand, type.key() + " unit " + u);
                assertEquals(unitCovered[u], share.get("covered").asDouble(), 1e-6 * demand, type.key() + " unit " + u);
            }
        }
        assertEquals(session.study().unitLevels().get(0).units().size(), body.get("units").size());
        assertEquals(body.get("units"), body.get("levels").get(0).get("units"), "units is the first level");
    }

    @Test
    void coverageOfEveryUnitLevelEqualsSumsOverTheEngineCellTimes() throws Exception {
        JsonNode body = getJson("/api/coverage");
        DemandCells cells = session.study().demand();
        assertEquals(session.study().unitLevels().size(), body.get("levels").size());
        assertTrue(body.get("levels").size() > 1, "the demo has several unit levels");
        for (int l = 0; l < session.study().unitLevels().size(); l++) {
            JsonNode level = body.get("levels").get(l);
            assertEquals(session.study().unitLevels().get(l).level(), level.get("level").asText());
            UnitAssignment units = session.evaluator().assignments().get(l);
            assertEquals(units.units().size(), level.get("units").size());
            for (TypeSpec type : session.study().types()) {
                TypeTimes times = session.evaluator().evaluator().times(type, session.sites(type.key()));
                double[] unitDemand = new double[units.units().size()];
                double[] unitCovered = new double[units.units().size()];
                for (int i = 0; i < cells.size(); i++) {
                    int u = units.unitOfCell()[i];
                    if (u < 0) continue;
                    double d = cells.value(type.demand(), i);
                    unitDemand[u] += d;
                    if (times.seconds(i) <= type.thresholdSeconds()) unitCovered[u] += d;
                }
                for (int u = 0; u < unitDemand.length; u++) {
                    JsonNode unit = level.get("units").get(u);
                    assertEquals(units.units().id(u), unit.get("id").asText());
                    JsonNode share = unit.get("types").get(type.key());
                    String where = level.get("level").asText() + " " + unit.get("id").asText() + " " + type.key();
                    assertEquals(unitDemand[u], share.get("population").asDouble(), 1e-6 * (1 + unitDemand[u]), where);
                    assertEquals(unitCovered[u], share.get("covered").asDouble(), 1e-6 * (1 + unitDemand[u]), where);
                }
            }
        }
    }

    @Test
    void pointCheckEqualsTheCellTimes() throws Exception {
        long seed = 20261122L;
        Random random = new Random(seed);
        DemandCells cells = session.study().demand();
        TypeTimes fitness = session.baseline().type("fitness").times();
        List<Integer> served = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            if (fitness.seconds(i) <= 15 * 60) served.add(i);
        }
        int checkedCells = 0;
        for (int k = 0; k < 12; k++) {
            int cell = k % 3 == 0 ? random.nextInt(cells.size()) : served.get(random.nextInt(served.size()));
            double lon = cells.lon(cell);
            double lat = cells.lat(cell);
            JsonNode body = getJson("/api/check?lon=" + lon + "&lat=" + lat);
            assertEquals("computed", body.get("status").asText(), "seed " + seed);
            assertEquals(session.study().types().size(), body.get("types").size());
            for (int t = 0; t < session.study().types().size(); t++) {
                TypeSpec type = session.study().types().get(t);
                JsonNode got = body.get("types").get(t);
                assertEquals(type.key(), got.get("type").asText());
                double cellSeconds = session.baseline().type(type.key()).times().seconds(cell);
                if (Double.isFinite(cellSeconds) && cellSeconds <= 15 * 60) {
                    // the point check (one search from the point) and the coverage (one search from all facilities) agree
                    String where = "seed " + seed + " cell " + cell + " " + type.key();
                    assertEquals(cellSeconds, got.get("nearestSeconds").asDouble(), 0.5, where);
                    if (Math.abs(cellSeconds - type.thresholdSeconds()) > 0.5) {
                        assertEquals(cellSeconds <= type.thresholdSeconds(), got.get("meetsStandard").asBoolean(), where);
                    }
                    checkedCells++;
                }
            }
        }
        assertTrue(checkedCells > 10, "enough reachable cells compared: " + checkedCells);
    }

    @Test
    void pointCheckNamesTheUnitAndRejectsBadCoordinates() throws Exception {
        var units = session.study().unitLevels().get(0).units();
        var inside = units.polygon(0).getInteriorPoint();
        JsonNode body = getJson("/api/check?lon=" + inside.getX() + "&lat=" + inside.getY());
        assertEquals(units.id(0), body.get("unit").get("id").asText());
        problem(get("/api/check?lat=30"), 400, "lon");
        problem(get("/api/check?lon=117.9&lat=95"), 400, "lat");
        JsonNode far = getJson("/api/check?lon=10&lat=10");
        assertEquals("computed", far.get("status").asText());
        for (JsonNode t : far.get("types")) {
            assertEquals(0, t.get("reachable").size());
            assertTrue(!t.get("meetsStandard").asBoolean());
        }
        assertNotNull(far.get("message"));
    }

    @Test
    void pointCheckUnitAndVillageEqualAScanOfTheMapFeaturesAtEveryCell() {
        DemandCells cells = session.study().demand();
        GeometryFactory geometry = new GeometryFactory();
        int inUnits = 0;
        int inVillages = 0;
        for (int i = 0; i < cells.size(); i++) {
            Point point = geometry.createPoint(new Coordinate(cells.lon(i), cells.lat(i)));
            Place unit = UncomputedAnalysis.containing(project, LayerRole.UNITS, point);
            Place village = UncomputedAnalysis.containing(project, LayerRole.VILLAGES, point);
            var foundUnit = session.unitAt(cells.lon(i), cells.lat(i));
            var foundVillage = session.villageAt(cells.lon(i), cells.lat(i));
            assertEquals(unit == null ? null : unit.id(), foundUnit.map(ProjectSession.Found::id).orElse(null), "cell " + i);
            assertEquals(unit == null ? null : unit.name(), foundUnit.map(ProjectSession.Found::name).orElse(null), "cell " + i);
            assertEquals(village == null ? null : village.id(), foundVillage.map(ProjectSession.Found::id).orElse(null), "cell " + i);
            if (unit != null) inUnits++;
            if (village != null) inVillages++;
        }
        assertTrue(inUnits > cells.size() / 2, "cells in a unit: " + inUnits + " of " + cells.size());
        assertTrue(inVillages > 100, "cells in a village: " + inVillages);
    }

    @Test
    void villagesMatchTheEngineVillageService() throws Exception {
        JsonNode body = getJson("/api/villages/coverage");
        assertEquals("computed", body.get("status").asText());
        int n = session.study().villages().size();
        assertEquals(n, body.get("villages").size());
        int full = 0;
        for (int p = 0; p < n; p++) {
            JsonNode v = body.get("villages").get(p);
            assertEquals(session.study().villages().id(p), v.get("id").asText());
            boolean all = true;
            for (TypeResult r : session.baseline().types()) {
                if (r.villages() == null) {
                    assertNull(v.get("covered").get(r.type().key()));
                    continue;
                }
                boolean served = r.villages().places().get(p).served();
                assertEquals(served, v.get("covered").get(r.type().key()).asBoolean());
                all &= served;
            }
            assertEquals(all, v.get("fullyCovered").asBoolean());
            if (all) full++;
        }
        assertEquals((double) full / n, body.get("fullyCoveredShare").asDouble(), 1e-12);
        assertEquals(3, body.get("villages").get(0).get("covered").size(), "clinic, elder_care, community_service");
    }

    @Test
    void gapsAreTheEngineGapsAndUnknownTypesAre404() throws Exception {
        for (TypeResult r : session.baseline().types()) {
            JsonNode body = getJson("/api/gaps?type=" + r.type().key());
            assertEquals(r.gaps().gaps().size(), body.get("features").size());
            double sum = 0;
            for (JsonNode f : body.get("features")) sum += f.get("properties").get("demand").asDouble();
            assertTrue(sum <= r.overall().demandUncovered() + 1, r.type().key() + ": gaps hold uncovered demand only");
            if (!r.gaps().gaps().isEmpty()) {
                assertEquals(1, body.get("features").get(0).get("properties").get("rank").asInt());
            }
        }
        problem(get("/api/gaps?type=swimming_pool"), 404, null);
        problem(get("/api/gaps"), 400, "type");
    }

    @Test
    void isochronesAroundAFacilityAreNestedAndContainIt() throws Exception {
        FacilitySites clinics = session.sites("clinic");
        String id = clinics.id(0);
        JsonNode body = getJson("/api/isochrones?facility=" + id + "&minutes=5,10,15");
        assertEquals(3, body.get("features").size());
        double last = 0;
        for (JsonNode f : body.get("features")) {
            double area = f.get("properties").get("areaM2").asDouble();
            assertTrue(area > last, "areas grow with minutes");
            last = area;
        }
        JsonNode point = getJson("/api/isochrones?lon=" + clinics.lon(0) + "&lat=" + clinics.lat(0) + "&minutes=10");
        assertEquals(1, point.get("features").size());
        problem(get("/api/isochrones?facility=nope"), 404, null);
        problem(get("/api/isochrones?lon=10&lat=10"), 400, "lon");
        problem(get("/api/isochrones?lon=117.9&lat=30&minutes=121"), 400, "minutes");
    }

    @Test
    void standardsTableCarriesClausesAndPerCapitaChecks() throws Exception {
        JsonNode body = getJson("/api/standards");
        assertEquals(session.study().types().size(), body.get("types").size());
        assertEquals(session.baseline().perCapita().size(), body.get("standards").size());
        for (JsonNode t : body.get("types")) assertNotNull(t.get("thresholdSource"), t.toString());
        for (int i = 0; i < session.baseline().perCapita().size(); i++) {
            var r = session.baseline().perCapita().get(i);
            JsonNode s = body.get("standards").get(i);
            assertEquals(r.indicator().key(), s.get("id").asText());
            assertEquals(r.allMet(), s.get("meets").asBoolean());
            if (Double.isFinite(r.value())) assertEquals(r.value(), s.get("value").asDouble(), 1e-9);
        }
    }

    @Test
    void resultExportsCarryEveryCell() throws Exception {
        String csv = mvc.perform(get("/api/exports/results.csv")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String[] lines = csv.strip().split("\\R");
        assertEquals(session.study().demand().size() + 1, lines.length);
        assertTrue(lines[0].startsWith("id,lon,lat,population,fitness_seconds,elder_care_seconds"), lines[0]);
        JsonNode geo = json.readTree(mvc.perform(get("/api/exports/results.geojson")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray());
        int gaps = session.baseline().types().stream().mapToInt(r -> r.gaps().gaps().size()).sum();
        assertEquals(session.study().demand().size() + gaps, geo.get("features").size());
        byte[] gpkg = mvc.perform(get("/api/exports/results.gpkg")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertEquals("SQLite format 3", new String(gpkg, 0, 15, StandardCharsets.US_ASCII));
        String html = mvc.perform(get("/api/exports/results.html")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertTrue(html.contains("<html") && html.contains("示范县城"), "the coverage engine's report");
        problem(get("/api/exports/results.shp"), 400, "format");
    }

    @Test
    void movingOneFacilityReEvaluatesItsTypeLikeAFullEvaluation() {
        FacilitySites elder = session.sites("elder_care");
        Random random = new Random(7);
        for (int k = 0; k < 3; k++) {
            int f = random.nextInt(elder.size());
            double lon = elder.lon(f) + (random.nextDouble() - 0.5) * 0.01;
            double lat = elder.lat(f) + (random.nextDouble() - 0.5) * 0.01;
            FacilitySites moved = ScenarioEdits.edited(elder, new MoveFacility(elder.id(f), lon, lat));
            ProjectSession.EditedCoverage quick = session.coverageWith("elder_care", moved);
            Counts full = session.evaluateType("elder_care", moved).overall();
            assertEquals(full, quick.overall(), "seed 7 move " + k);
        }
    }

    private JsonNode getJson(String url) throws Exception {
        return json.readTree(mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
    }

    private void problem(MockHttpServletRequestBuilder request, int status, String field) throws Exception {
        var result = mvc.perform(request).andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(PROBLEM));
        if (field != null) result.andExpect(jsonPath("$.field").value(field));
    }

}
