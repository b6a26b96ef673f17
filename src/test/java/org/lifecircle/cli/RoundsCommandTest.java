package org.lifecircle.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifecircle.network.HandDrawnGrid;

/**
 * {@code rounds} on a 400 × 300 m street grid (100 m blocks) at 3.6 km/h = 1 m/s, so every
 * network time is the Manhattan distance in metres, worked out by hand below; plus the
 * straight-line fallback and the bad-input exits.
 */
class RoundsCommandTest {

    @TempDir
    Path tmp;

    private Path grid() throws IOException {
        return HandDrawnGrid.writeGeoJson(tmp.resolve("grid.geojson"));
    }

    private Path csv(String name, String header, String... rows) throws IOException {
        StringBuilder sb = new StringBuilder(header).append('\n');
        for (String row : rows) {
            String[] f = row.split(",", -1);
            sb.append(f[0]).append(',').append(String.format(Locale.ROOT, "%.12f,%.12f", HandDrawnGrid.lon(Double.parseDouble(f[1])),
                    HandDrawnGrid.lat(Double.parseDouble(f[2]))));
            for (int k = 3; k < f.length; k++) sb.append(',').append(f[k]);
            sb.append('\n');
        }
        Path file = tmp.resolve(name);
        Files.writeString(file, sb.toString());
        return file;
    }

    /**
     * Depot at (0,0); stops a (400,0), b (400,300), c (0,300, twice a month), far (200,2000) off
     * the streets. Day 30 min, service 5 min. Every pair of stops breaks the day (e.g. a+b:
     * 400 + 300 + 700 driving + 600 service = 2000 s > 1800 s), so each stop is its own round:
     * driving 800 + 1400 + 2 × 600 = 3400 s, 1 + 1 + 2 = 4 vehicle-days.
     */
    @Test
    void networkRoundsMatchHandArithmetic() throws IOException {
        Path depots = csv("depots.csv", "id,lon,lat", "D,0,0");
        Path stops = csv("stops.csv", "id,lon,lat,per_month,service_minutes", "a,400,0,,", "b,400,300,1,5", "c,0,300,2,", "far,200,2000,1,5");
        Path out = tmp.resolve("out");
        CliRun r = CliRun.of("rounds", "--network", grid().toString(), "--stops", stops.toString(), "--depots", depots.toString(),
                "--speed-kmh", "3.6", "--day-hours", "0.5", "--service-minutes", "5", "--out", out.toString());
        assertEquals(0, r.exit(), r.err() + r.out());
        JsonNode result = new ObjectMapper().readTree(out.resolve("result.json").toFile());
        assertEquals("network", result.get("timeMode").asText());
        assertEquals(4, result.get("vehicleDaysPerMonth").asLong());
        assertEquals(3400, result.get("drivingSeconds").asLong());
        assertEquals(1, result.get("unserved").size());
        assertEquals("far", result.get("unserved").get(0).get("id").asText());
        assertTrue(result.get("unserved").get(0).get("reason").asText().contains("m from the nearest street > --max-snap-m 500 m"), result.toString());

        List<String> schedule = Files.readAllLines(out.resolve("schedule.csv"));
        assertEquals("day,vehicle,depot,round,stop_order,stop_id,arrival,departure", schedule.get(0));
        long cVisits = schedule.stream().filter(l -> l.split(",")[5].equals("c")).count();
        assertEquals(2, cVisits, String.join("\n", schedule));
        assertTrue(schedule.contains("1,D-1,D,1,1,c,08:05:00,08:10:00") || schedule.stream().anyMatch(l -> l.endsWith(",c,08:05:00,08:10:00")),
                String.join("\n", schedule));
        assertTrue(schedule.stream().anyMatch(l -> l.endsWith(",b,08:11:40,08:16:40")), String.join("\n", schedule));

        JsonNode routes = new ObjectMapper().readTree(out.resolve("routes.geojson").toFile());
        assertEquals(3, routes.get("features").size());
        for (JsonNode f : routes.get("features")) {
            assertEquals("LineString", f.get("geometry").get("type").asText());
            for (JsonNode p : f.get("geometry").get("coordinates")) {
                double x = p.get(0).asDouble() / HandDrawnGrid.DLON * 100;
                double y = p.get(1).asDouble() / HandDrawnGrid.DLAT * 100;
                boolean onStreet = Math.abs(x - Math.rint(x / 100) * 100) < 0.5 || Math.abs(y - Math.rint(y / 100) * 100) < 0.5;
                assertTrue(onStreet, "off the streets: " + x + "," + y);
            }
            if (f.get("properties").get("stops").get(0).asText().equals("b")) {
                assertTrue(f.get("geometry").get("coordinates").size() >= 4, "b's round turns a corner: " + f);
            }
        }
    }

    @Test
    void straightLineWithoutNetworkSaysSo() throws IOException {
        Path depots = csv("depots.csv", "id,lon,lat", "D,0,0");
        Path stops = csv("stops.csv", "id,lon,lat", "a,300,400");
        Path out = tmp.resolve("out");
        CliRun r = CliRun.of("rounds", "--stops", stops.toString(), "--depots", depots.toString(), "--speed-kmh", "3.6", "--day-hours", "1",
                "--service-minutes", "10", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        JsonNode result = new ObjectMapper().readTree(out.resolve("result.json").toFile());
        assertEquals("straight-line", result.get("timeMode").asText());
        assertEquals(1, result.get("vehicleDaysPerMonth").asLong());
        assertEquals(1000, result.get("drivingSeconds").asDouble(), 2.0);
    }

    @Test
    void badInputExitsTwoWithFileRowAndArithmetic() throws IOException {
        Path grid = grid();
        Path stops = csv("stops.csv", "id,lon,lat,per_month,service_minutes", "a,400,0,1,5");
        Path offDepot = csv("depots.csv", "id,lon,lat", "D,0,0", "E,200,3000");
        CliRun depot = CliRun.of("rounds", "--network", grid.toString(), "--stops", stops.toString(), "--depots", offDepot.toString(),
                "--out", tmp.resolve("o1").toString());
        assertEquals(2, depot.exit(), depot.err());
        assertTrue(depot.err().contains("depots.csv") && depot.err().contains("row 3") && depot.err().contains("m from the nearest street > --max-snap-m 500 m"),
                depot.err());

        Path depots = csv("depots2.csv", "id,lon,lat", "D,0,0");
        Path longService = csv("long.csv", "id,lon,lat,per_month,service_minutes", "a,400,0,1,5", "b,0,300,1,600");
        CliRun service = CliRun.of("rounds", "--stops", longService.toString(), "--depots", depots.toString(), "--out", tmp.resolve("o2").toString());
        assertEquals(2, service.exit(), service.err());
        assertTrue(service.err().contains("long.csv") && service.err().contains("row 3")
                && service.err().contains("service 600 min > working day 8 h = 480 min"), service.err());

        Path zero = csv("zero.csv", "id,lon,lat,per_month", "a,400,0,0");
        CliRun frequency = CliRun.of("rounds", "--stops", zero.toString(), "--depots", depots.toString(), "--out", tmp.resolve("o3").toString());
        assertEquals(2, frequency.exit(), frequency.err());
        assertTrue(frequency.err().contains("zero.csv") && frequency.err().contains("row 2") && frequency.err().contains("per_month 0"), frequency.err());
        assertFalse(Files.exists(tmp.resolve("o3").resolve("result.json")));
        assertFalse(frequency.err().contains("Exception"), frequency.err());
    }
}
