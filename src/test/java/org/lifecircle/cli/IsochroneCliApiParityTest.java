package org.lifecircle.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifecircle.io.VectorLayer;
import org.lifecircle.io.VectorReader;
import org.lifecircle.web.DemoAppTest;
import org.lifecircle.web.session.ProjectSession;
import org.lifecircle.web.session.SessionHolder;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * FEATURE UNDER TEST: {@code isochrone} and {@code GET /api/isochrones} are two spellings of one
 * use case: for the same point, minutes and speed on the demo project's road file they give the
 * same street lengths and areas and the same polygons (symmetric difference below a millionth
 * of the area, the CLI writing 7 decimals); the API refuses more minute values than its cap
 * with 400 naming the field and the property (issue #18: 1..120 used to be accepted).
 */
@DemoAppTest
class IsochroneCliApiParityTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    SessionHolder holder;

    @TempDir
    Path tmp;

    private final ObjectMapper json = new ObjectMapper();

    private ProjectSession session() throws InterruptedException {
        long deadline = System.nanoTime() + 300_000_000_000L;
        while (holder.state() == SessionHolder.State.LOADING && System.nanoTime() < deadline) Thread.sleep(200);
        return holder.session().orElseThrow();
    }

    @Test
    void cliAndEndpointGiveTheSamePolygons() throws Exception {
        ProjectSession session = session();
        double lon = session.study().facilities().lon(0);
        double lat = session.study().facilities().lat(0);
        MvcResult api = mvc.perform(get(String.format(Locale.ROOT, "/api/isochrones?lon=%.7f&lat=%.7f&minutes=5,10,15", lon, lat)))
                .andReturn();
        assertEquals(200, api.getResponse().getStatus(), api.getResponse().getContentAsString());
        JsonNode body = json.readTree(api.getResponse().getContentAsString());
        Path out = tmp.resolve("iso.geojson");
        CliRun cli = CliRun.of("isochrone", "--network", Path.of("gis-data", session.study().networkSource()).toString(),
                "--from", String.format(Locale.ROOT, "%.7f,%.7f", lon, lat), "--minutes", "5,10,15",
                "--speed-kmh", Double.toString(session.speedKmh()), "--out", out.toString());
        assertEquals(0, cli.exit(), cli.err());
        VectorLayer written = VectorReader.read(out);
        assertEquals(3, written.size());
        assertEquals(3, body.get("features").size());
        GeoJsonReader reader = new GeoJsonReader();
        for (int i = 0; i < 3; i++) {
            JsonNode feature = body.get("features").get(i);
            var cliProps = written.features().get(i).properties();
            assertEquals(((Number) cliProps.get("minutes")).doubleValue(), feature.get("properties").get("minutes").asDouble());
            assertEquals(Math.round(((Number) cliProps.get("street_length_m")).doubleValue()),
                    feature.get("properties").get("streetLengthMeters").asLong(), 1, "street metres at " + i);
            assertEquals(((Number) cliProps.get("area_m2")).doubleValue(), feature.get("properties").get("areaM2").asDouble(), 1,
                    "area at " + i);
            Geometry fromApi = reader.read(feature.get("geometry").toString());
            Geometry fromCli = written.features().get(i).geometry();
            double diff = fromApi.symDifference(fromCli).getArea();
            assertTrue(diff <= 1e-6 * fromApi.getArea(), "polygon " + i + " differs by " + diff + " deg² of " + fromApi.getArea());
        }
    }

    @Test
    void moreMinuteValuesThanTheCapAre400NamingTheField() throws Exception {
        session();
        StringBuilder all = new StringBuilder("1");
        for (int m = 2; m <= 120; m++) all.append(',').append(m);
        MvcResult r = mvc.perform(get("/api/isochrones?lon=117.9&lat=30&minutes=" + all)).andReturn();
        assertEquals(400, r.getResponse().getStatus());
        JsonNode problem = json.readTree(r.getResponse().getContentAsString());
        assertEquals("minutes", problem.get("field").asText());
        assertTrue(problem.get("detail").asText().contains("at most 12 values per request (lifecircle.limits.isochrones.max-cutoffs), got 120"),
                problem.toString());
        ProjectSession session = session();
        String twelve = "1,2,3,4,5,6,7,8,9,10,11,12";
        MvcResult ok = mvc.perform(get(String.format(Locale.ROOT, "/api/isochrones?lon=%.7f&lat=%.7f&minutes=%s",
                session.study().facilities().lon(0), session.study().facilities().lat(0), twelve))).andReturn();
        assertEquals(200, ok.getResponse().getStatus(), ok.getResponse().getContentAsString());
        assertEquals(12, json.readTree(ok.getResponse().getContentAsString()).get("features").size());
    }
}
