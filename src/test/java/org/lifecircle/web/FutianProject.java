package org.lifecircle.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.lifecircle.web.project.FacilityType;
import org.lifecircle.web.project.LayerRole;
import org.lifecircle.web.project.MapFeature;
import org.lifecircle.web.project.MapLayer;
import org.lifecircle.web.project.ProjectService;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * An in-memory project for web tests, built on real data from {@code ../shared/data/shenzhen-futian}:
 * the Futian street network (2,595 OSM lines) and the Shenzhen district polygons as admin units.
 * Facilities are test points placed on road vertices and the population layer is a test grid, both
 * from a fixed seed and named as fixtures: they exercise drawing, not analysis.
 */
public final class FutianProject implements ProjectService {

    public static final long SEED = 20240611L;
    public static final List<String> TYPES = List.of("fitness", "elder_care", "clinic");

    private static final GeometryFactory GF = new GeometryFactory();
    private static volatile FutianProject instance;

    private final List<MapLayer> layers;

    private FutianProject(Path folder) {
        MapLayer roads = readLayer(folder.resolve("futian-roads.geojson"), "roads", LayerRole.NETWORK);
        MapLayer units = readLayer(folder.resolve("shenzhen-districts.json"), "districts", LayerRole.UNITS);
        this.layers = List.of(populationGrid(roads.extent()), units, roads, facilities(roads));
    }

    public static FutianProject load() {
        if (instance == null) {
            synchronized (FutianProject.class) {
                if (instance == null) instance = new FutianProject(sharedData().resolve("shenzhen-futian"));
            }
        }
        return instance;
    }

    public static Path sharedData() {
        String shared = System.getProperty("lifecircle.shared");
        Path base = shared != null ? Path.of(shared) : Path.of("../shared");
        return base.resolve("data");
    }

    @Override
    public String name() {
        return "福田 Futian (test fixture)";
    }

    @Override
    public String status() {
        return "test fixture: Futian OSM roads and Shenzhen districts; facilities and population are seeded test data";
    }

    @Override
    public List<FacilityType> types() {
        return List.of(new FacilityType("fitness", null, 15, null, "total", 0.9),
                new FacilityType("elder_care", null, 15, 3.6, "elderly", 0.8),
                new FacilityType("clinic", null, 15, null, "total", null));
    }

    @Override
    public List<MapLayer> layers() {
        return layers;
    }

    private static MapLayer readLayer(Path file, String name, LayerRole role) {
        ObjectMapper json = new ObjectMapper();
        List<MapFeature> features = new ArrayList<>();
        try {
            JsonNode root = json.readTree(file.toFile());
            int number = 0;
            for (JsonNode f : root.get("features")) {
                number++;
                Geometry g = geometry(f.get("geometry"));
                Map<String, Object> props = new LinkedHashMap<>();
                JsonNode properties = f.get("properties");
                if (properties != null && !properties.isNull()) props.putAll(asMap(json, properties));
                if (props.containsKey("qh")) props.put("name", props.get("qh"));
                String id = name + "-" + number;
                features.add(new MapFeature(id, g, props));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + " (is ../shared/data present?)", e);
        }
        return new MapLayer(name, role, features);
    }

    /** The GeoJSON geometries these two files use, built straight from the parsed tree. */
    private static Geometry geometry(JsonNode g) {
        JsonNode c = g.get("coordinates");
        return switch (g.get("type").asText()) {
            case "LineString" -> GF.createLineString(positions(c));
            case "Polygon" -> polygon(c);
            case "MultiPolygon" -> {
                Polygon[] parts = new Polygon[c.size()];
                for (int i = 0; i < parts.length; i++) parts[i] = polygon(c.get(i));
                yield GF.createMultiPolygon(parts);
            }
            default -> throw new IllegalStateException("unexpected geometry " + g.get("type"));
        };
    }

    private static Polygon polygon(JsonNode rings) {
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) holes[i - 1] = GF.createLinearRing(positions(rings.get(i)));
        return GF.createPolygon(GF.createLinearRing(positions(rings.get(0))), holes);
    }

    private static Coordinate[] positions(JsonNode list) {
        Coordinate[] out = new Coordinate[list.size()];
        for (int i = 0; i < out.length; i++) out[i] = new Coordinate(list.get(i).get(0).asDouble(), list.get(i).get(1).asDouble());
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(ObjectMapper json, JsonNode node) {
        return json.convertValue(node, LinkedHashMap.class);
    }

    private static MapLayer facilities(MapLayer roads) {
        Random random = new Random(SEED);
        GeometryFactory gf = new GeometryFactory();
        List<MapFeature> out = new ArrayList<>();
        String[] names = {"健身点", "养老服务站", "社区卫生服务站"};
        for (int i = 0; i < 36; i++) {
            MapFeature road = roads.features().get(random.nextInt(roads.features().size()));
            Coordinate c = road.geometry().getCoordinates()[0];
            int type = i % TYPES.size();
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("type", TYPES.get(type));
            props.put("name", "测试" + names[type] + (i / TYPES.size() + 1));
            out.add(new MapFeature("f" + (i + 1), gf.createPoint(new Coordinate(c.x, c.y)), props));
        }
        return new MapLayer("facilities", LayerRole.FACILITIES, out);
    }

    private static MapLayer populationGrid(Envelope extent) {
        Random random = new Random(SEED + 1);
        GeometryFactory gf = new GeometryFactory();
        double cellDegrees = 0.004;
        List<MapFeature> cells = new ArrayList<>();
        double cx = extent.centre().x;
        double cy = extent.centre().y;
        int n = 0;
        for (double x = extent.getMinX(); x < extent.getMaxX(); x += cellDegrees) {
            for (double y = extent.getMinY(); y < extent.getMaxY(); y += cellDegrees) {
                double d = Math.hypot(x - cx, y - cy) / 0.05;
                double population = Math.round(2500 * Math.exp(-d * d) * (0.6 + 0.8 * random.nextDouble()));
                Map<String, Object> props = new LinkedHashMap<>();
                props.put("population", population);
                props.put("elderly", Math.round(population * 0.15));
                cells.add(new MapFeature("c" + (++n), gf.toGeometry(new Envelope(x, x + cellDegrees, y, y + cellDegrees)), props));
            }
        }
        return new MapLayer("population", LayerRole.POPULATION, cells);
    }
}
