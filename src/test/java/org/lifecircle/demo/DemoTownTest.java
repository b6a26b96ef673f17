package org.lifecircle.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.DataBuffer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.geotools.referencing.CRS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lifecircle.facility.Demand;
import org.lifecircle.project.Project;
import org.lifecircle.project.ProjectLoader;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * FEATURE UNDER TEST: the demo town in gis-data/. The committed files are exactly what the
 * generator makes from the default seed (so they can always be rebuilt), and the generated data
 * keeps its promises — for the committed seed and for another one: one road network split at
 * every junction and crossing only at junctions, the river crossed on bridges only and a real
 * barrier to walking, gated compounds open only at their gates, facilities beside roads,
 * population totals and age structure as documented, units that partition the study area, and a
 * project.yaml the loader accepts. Checks read the files independently of the generator (Jackson,
 * JTS, GeoTools' GeoTiffReader).
 */
class DemoTownTest {

    private static final Path COMMITTED = Path.of("gis-data");
    private static final long OTHER_SEED = 7;
    private static final String[] TYPES = {"fitness", "elder_care", "clinic", "kindergarten", "primary_school",
        "community_service"};
    /** The town frame in lon/lat, 50 m inside its edges. */
    private static final Envelope TOWN = new Envelope(117.8695, 117.9305, 29.9788, 30.0212);

    @TempDir
    static Path tmp;
    static Path fresh;
    static Path other;

    @BeforeAll
    static void generate() throws IOException {
        fresh = tmp.resolve("seed-" + DemoTown.DEFAULT_SEED);
        other = tmp.resolve("seed-" + OTHER_SEED);
        DemoTown.generate(fresh, DemoTown.DEFAULT_SEED);
        DemoTown.generate(other, OTHER_SEED);
    }

    static Stream<Path> folders() {
        return Stream.of(COMMITTED, other);
    }

    @Test
    void committedFilesAreExactlyAFreshRunOfTheDefaultSeed() throws IOException {
        for (String f : DemoTown.FILES) {
            assertArrayEquals(Files.readAllBytes(fresh.resolve(f)), Files.readAllBytes(COMMITTED.resolve(f)),
                    "gis-data/" + f + " differs from a fresh run of seed " + DemoTown.DEFAULT_SEED
                    + "; rebuild it with `java -jar target/lifecircle.jar demo --out gis-data`");
        }
        try (Stream<Path> listing = Files.list(COMMITTED)) {
            assertEquals(Set.copyOf(DemoTown.FILES), listing.map(p -> p.getFileName().toString())
                    .filter(name -> !name.startsWith(".")).collect(Collectors.toSet()),
                    "gis-data holds the generated files (and .gitattributes) only");
        }
    }

    @Test
    void csvFieldsAreQuotedOnlyWhenNeeded() {
        assertEquals("鼓楼社区卫生服务站", DemoTown.csv("鼓楼社区卫生服务站"));
        assertEquals("\"a,b\"", DemoTown.csv("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", DemoTown.csv("say \"hi\""));
    }

    @Test
    void anotherSeedGivesAnotherTown() throws IOException {
        assertFalse(Arrays.equals(Files.readAllBytes(COMMITTED.resolve("roads.geojson")),
                Files.readAllBytes(other.resolve("roads.geojson"))));
        assertFalse(Arrays.equals(Files.readAllBytes(COMMITTED.resolve("population.tif")),
                Files.readAllBytes(other.resolve("population.tif"))));
    }

    // ---------------------------------------------------------------- roads

    /** Road graph from the file: nodes are distinct line endpoints, edges carry metres. */
    private static final class Graph {
        final Map<String, Integer> ids = new HashMap<>();
        final List<double[]> lonLat = new ArrayList<>();
        final List<List<double[]>> adjacent = new ArrayList<>();

        int node(Coordinate c) {
            return ids.computeIfAbsent(c.x + "," + c.y, k -> {
                lonLat.add(new double[] {c.x, c.y});
                adjacent.add(new ArrayList<>());
                return lonLat.size() - 1;
            });
        }

        void edge(LineString l) {
            Coordinate[] c = l.getCoordinates();
            double m = 0;
            for (int i = 1; i < c.length; i++) m += DemoFiles.meters(c[i - 1].x, c[i - 1].y, c[i].x, c[i].y);
            int a = node(c[0]);
            int b = node(c[c.length - 1]);
            adjacent.get(a).add(new double[] {b, m});
            adjacent.get(b).add(new double[] {a, m});
        }

        /** Plain Dijkstra (java.util.PriorityQueue), metres from one node to all. */
        double[] distances(int source) {
            double[] d = new double[lonLat.size()];
            Arrays.fill(d, Double.POSITIVE_INFINITY);
            d[source] = 0;
            PriorityQueue<double[]> q = new PriorityQueue<>((p, r) -> Double.compare(p[1], r[1]));
            q.add(new double[] {source, 0});
            while (!q.isEmpty()) {
                double[] top = q.poll();
                int u = (int) top[0];
                if (top[1] > d[u]) continue;
                for (double[] e : adjacent.get(u)) {
                    int v = (int) e[0];
                    if (d[u] + e[1] < d[v]) {
                        d[v] = d[u] + e[1];
                        q.add(new double[] {v, d[v]});
                    }
                }
            }
            return d;
        }

        double straight(int a, int b) {
            return DemoFiles.meters(lonLat.get(a)[0], lonLat.get(a)[1], lonLat.get(b)[0], lonLat.get(b)[1]);
        }
    }

    private static Graph graph(List<LineString> lines) {
        Graph g = new Graph();
        for (LineString l : lines) g.edge(l);
        return g;
    }

    @ParameterizedTest
    @MethodSource("folders")
    void roadsAreOneNetworkSplitAtEveryJunction(Path folder) throws Exception {
        List<DemoFiles.Feature> roads = DemoFiles.features(folder.resolve("roads.geojson"));
        List<LineString> lines = DemoFiles.lines(roads);
        assertTrue(lines.size() >= 1500 && lines.size() <= 6000, "a few thousand road lines: " + lines.size());
        Graph g = graph(lines);

        int[] parent = new int[g.lonLat.size()];
        for (int i = 0; i < parent.length; i++) parent[i] = i;
        for (int u = 0; u < parent.length; u++) {
            for (double[] e : g.adjacent.get(u)) union(parent, u, (int) e[0]);
        }
        Set<Integer> roots = new HashSet<>();
        for (int u = 0; u < parent.length; u++) roots.add(find(parent, u));
        assertEquals(1, roots.size(), "connected components of the shared-endpoint graph");

        // Split at every junction: no interior vertex of a line is a node of the graph.
        for (LineString l : lines) {
            Coordinate[] c = l.getCoordinates();
            assertTrue(c.length >= 2);
            for (int i = 1; i < c.length - 1; i++) {
                assertFalse(g.ids.containsKey(c[i].x + "," + c[i].y), "unsplit junction at " + c[i]);
            }
        }
        int deadEnds = 0;
        for (List<double[]> adj : g.adjacent) if (adj.size() == 1) deadEnds++;
        assertTrue(deadEnds >= 20, "dead ends in the lanes and alleys: " + deadEnds);
        Map<String, Integer> classes = DemoFiles.count(roads.stream().map(f -> f.text("highway")).toList());
        for (String c : List.of("primary", "secondary", "tertiary", "residential", "service", "footway", "unclassified")) {
            assertTrue(classes.containsKey(c), "highway class " + c + " present: " + classes);
        }
        assertTrue(roads.stream().anyMatch(f -> f.properties().get("oneway").asBoolean()), "some one-way lanes");
        assertTrue(roads.stream().filter(f -> f.text("name") != null).count() > lines.size() / 2, "most roads named");
    }

    @ParameterizedTest
    @MethodSource("folders")
    void roadsMeetOnlyAtSharedEndpoints(Path folder) throws Exception {
        List<LineString> lines = DemoFiles.lines(DemoFiles.features(folder.resolve("roads.geojson")));
        STRtree index = new STRtree();
        for (int i = 0; i < lines.size(); i++) index.insert(lines.get(i).getEnvelopeInternal(), i);
        int pairs = 0;
        for (int i = 0; i < lines.size(); i++) {
            LineString a = lines.get(i);
            for (Object o : index.query(a.getEnvelopeInternal())) {
                int j = (Integer) o;
                if (j <= i) continue;
                LineString b = lines.get(j);
                if (!a.intersects(b)) continue;
                pairs++;
                Geometry x = a.intersection(b);
                assertEquals(0, x.getDimension(), "roads " + (i + 1) + " and " + (j + 1) + " overlap");
                for (Coordinate c : x.getCoordinates()) {
                    boolean sharedEnd = (isEnd(a, c) && isEnd(b, c));
                    assertTrue(sharedEnd, "roads " + (i + 1) + " and " + (j + 1) + " cross without a junction at " + c);
                }
            }
        }
        assertTrue(pairs > lines.size(), "touching pairs checked: " + pairs);
    }

    private static boolean isEnd(LineString l, Coordinate c) {
        return l.getCoordinateN(0).equals2D(c) || l.getCoordinateN(l.getNumPoints() - 1).equals2D(c);
    }

    // ---------------------------------------------------------------- river

    private static Polygon water(Path folder) throws Exception {
        for (DemoFiles.Feature f : DemoFiles.features(folder.resolve("river.geojson"))) {
            if (f.geometry() instanceof Polygon p) return p;
        }
        throw new AssertionError("no water polygon");
    }

    private static LineString centreLine(Path folder) throws Exception {
        for (DemoFiles.Feature f : DemoFiles.features(folder.resolve("river.geojson"))) {
            if (f.geometry() instanceof LineString l) return l;
        }
        throw new AssertionError("no river centre line");
    }

    /** Latitude of the river centre line at a longitude (the line runs west to east). */
    private static double centreLat(LineString centre, double lon) {
        Coordinate[] c = centre.getCoordinates();
        for (int i = 1; i < c.length; i++) {
            if (lon <= c[i].x) {
                double t = (lon - c[i - 1].x) / (c[i].x - c[i - 1].x);
                return c[i - 1].y + t * (c[i].y - c[i - 1].y);
            }
        }
        throw new AssertionError("longitude " + lon + " beyond the river line");
    }

    @ParameterizedTest
    @MethodSource("folders")
    void riverIsCrossedOnBridgesOnly(Path folder) throws Exception {
        Polygon water = water(folder);
        int bridges = 0;
        for (DemoFiles.Feature f : DemoFiles.features(folder.resolve("roads.geojson"))) {
            boolean bridge = f.properties().get("bridge").asBoolean();
            if (bridge) {
                bridges++;
                assertTrue(f.geometry().crosses(water) || water.contains(f.geometry()), "bridge " + f.text("name"));
                Coordinate[] c = f.geometry().getCoordinates();
                assertFalse(water.contains(water.getFactory().createPoint(c[0])), "bridge starts on land");
                assertFalse(water.contains(water.getFactory().createPoint(c[c.length - 1])), "bridge ends on land");
            } else {
                assertFalse(f.geometry().intersects(water), "road " + f.text("id") + " " + f.text("name") + " on water");
            }
        }
        assertEquals(4, bridges, "three town bridges and one rural bridge");
    }

    @ParameterizedTest
    @MethodSource("folders")
    void riverIsABarrierTheStraightLineGetsWrong(Path folder) throws Exception {
        LineString centre = centreLine(folder);
        Graph g = graph(DemoFiles.lines(DemoFiles.features(folder.resolve("roads.geojson"))));
        List<Integer> nearRiver = new ArrayList<>();
        for (int n = 0; n < g.lonLat.size(); n++) {
            double[] p = g.lonLat.get(n);
            if (!TOWN.contains(p[0], p[1])) continue;
            double gapMeters = Math.abs(p[1] - centreLat(centre, p[0])) * DemoFiles.M_PER_DEG_LAT;
            if (gapMeters < 350) nearRiver.add(n);
        }
        List<Double> across = new ArrayList<>();
        List<Double> sameBank = new ArrayList<>();
        for (int a : nearRiver) {
            double[] d = g.distances(a);
            boolean northA = g.lonLat.get(a)[1] > centreLat(centre, g.lonLat.get(a)[0]);
            for (int b : nearRiver) {
                double s = g.straight(a, b);
                if (b == a || s < 150 || s > 400) continue;
                boolean northB = g.lonLat.get(b)[1] > centreLat(centre, g.lonLat.get(b)[0]);
                (northA == northB ? sameBank : across).add(d[b] / s);
            }
        }
        assertTrue(across.size() >= 50 && sameBank.size() >= 50, across.size() + " / " + sameBank.size() + " pairs");
        double acrossMedian = median(across);
        double sameMedian = median(sameBank);
        assertTrue(acrossMedian > 3, "across the river the walk is > 3× the straight line: " + acrossMedian);
        assertTrue(sameMedian < 1.8, "on one bank the walk is < 1.8× the straight line: " + sameMedian);
    }

    private static double median(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return v[v.length / 2];
    }

    // ---------------------------------------------------------------- compounds

    @ParameterizedTest
    @MethodSource("folders")
    void gatedCompoundsOpenOnlyAtTheirGates(Path folder) throws Exception {
        Map<String, Set<String>> privateNodes = new HashMap<>();
        Set<String> publicNodes = new HashSet<>();
        for (DemoFiles.Feature f : DemoFiles.features(folder.resolve("roads.geojson"))) {
            Coordinate[] c = f.geometry().getCoordinates();
            List<String> ends = List.of(c[0].x + "," + c[0].y, c[c.length - 1].x + "," + c[c.length - 1].y);
            if ("private".equals(f.text("access"))) {
                privateNodes.computeIfAbsent(f.text("name"), k -> new HashSet<>()).addAll(ends);
            } else {
                publicNodes.addAll(ends);
            }
        }
        assertTrue(privateNodes.size() >= 20, "gated compounds: " + privateNodes.size());
        for (Map.Entry<String, Set<String>> e : privateNodes.entrySet()) {
            long gates = e.getValue().stream().filter(publicNodes::contains).count();
            assertTrue(gates >= 1 && gates <= 2, e.getKey() + " opens at " + gates + " points");
            assertTrue(e.getValue().size() >= 6, e.getKey() + " has an inner path network");
        }
    }

    // ---------------------------------------------------------------- facilities

    @ParameterizedTest
    @MethodSource("folders")
    void facilitiesStandBesideRoads(Path folder) throws Exception {
        List<DemoFiles.Facility> facilities = DemoFiles.facilities(folder.resolve("facilities.csv"));
        List<LineString> lines = DemoFiles.lines(DemoFiles.features(folder.resolve("roads.geojson")));
        GeometryFactory gf = new GeometryFactory();
        List<LineString> metric = new ArrayList<>();
        for (LineString l : lines) {
            Coordinate[] c = l.getCoordinates();
            Coordinate[] m = new Coordinate[c.length];
            for (int i = 0; i < c.length; i++) m[i] = new Coordinate(DemoFiles.x(c[i].x), DemoFiles.y(c[i].y));
            metric.add(gf.createLineString(m));
        }
        for (DemoFiles.Facility f : facilities) {
            var p = gf.createPoint(new Coordinate(DemoFiles.x(f.lon()), DemoFiles.y(f.lat())));
            double nearest = Double.MAX_VALUE;
            for (LineString l : metric) nearest = Math.min(nearest, l.distance(p));
            assertTrue(nearest <= 100, f.id() + " " + f.name() + " is " + nearest + " m from a road");
        }
        Map<String, Integer> perType = DemoFiles.count(facilities.stream().map(DemoFiles.Facility::type).toList());
        assertEquals(List.of(TYPES), List.copyOf(perType.keySet()), "types, in file order");
        assertTrue(facilities.size() >= 60, "facilities: " + facilities.size());
        assertEquals(facilities.size(), Set.copyOf(facilities.stream().map(DemoFiles.Facility::id).toList()).size());
        assertEquals(facilities.size(), Set.copyOf(facilities.stream().map(DemoFiles.Facility::name).toList()).size());
        for (DemoFiles.Facility f : facilities) {
            assertFalse(f.name().isBlank());
            assertTrue(Integer.parseInt(f.area()) > 0, f.id() + " area");
            boolean needsCapacity = f.type().equals("elder_care") || f.type().equals("kindergarten")
                    || f.type().equals("primary_school");
            assertEquals(needsCapacity, !f.capacity().isEmpty(), f.id() + " capacity");
        }

        // Planned gap: no elder care in the town south of the river.
        LineString centre = centreLine(folder);
        long southElderCare = facilities.stream().filter(f -> f.type().equals("elder_care"))
                .filter(f -> TOWN.contains(f.lon(), f.lat()) && f.lat() < centreLat(centre, f.lon())).count();
        assertEquals(0, southElderCare);
        long southClinics = facilities.stream().filter(f -> f.type().equals("clinic"))
                .filter(f -> TOWN.contains(f.lon(), f.lat()) && f.lat() < centreLat(centre, f.lon())).count();
        assertTrue(southClinics >= 1, "a clinic across the river");
    }

    @ParameterizedTest
    @MethodSource("folders")
    void candidateSitesStandBesideRoadsAwayFromFacilities(Path folder) throws Exception {
        List<String> rows = Files.readAllLines(folder.resolve("candidates.csv"));
        assertEquals("id,lon,lat,name", rows.get(0));
        List<DemoFiles.Facility> facilities = DemoFiles.facilities(folder.resolve("facilities.csv"));
        List<LineString> lines = DemoFiles.lines(DemoFiles.features(folder.resolve("roads.geojson")));
        Set<String> ids = new HashSet<>();
        List<double[]> sites = new ArrayList<>();
        for (String row : rows.subList(1, rows.size())) {
            String[] c = row.split(",", -1);
            assertEquals(4, c.length, row);
            assertTrue(ids.add(c[0]), "unique id " + c[0]);
            double lon = Double.parseDouble(c[1]);
            double lat = Double.parseDouble(c[2]);
            for (double[] s : sites) assertTrue(DemoFiles.meters(lon, lat, s[0], s[1]) > 250 - 2 * 35, row);
            for (DemoFiles.Facility f : facilities) {
                assertTrue(DemoFiles.meters(lon, lat, f.lon(), f.lat()) > 150 - 2 * 35, row + " near " + f.id());
            }
            double nearest = Double.MAX_VALUE;
            for (LineString l : lines) {
                for (int i = 1; i < l.getNumPoints(); i++) {
                    nearest = Math.min(nearest, pointToSegmentMeters(lon, lat, l.getCoordinateN(i - 1), l.getCoordinateN(i)));
                }
            }
            assertTrue(nearest <= 100, row + " is " + nearest + " m from a road");
            sites.add(new double[] {lon, lat});
        }
        assertTrue(sites.size() >= 60, "candidate sites: " + sites.size());
        long inTown = sites.stream().filter(s -> TOWN.contains(s[0], s[1])).count();
        assertTrue(inTown > sites.size() / 2 && inTown < sites.size(), "mostly in town, some in villages: " + inTown);
    }

    private static double pointToSegmentMeters(double lon, double lat, Coordinate a, Coordinate b) {
        double px = DemoFiles.x(lon);
        double py = DemoFiles.y(lat);
        double ax = DemoFiles.x(a.x);
        double ay = DemoFiles.y(a.y);
        double bx = DemoFiles.x(b.x);
        double by = DemoFiles.y(b.y);
        double len2 = (bx - ax) * (bx - ax) + (by - ay) * (by - ay);
        double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / len2));
        return Math.hypot(px - ax - t * (bx - ax), py - ay - t * (by - ay));
    }

    // ---------------------------------------------------------------- population

    @ParameterizedTest
    @MethodSource("folders")
    void populationRastersAreAsDocumented(Path folder) throws Exception {
        DemoFiles.Grid pop = DemoFiles.grid(folder.resolve("population.tif"));
        DemoFiles.Grid old = DemoFiles.grid(folder.resolve("elderly.tif"));
        for (DemoFiles.Grid g : List.of(pop, old)) {
            assertEquals(240, g.width());
            assertEquals(192, g.height());
            assertEquals(DataBuffer.TYPE_FLOAT, g.dataType(), "float32");
            assertEquals(-9999, g.nodata());
            assertEquals(Integer.valueOf(4326), CRS.lookupEpsgCode(g.crs(), true));
            assertEquals(CRS.AxisOrder.EAST_NORTH, CRS.getAxisOrder(g.crs()));
            assertEquals(117.80, g.envelope().getMinX(), 1e-9);
            assertEquals(118.00, g.envelope().getMaxX(), 1e-9);
            assertEquals(29.92, g.envelope().getMinY(), 1e-9);
            assertEquals(30.08, g.envelope().getMaxY(), 1e-9);
        }
        LineString centre = centreLine(folder);
        double cell = 0.2 / 240;
        double total = 0;
        double elderly = 0;
        int nodata = 0;
        for (int row = 0; row < 192; row++) {
            double lat = 30.08 - (row + 0.5) * cell;
            for (int col = 0; col < 240; col++) {
                double lon = 117.80 + (col + 0.5) * cell;
                int k = row * 240 + col;
                double fromCentreMeters = Math.abs(lat - centreLat(centre, lon)) * DemoFiles.M_PER_DEG_LAT
                        * (6378137.0 / DemoFiles.R);
                if (pop.values()[k] == -9999f) {
                    nodata++;
                    assertEquals(-9999f, old.values()[k], "elderly nodata where population is");
                    assertTrue(fromCentreMeters < 45 + 2, "nodata only on the river: cell " + row + "," + col);
                    continue;
                }
                assertTrue(fromCentreMeters > 45 - 2, "no people in the river: cell " + row + "," + col);
                assertTrue(pop.values()[k] >= 0, "population ≥ 0");
                assertTrue(old.values()[k] >= 0 && old.values()[k] <= pop.values()[k], "0 ≤ elderly ≤ population");
                total += pop.values()[k];
                elderly += old.values()[k];
            }
        }
        assertTrue(nodata > 100, "river cells: " + nodata);
        assertTrue(total >= 150_000 && total <= 200_000, "population " + total);
        assertTrue(elderly / total > 0.18 && elderly / total < 0.26, "60+ share " + elderly / total);

        // Old town (状元社区, north bank) denser and older than the new district (东城社区).
        Map<String, Geometry> units = new HashMap<>();
        for (DemoFiles.Feature f : DemoFiles.features(folder.resolve("communities.geojson"))) {
            units.put(f.text("name"), f.geometry());
        }
        double[] oldTown = sums(units.get("状元社区"), pop, old);
        double[] newTown = sums(units.get("东城社区"), pop, old);
        assertTrue(oldTown[1] / oldTown[0] > 0.25, "old-town 60+ share " + oldTown[1] / oldTown[0]);
        assertTrue(newTown[1] / newTown[0] < 0.19, "new-district 60+ share " + newTown[1] / newTown[0]);
        assertTrue(oldTown[2] > 17_000, "old-town median density of built-up cells " + oldTown[2]);
        assertTrue(oldTown[2] > newTown[2], "old town denser than the compounds");
        assertTrue(newTown[2] > 10_000 && newTown[2] < 20_000, "compound median density " + newTown[2]);
    }

    /** Population, elderly and the median density (per km²) of cells with ≥ 5,000/km² whose centre is in the area. */
    private static double[] sums(Geometry area, DemoFiles.Grid pop, DemoFiles.Grid old) {
        assertNotNull(area);
        IndexedPointInAreaLocator in = new IndexedPointInAreaLocator(area);
        double cell = 0.2 / 240;
        double p = 0;
        double e = 0;
        List<Double> densities = new ArrayList<>();
        for (int row = 0; row < 192; row++) {
            double lat = 30.08 - (row + 0.5) * cell;
            double km2 = cell * DemoFiles.M_PER_DEG_LAT * cell * DemoFiles.M_PER_DEG_LAT
                    * Math.cos(Math.toRadians(lat)) / 1e6;
            for (int col = 0; col < 240; col++) {
                int k = row * 240 + col;
                if (pop.values()[k] == -9999f) continue;
                if (in.locate(new Coordinate(117.80 + (col + 0.5) * cell, lat)) == Location.EXTERIOR) continue;
                p += pop.values()[k];
                e += old.values()[k];
                double density = pop.values()[k] / km2;
                if (density >= 5000) densities.add(density);
            }
        }
        return new double[] {p, e, densities.isEmpty() ? 0 : median(densities)};
    }

    // ---------------------------------------------------------------- units

    @ParameterizedTest
    @MethodSource("folders")
    void unitsPartitionTheStudyAreaAndCountItsPeople(Path folder) throws Exception {
        List<DemoFiles.Feature> villages = DemoFiles.features(folder.resolve("villages.geojson"));
        List<DemoFiles.Feature> units = DemoFiles.features(folder.resolve("communities.geojson"));
        DemoFiles.Grid pop = DemoFiles.grid(folder.resolve("population.tif"));
        DemoFiles.Grid old = DemoFiles.grid(folder.resolve("elderly.tif"));

        assertEquals(12, villages.size());
        assertEquals(12, Set.copyOf(villages.stream().map(f -> f.text("name")).toList()).size(), "village names");
        assertEquals(10, units.size(), "9 communities and the township");
        List<DemoFiles.Feature> communities = units.stream().filter(f -> "community".equals(f.text("level"))).toList();
        List<DemoFiles.Feature> township = units.stream().filter(f -> "township".equals(f.text("level"))).toList();
        assertEquals(9, communities.size());
        assertEquals(1, township.size());
        for (DemoFiles.Feature c : communities) assertTrue(c.text("street").endsWith("街道"), c.text("name"));

        double extent = 0.2 * 0.16;
        double unitArea = 0;
        List<Geometry> all = new ArrayList<>();
        for (DemoFiles.Feature f : units) {
            unitArea += f.geometry().getArea();
            all.add(f.geometry());
        }
        assertEquals(extent, unitArea, extent * 1e-6, "communities + township areas add up to the raster extent");
        assertEquals(extent, new GeometryFactory().buildGeometry(all).union().getArea(), extent * 1e-6, "no gaps");
        double villageArea = villages.stream().mapToDouble(f -> f.geometry().getArea()).sum();
        assertEquals(township.get(0).geometry().getArea(), villageArea, extent * 1e-6, "villages tile the township");

        double rasterTotal = 0;
        for (float v : pop.values()) if (v != -9999f) rasterTotal += v;
        double unitPeople = 0;
        for (DemoFiles.Feature f : units) {
            double[] s = sums(f.geometry(), pop, old);
            assertEquals(s[0], f.properties().get("population").asDouble(), 1.0, f.text("name") + " population");
            assertEquals(s[1], f.properties().get("elderly").asDouble(), 1.0, f.text("name") + " elderly");
            unitPeople += f.properties().get("population").asDouble();
        }
        assertEquals(rasterTotal, unitPeople, units.size(), "every cell counted in exactly one unit");
        double villagePeople = 0;
        for (DemoFiles.Feature f : villages) {
            double[] s = sums(f.geometry(), pop, old);
            assertEquals(s[0], f.properties().get("population").asDouble(), 1.0, f.text("name") + " population");
            assertTrue(s[0] > 500, f.text("name") + " has a village core: " + s[0]);
            villagePeople += s[0];
        }
        assertEquals(township.get(0).properties().get("population").asDouble(), villagePeople, villages.size());
    }

    // ---------------------------------------------------------------- project file

    @ParameterizedTest
    @MethodSource("folders")
    void projectFileLoads(Path folder) throws IOException {
        Project p = ProjectLoader.load(folder.resolve("project.yaml"));
        assertEquals("示范县城 Demo Town", p.name());
        assertEquals(List.of(TYPES), List.copyOf(p.types().keySet()));
        assertEquals(15.0, p.getType("fitness").minutes().getAsDouble());
        assertEquals(3.6, p.getType("elder_care").speedKmh().getAsDouble());
        assertEquals(Demand.ELDERLY, p.getType("elder_care").demand().orElseThrow());
        assertEquals(5.0, p.getType("kindergarten").minutes().getAsDouble());
        assertEquals(300.0, p.getType("kindergarten").radiusMeters().getAsDouble());
        assertEquals(10.0, p.getType("primary_school").minutes().getAsDouble());
        assertEquals(15.0, p.getType("community_service").minutes().getAsDouble());
        assertEquals(folder.resolve("roads.geojson").toAbsolutePath().normalize(), p.network().orElseThrow().path());
        assertEquals(folder.resolve("elderly.tif").toAbsolutePath().normalize(), p.elderly().rasters().get(0).path());
        assertEquals(List.of("clinic", "elder_care", "community_service"), p.villages().orElseThrow().requiredTypes());
        assertEquals("communities.geojson", p.units().orElseThrow().dataset().fileName());
        assertTrue(p.standards().isEmpty());
        assertEquals(4.5, p.speedKmh().getAsDouble());
    }

    private static int find(int[] parent, int a) {
        while (parent[a] != a) a = parent[a] = parent[parent[a]];
        return a;
    }

    private static void union(int[] parent, int a, int b) {
        parent[find(parent, a)] = find(parent, b);
    }
}
