package org.lifecircle.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Location;

/**
 * Generates the synthetic demo town 示范县城 (not a real place) into a folder: roads, river,
 * population and 60+ rasters, facilities, candidate sites for new facilities, villages, admin
 * units, {@code project.yaml} and {@code PROVENANCE.md}. Everything follows from the seed: the same seed gives byte-identical
 * files on any JVM (java.util.Random, StrictMath, fixed number formats, no timestamps).
 * Each part draws from its own random stream, so changing one part leaves the others alone.
 * Cost: O(roads · candidates) for the rural-road crossing checks plus O(cells · units) for the
 * unit sums; about a second of CPU after GeoTools' one-off EPSG database start-up.
 */
public final class DemoTown {

    /** The seed of the committed {@code gis-data/}. */
    public static final long DEFAULT_SEED = 15;
    static final double CENTER_LON = 117.9;
    static final double CENTER_LAT = 30.0;

    static final List<String> FILES = List.of("roads.geojson", "river.geojson", "population.tif", "elderly.tif",
            "facilities.csv", "candidates.csv", "villages.geojson", "communities.geojson", "project.yaml", "PROVENANCE.md");
    static final int MAX_CANDIDATES = 150;
    static final String[] TYPES = {"fitness", "elder_care", "clinic", "kindergarten", "primary_school",
        "community_service"};

    private final long seed;
    private final LocalFrame frame = new LocalFrame(CENTER_LON, CENTER_LAT);
    private final River river = new River();
    private final GeometryFactory gf = new GeometryFactory();
    private final double[] studyBox;

    private DemoTown(long seed) {
        this.seed = seed;
        this.studyBox = new double[] {frame.x(PopulationGrid.WEST), frame.y(PopulationGrid.SOUTH),
            frame.x(PopulationGrid.EAST), frame.y(PopulationGrid.NORTH)};
    }

    /** Generates the demo into {@code outDir} (created if missing; existing demo files replaced). */
    public static DemoSummary generate(Path outDir, long seed) throws IOException {
        return new DemoTown(seed).run(outDir);
    }

    private Random stream(int part) {
        return new Random(seed * 1_000_003L + part);
    }

    private DemoSummary run(Path outDir) throws IOException {
        TownLayout layout = new TownLayout(river, stream(1));
        RoadSketch sketch = new RoadSketch();
        TownRoads town = new TownRoads(layout, river, stream(2), sketch);
        town.build();
        sketch.removeWaterCrossings(river);
        sketch.removeCrossings();
        sketch.keepLargestComponent();

        VillageSites villages = new VillageSites(river, studyBox, stream(3));
        new RuralRoads(river, stream(4), sketch, villages).build();
        sketch.removeWaterCrossings(river);
        sketch.removeCrossings();
        sketch.keepLargestComponent();
        checkVillagesConnected(sketch, villages);

        AdminAreas areas = new AdminAreas(gf, river, studyBox, villages);
        PopulationSurface people = new PopulationSurface(frame, river, layout, villages, stream(5));
        FacilityPlan plan = new FacilityPlan(sketch, river, layout, villages, areas, town.parks(), gf, stream(6));
        List<DemoFacility> facilities = plan.place();
        List<DemoFacility> candidates = plan.candidates(MAX_CANDIDATES);

        Files.createDirectories(outDir);
        AtomicFiles.write(outDir.resolve("roads.geojson"), roadsGeoJson(sketch));
        AtomicFiles.write(outDir.resolve("river.geojson"), riverGeoJson());
        GeoTiffFiles.writeFloat32(outDir.resolve("population.tif"), "population", people.population());
        GeoTiffFiles.writeFloat32(outDir.resolve("elderly.tif"), "elderly", people.elderly());
        AtomicFiles.write(outDir.resolve("facilities.csv"), facilitiesCsv(facilities));
        AtomicFiles.write(outDir.resolve("candidates.csv"), candidatesCsv(candidates));
        AtomicFiles.write(outDir.resolve("villages.geojson"), unitsGeoJson("villages", areas.villages(), people));
        List<AdminAreas.Unit> units = new ArrayList<>(areas.communities());
        units.add(areas.township());
        AtomicFiles.write(outDir.resolve("communities.geojson"), unitsGeoJson("communities", units, people));
        AtomicFiles.write(outDir.resolve("project.yaml"), projectYaml().getBytes(StandardCharsets.UTF_8));

        DemoSummary summary = summarize(sketch, people, plan, facilities, candidates.size(), areas);
        AtomicFiles.write(outDir.resolve("PROVENANCE.md"),
                Provenance.text(summary, CENTER_LON, CENTER_LAT).getBytes(StandardCharsets.UTF_8));
        return summary;
    }

    private static void checkVillagesConnected(RoadSketch sketch, VillageSites villages) {
        for (VillageSites.Site s : villages.sites()) {
            int near = 0;
            for (int n = 0; n < sketch.nodeCount(); n++) {
                if (StrictMath.hypot(sketch.x(n) - s.x(), sketch.y(n) - s.y()) < 200) near++;
            }
            if (near < 5) throw new IllegalStateException("village " + s.name() + " lost its roads");
        }
    }

    private byte[] roadsGeoJson(RoadSketch sketch) {
        GeoJsonText out = new GeoJsonText(frame, "roads");
        int id = 1;
        for (RoadSketch.Road r : sketch.roads()) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("id", id++);
            p.put("highway", r.highway());
            p.put("name", r.name());
            p.put("oneway", r.oneway());
            p.put("bridge", r.bridge());
            p.put("access", r.access());
            out.line(sketch.polyline(r), p);
        }
        return out.bytes();
    }

    private byte[] riverGeoJson() {
        GeoJsonText out = new GeoJsonText(frame, "river");
        Map<String, Object> water = new LinkedHashMap<>();
        water.put("name", River.NAME);
        water.put("natural", "water");
        water.put("width_m", (int) River.WIDTH_METERS);
        out.feature(river.water(gf, studyBox[0], studyBox[2], 50), water);
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("name", River.NAME);
        line.put("waterway", "river");
        line.put("width_m", (int) River.WIDTH_METERS);
        out.feature(river.centerLine(gf, studyBox[0], studyBox[2], 50), line);
        return out.bytes();
    }

    private byte[] facilitiesCsv(List<DemoFacility> facilities) {
        StringBuilder sb = new StringBuilder("id,lon,lat,type,name,area_m2,capacity\n");
        for (DemoFacility f : facilities) {
            sb.append(f.id()).append(',')
                    .append(GeoJsonText.degrees(frame.lon(f.x()))).append(',')
                    .append(GeoJsonText.degrees(frame.lat(f.y()))).append(',')
                    .append(f.type()).append(',')
                    .append(csv(f.name())).append(',')
                    .append(f.areaM2()).append(',')
                    .append(f.capacity() > 0 ? Integer.toString(f.capacity()) : "").append('\n');
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private byte[] candidatesCsv(List<DemoFacility> candidates) {
        StringBuilder sb = new StringBuilder("id,lon,lat,name\n");
        for (DemoFacility c : candidates) {
            sb.append(c.id()).append(',')
                    .append(GeoJsonText.degrees(frame.lon(c.x()))).append(',')
                    .append(GeoJsonText.degrees(frame.lat(c.y()))).append(',')
                    .append(csv(c.name())).append('\n');
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A CSV field, quoted when it holds a comma, quote or line break (RFC 4180). */
    static String csv(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }

    private byte[] unitsGeoJson(String name, List<AdminAreas.Unit> units, PopulationSurface people) {
        GeoJsonText out = new GeoJsonText(frame, name);
        for (AdminAreas.Unit u : units) {
            double[] sums = sumInside(u.area(), people);
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("id", u.id());
            p.put("name", u.name());
            p.put("level", u.level());
            if (u.level().equals("community")) p.put("street", u.street());
            if (u.level().equals("village")) p.put("township", AdminAreas.TOWNSHIP_NAME);
            p.put("population", (int) StrictMath.round(sums[0]));
            p.put("elderly", (int) StrictMath.round(sums[1]));
            out.feature(u.area(), p);
        }
        return out.bytes();
    }

    /** People and 60+ in the raster cells whose centre lies in the area. */
    private double[] sumInside(Geometry area, PopulationSurface people) {
        IndexedPointInAreaLocator locator = new IndexedPointInAreaLocator(area);
        double pop = 0;
        double old = 0;
        for (int row = 0; row < PopulationGrid.ROWS; row++) {
            double y = frame.y(PopulationGrid.centerLat(row));
            for (int col = 0; col < PopulationGrid.COLS; col++) {
                int k = row * PopulationGrid.COLS + col;
                if (people.population()[k] == PopulationGrid.NODATA) continue;
                double x = frame.x(PopulationGrid.centerLon(col));
                if (locator.locate(new Coordinate(x, y)) == Location.EXTERIOR) continue;
                pop += people.population()[k];
                old += people.elderly()[k];
            }
        }
        return new double[] {pop, old};
    }

    private DemoSummary summarize(RoadSketch sketch, PopulationSurface surface, FacilityPlan plan,
            List<DemoFacility> facilities, int candidates, AdminAreas areas) {
        int[] degree = new int[sketch.nodeCount()];
        double meters = 0;
        int bridges = 0;
        int gates = 0;
        TreeSet<String> compounds = new TreeSet<>();
        for (RoadSketch.Road r : sketch.roads()) {
            degree[r.from()]++;
            degree[r.to()]++;
            meters += RoadSketch.length(sketch.polyline(r));
            if (r.bridge()) bridges++;
            if ("private".equals(r.access())) compounds.add(r.name());
            if ("footway".equals(r.highway()) && r.name() != null && r.name().matches(".*[东南西北]门")) gates++;
        }
        int deadEnds = 0;
        for (int d : degree) if (d == 1) deadEnds++;

        Map<String, double[]> byDistrict = new LinkedHashMap<>();
        for (District d : District.values()) byDistrict.put(d.label(), new double[3]);
        double total = 0;
        double elderly = 0;
        for (int row = 0; row < PopulationGrid.ROWS; row++) {
            double lat = PopulationGrid.centerLat(row);
            double km2 = PopulationSurface.cellAreaKm2(frame, lat);
            for (int col = 0; col < PopulationGrid.COLS; col++) {
                int k = row * PopulationGrid.COLS + col;
                float pop = surface.population()[k];
                if (pop == PopulationGrid.NODATA) continue;
                District d = plan.districtOf(frame.x(PopulationGrid.centerLon(col)), frame.y(lat));
                double[] acc = byDistrict.get(d.label());
                acc[0] += pop;
                acc[1] += surface.elderly()[k];
                acc[2] += km2;
                total += pop;
                elderly += surface.elderly()[k];
            }
        }
        Map<String, Double> people = new LinkedHashMap<>();
        Map<String, Double> density = new LinkedHashMap<>();
        Map<String, Double> share = new LinkedHashMap<>();
        byDistrict.forEach((d, acc) -> {
            people.put(d, acc[0]);
            density.put(d, acc[2] > 0 ? acc[0] / acc[2] : 0);
            share.put(d, acc[0] > 0 ? acc[1] / acc[0] : 0);
        });
        Map<String, Integer> perType = new LinkedHashMap<>();
        for (String t : TYPES) perType.put(t, 0);
        for (DemoFacility f : facilities) perType.merge(f.type(), 1, Integer::sum);
        return new DemoSummary(seed, sketch.nodeCount(), sketch.roads().size(), meters / 1000, bridges,
                compounds.size(), gates, deadEnds, total, elderly, people, density, share, perType, candidates,
                areas.villages().size(), areas.communities().size(), FILES);
    }

    private static String projectYaml() {
        return String.join("\n",
                "# LifeCircle project for the synthetic demo town (see PROVENANCE.md). Keys: docs/project-file.md",
                "name: 示范县城 Demo Town",
                "network: roads.geojson",
                "population: population.tif",
                "elderly: elderly.tif",
                "facilities: facilities.csv",
                "types:",
                "  fitness:           { minutes: 15, label: 15分钟健身圈 }",
                "  elder_care:        { minutes: 15, speedKmh: 3.6, demand: elderly, label: 15分钟为老服务便民圈 }",
                "  clinic:            { minutes: 15, label: 15分钟城市健康圈 }",
                "  kindergarten:      { minutes: 5, radiusMeters: 300, label: 5分钟生活圈 幼儿园 }",
                "  primary_school:    { minutes: 10, label: 10分钟生活圈 小学 }",
                "  community_service: { minutes: 15, label: 15分钟生活圈 社区服务 }",
                "villages: { path: villages.geojson, idField: id, nameField: name,",
                "            requiredTypes: [clinic, elder_care, community_service] }",
                "units: { path: communities.geojson, idField: id, nameField: name }",
                "standards: builtin",
                "speedKmh: 4.5",
                "");
    }

    static String format(double v, int decimals) {
        return String.format(Locale.ROOT, "%,." + decimals + "f", v);
    }
}
