package org.lifecircle.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lifecircle.web.project.MapFeature;
import org.lifecircle.web.project.MapLayer;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * FEATURE UNDER TEST: the REST API on the Futian fixture: project and layers (bbox, zoom), the
 * point check, the engine-backed endpoints' validation and 501 answers, exports, uploads, OpenAPI,
 * static files, and the problem+json answers for 400 / 404 / 405.
 */
@WebAppTest
class ApiTest {

    private static final String PROBLEM = "application/problem+json";

    @Autowired
    MockMvc mvc;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void projectListsTypesLayersExtentAndNoEngines() throws Exception {
        FutianProject p = FutianProject.load();
        MapLayer roads = p.findLayer("roads").orElseThrow();
        Envelope all = new Envelope();
        p.layers().forEach(l -> all.expandToInclude(l.extent()));
        JsonNode body = getJson("/api/project");
        assertEq("福田 Futian (test fixture)", body.get("name").asText());
        assertEq(true, body.get("loaded").asBoolean());
        assertEq(3, body.get("types").size());
        assertEq("elder_care", body.get("types").get(1).get("key").asText());
        assertEq(3.6, body.get("types").get(1).get("speedKmh").asDouble());
        assertEq(p.layers().size(), body.get("layers").size());
        JsonNode roadsInfo = body.get("layers").get(2);
        assertEq("roads", roadsInfo.get("name").asText());
        assertEq("network", roadsInfo.get("role").asText());
        assertEq("line", roadsInfo.get("geometry").asText());
        assertEq(roads.features().size(), roadsInfo.get("featureCount").asInt());
        assertEq(2595, roadsInfo.get("featureCount").asInt());
        assertEnvelopeCovers(body.get("bbox"), all);
        assertEq(false, body.get("engines").get("coverage").asBoolean());
        assertEq(false, body.get("engines").get("siting").asBoolean());
        assertEq(0, body.get("basemaps").size());
        mvc.perform(get("/api/layers")).andExpect(status().isOk()).andExpect(jsonPath("$[3].name").value("facilities"));
    }

    @Test
    void layerWithBboxReturnsExactlyTheFeaturesWhoseExtentMeetsIt() throws Exception {
        MapLayer roads = FutianProject.load().findLayer("roads").orElseThrow();
        Envelope view = new Envelope(114.03, 114.05, 22.53, 22.545);
        Set<String> expected = new HashSet<>();
        for (MapFeature f : roads.features()) {
            if (bruteForceMeets(f.geometry(), view)) expected.add(f.id());
        }
        JsonNode fc = getJson("/api/layers/roads?bbox=114.03,22.53,114.05,22.545");
        assertEq("FeatureCollection", fc.get("type").asText());
        assertEq(roads.features().size(), fc.get("totalFeatures").asInt());
        assertEq(expected.size(), fc.get("returnedFeatures").asInt());
        Set<String> got = new HashSet<>();
        fc.get("features").forEach(f -> got.add(f.get("id").asText()));
        assertEq(expected, got);
        if (expected.isEmpty() || expected.size() == roads.features().size()) throw new AssertionError("view should select a part");
    }

    @Test
    void layerAtLowZoomHasFewerVerticesAndSaysItsTolerance() throws Exception {
        JsonNode full = getJson("/api/layers/districts");
        JsonNode coarse = getJson("/api/layers/districts?zoom=9");
        int fullVertices = countPositions(full.get("features"));
        int coarseVertices = countPositions(coarse.get("features"));
        if (!(coarseVertices < fullVertices / 2)) {
            throw new AssertionError("zoom 9 kept " + coarseVertices + " of " + fullVertices + " vertices");
        }
        if (!coarse.has("simplifyToleranceDegrees") || full.has("simplifyToleranceDegrees")) {
            throw new AssertionError("tolerance reported only when simplifying");
        }
        mvc.perform(get("/api/layers/facilities").accept("application/geo+json"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/geo+json"))
                .andExpect(jsonPath("$.features[0].geometry.type").value("Point"))
                .andExpect(jsonPath("$.features[0].properties.type").value("fitness"));
    }

    @Test
    void badLayerRequestsNameTheField() throws Exception {
        problem(get("/api/layers/roads?bbox=1,2,3"), 400, "bbox", "got 3 value");
        problem(get("/api/layers/roads?bbox=114,22,abc,23"), 400, "bbox", "not a number");
        problem(get("/api/layers/roads?bbox=115,22,114,23"), 400, "bbox", "greater than maxLon");
        problem(get("/api/layers/roads?bbox=114,95,115,96"), 400, "bbox", "minLat");
        problem(get("/api/layers/roads?zoom=31"), 400, "zoom", "between 0 and 24");
        problem(get("/api/layers/roads?zoom=high"), 400, "zoom", "not a valid Integer");
        problem(get("/api/layers/rivers"), 404, null, "unknown layer 'rivers'")
                .andExpect(jsonPath("$.kind").value("layer")).andExpect(jsonPath("$.id").value("rivers"));
    }

    @Test
    void pointCheckNamesTheDistrictAndSaysCoverageIsNotComputed() throws Exception {
        GeometryFactory gf = new GeometryFactory();
        MapLayer districts = FutianProject.load().findLayer("districts").orElseThrow();
        double lon = 114.055;
        double lat = 22.54;
        String expectedName = districts.features().stream()
                .filter(f -> f.geometry().covers(gf.createPoint(new Coordinate(lon, lat))))
                .map(f -> f.properties().get("name").toString()).findFirst().orElseThrow();
        assertEq("福田", expectedName);
        mvc.perform(get("/api/check").param("lon", "" + lon).param("lat", "" + lat))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("not_computed"))
                .andExpect(jsonPath("$.unit.name").value(expectedName))
                .andExpect(jsonPath("$.unit.layer").value("districts"))
                .andExpect(jsonPath("$.types").isEmpty())
                .andExpect(jsonPath("$", not(hasKey("village"))));
        mvc.perform(get("/api/check?lon=0&lat=0")).andExpect(status().isOk()).andExpect(jsonPath("$", not(hasKey("unit"))));
        problem(get("/api/check?lat=22.5"), 400, "lon", "required parameter is missing");
        problem(get("/api/check?lon=114&lat=91"), 400, "lat", "between -90 and 90");
        problem(get("/api/check?lon=east&lat=22"), 400, "lon", "not a valid double");
    }

    @Test
    void coverageAndVillagesSayNotComputedWithoutNumbers() throws Exception {
        mvc.perform(get("/api/coverage")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("not_computed"))
                .andExpect(jsonPath("$.types").isEmpty()).andExpect(jsonPath("$.units").isEmpty())
                .andExpect(jsonPath("$.message", containsString("not computed")));
        mvc.perform(get("/api/villages/coverage")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("not_computed"))
                .andExpect(jsonPath("$", not(hasKey("fullyCoveredShare"))));
    }

    @Test
    void sitingRunsAreValidatedThenNeedTheEngine() throws Exception {
        problem(postJson("/api/siting/runs", "{\"type\":\"pool\",\"model\":\"mclp\",\"p\":3}"), 400, "type", "not a facility type");
        problem(postJson("/api/siting/runs", "{\"type\":\"clinic\",\"model\":\"greedy\",\"p\":3}"), 400, "model", "mclp, lscp, pmedian");
        problem(postJson("/api/siting/runs", "{\"type\":\"clinic\",\"model\":\"mclp\"}"), 400, "p", "required");
        problem(postJson("/api/siting/runs", "{\"type\":\"clinic\",\"model\":\"mclp\",\"p\":0}"), 400, "p", "between 1");
        problem(postJson("/api/siting/runs", "{\"type\":\"clinic\",\"model\":\"lscp\",\"target\":1.5}"), 400, "target", "(0, 1]");
        problem(postJson("/api/siting/runs", "{\"type\":\"clinic\",\"model\":\"lscp\",\"target\":0.9,\"p\":2}"), 400, "p", "not used");
        problem(postJson("/api/siting/runs", "{\"type\":\"clinic\",\"model\":\"mclp\",\"p\":2,\"candidates\":\"x\"}"), 400, "candidates", "gaps");
        problem(postJson("/api/siting/runs", "{\"type\":\"clinic\",\"model\":"), 400, "body", "not readable as JSON");
        problem(postJson("/api/siting/runs", "{\"type\":\"clinic\",\"model\":\"mclp\",\"p\":\"many\"}"), 400, "p", "not a valid");
        problem(post("/api/siting/runs"), 400, "body", "required");
        problem(postJson("/api/siting/runs", "{\"type\":\"elder_care\",\"model\":\"mclp\",\"p\":4,\"candidates\":\"gaps\"}"),
                501, null, "siting engine").andExpect(jsonPath("$.engine").value("siting"));
    }

    @Test
    void isochronesStandardsScenariosAndResultExportsNeedEngines() throws Exception {
        problem(get("/api/isochrones?lat=22.5"), 400, "lon", "required unless facility");
        problem(get("/api/isochrones?facility=f1&lon=114&lat=22"), 400, "facility", "not both");
        problem(get("/api/isochrones?lon=114&lat=22.5&minutes=5,x"), 400, "minutes", "'x'");
        problem(get("/api/isochrones?lon=114&lat=22.5&minutes=0"), 400, "minutes", "between 1 and 120");
        problem(get("/api/isochrones?lon=114&lat=22.5"), 501, null, "network engine");
        problem(get("/api/standards"), 501, null, "standards");
        problem(get("/api/scenarios"), 501, null, "scenario");
        problem(postJson("/api/scenarios/s1/edits", "{}"), 501, null, "scenario");
        problem(get("/api/scenarios/compare"), 400, "ids", "missing");
        problem(get("/api/exports/results.shp"), 400, "format", "geojson, csv, gpkg, html");
        problem(get("/api/exports/results.gpkg"), 501, null, "coverage engine");
    }

    @Test
    void layerExportIsADownloadableGeoJsonFile() throws Exception {
        mvc.perform(get("/api/exports/layers/facilities.geojson"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(header().string("Content-Disposition", containsString("facilities.geojson")))
                .andExpect(jsonPath("$.features.length()").value(36))
                .andExpect(jsonPath("$.features[*].properties.type", everyItem(org.hamcrest.Matchers.in(FutianProject.TYPES))));
        problem(get("/api/exports/layers/none.geojson"), 404, null, "unknown layer");
    }

    @Test
    void uploadsCheckTheFileKind() throws Exception {
        problem(multipart("/api/uploads").file(new MockMultipartFile("file", "sites.xlsx", null, new byte[] {1})),
                400, "file", "unsupported file type");
        problem(multipart("/api/uploads").file(new MockMultipartFile("file", "sites.csv", "text/csv", new byte[0])),
                400, "file", "empty");
        problem(multipart("/api/uploads").file(new MockMultipartFile("other", "sites.csv", "text/csv", new byte[] {1})),
                400, "file", "missing");
        problem(multipart("/api/uploads").file(new MockMultipartFile("file", "sites.csv", "text/csv",
                "id,lon,lat\na,114.05,22.54\nb,114.06,abc\n".getBytes())), 400, null, "row 3");
        problem(multipart("/api/uploads").file(new MockMultipartFile("file", "../../etc/roads.geojson", "application/geo+json",
                "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"geometry\":null,\"properties\":{}}]}".getBytes())),
                400, null, "roads.geojson");
    }

    @Test
    void uploadsAnswerTheReadersReport() throws Exception {
        mvc.perform(multipart("/api/uploads").file(new MockMultipartFile("file", "sites.csv", "text/csv",
                        "id,lon,lat\na,114.05,22.54\nb,114.07,22.56\n".getBytes())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kind").value("points"))
                .andExpect(jsonPath("$.featureCount").value(2))
                .andExpect(jsonPath("$.bbox[0]").value(114.05))
                .andExpect(jsonPath("$.bbox[3]").value(22.56));
    }

    @Test
    void unknownRoutesAndMethodsAreProblemsWithoutStackTraces() throws Exception {
        mvc.perform(get("/api/nothing-here")).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/project"))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(content().string(not(containsString("at org."))));
    }

    @Test
    void openApiDescribesTheApiAndItsPageIsServed() throws Exception {
        JsonNode api = getJson("/v3/api-docs");
        Set<String> paths = new HashSet<>();
        api.get("paths").fieldNames().forEachRemaining(paths::add);
        for (String p : new String[] {"/api/project", "/api/layers/{name}", "/api/check", "/api/coverage",
                "/api/jobs/{id}", "/api/jobs/{id}/events", "/api/siting/runs", "/api/isochrones",
                "/api/scenarios", "/api/uploads", "/api/exports/layers/{name}.geojson", "/api/villages/coverage",
                "/api/standards"}) {
            if (!paths.contains(p)) throw new AssertionError("OpenAPI lacks " + p + "; has " + paths);
        }
        mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
    }

    @Test
    void pageAndLeafletAreServedFromTheClasspath() throws Exception {
        mvc.perform(get("/index.html")).andExpect(status().isOk())
                .andExpect(content().string(containsString("/webjars/leaflet/dist/leaflet.js")));
        mvc.perform(get("/i18n.js")).andExpect(status().isOk());
        mvc.perform(get("/webjars/leaflet/dist/leaflet.js")).andExpect(status().isOk());
        mvc.perform(get("/webjars/leaflet/dist/leaflet.css")).andExpect(status().isOk());
        JsonNode api = getJson("/v3/api-docs");
        if (!api.get("tags").findValuesAsText("name").containsAll(java.util.List.of("jobs", "project"))) {
            throw new AssertionError("tags missing");
        }
        mvc.perform(get("/api/project")).andExpect(jsonPath("$.layers[*].name", hasItem("population")));
    }

    private ResultActions problem(org.springframework.test.web.servlet.RequestBuilder request, int status, String field,
                                  String detailPart) throws Exception {
        ResultActions r = mvc.perform(request)
                .andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.status").value(status))
                .andExpect(jsonPath("$.detail", containsString(detailPart)))
                .andExpect(content().string(not(containsString("Exception"))));
        if (field != null) r.andExpect(jsonPath("$.field").value(field));
        return r;
    }

    private org.springframework.test.web.servlet.RequestBuilder postJson(String path, String body) {
        return post(path).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private JsonNode getJson(String path) throws Exception {
        String body = mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return json.readTree(body);
    }

    private static int countPositions(JsonNode node) {
        if (node.isArray() && node.size() == 2 && node.get(0).isNumber()) return 1;
        int n = 0;
        if (node.isContainerNode()) for (JsonNode child : node) n += countPositions(child);
        return n;
    }

    private static boolean bruteForceMeets(Geometry g, Envelope view) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (Coordinate c : g.getCoordinates()) {
            minX = Math.min(minX, c.x);
            maxX = Math.max(maxX, c.x);
            minY = Math.min(minY, c.y);
            maxY = Math.max(maxY, c.y);
        }
        return minX <= view.getMaxX() && maxX >= view.getMinX() && minY <= view.getMaxY() && maxY >= view.getMinY();
    }

    private static void assertEnvelopeCovers(JsonNode bbox, Envelope e) {
        if (!(bbox.get(0).asDouble() <= e.getMinX() && bbox.get(1).asDouble() <= e.getMinY()
                && bbox.get(2).asDouble() >= e.getMaxX() && bbox.get(3).asDouble() >= e.getMaxY())) {
            throw new AssertionError("bbox " + bbox + " does not cover " + e);
        }
        if (bbox.get(2).asDouble() - e.getMaxX() > 1e-6) throw new AssertionError("bbox " + bbox + " too loose for " + e);
    }

    private static void assertEq(Object expected, Object actual) {
        org.junit.jupiter.api.Assertions.assertEquals(expected, actual);
    }
}
