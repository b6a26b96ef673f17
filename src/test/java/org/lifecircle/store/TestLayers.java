package org.lifecircle.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.lifecircle.store.layer.Feature;
import org.lifecircle.store.layer.Layer;
import org.lifecircle.store.layer.LayerKind;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;

/** Layers for store tests: seeded random ones with every attribute type, and real ones from ../shared/data. */
public final class TestLayers {

    public static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);
    private static final String[] NAMES = {"健身广场", "社区卫生服务站", "养老驿站 No.3", "O'Brien \"park\"", "", "x;DROP TABLE layer"};

    private TestLayers() {
    }

    public static Path shared() {
        String p = System.getProperty("lifecircle.shared");
        return p != null ? Path.of(p) : Path.of("../shared");
    }

    /** {@code n} facilities: points around Futian with id, type, name, area_m2 (real), capacity (integer), open (boolean). */
    public static Layer randomFacilities(String name, int n, long seed) {
        Random r = new Random(seed);
        String[] types = {"fitness", "elder_care", "clinic"};
        List<Feature> features = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("type", types[r.nextInt(types.length)]);
            p.put("name", r.nextInt(10) == 0 ? null : NAMES[r.nextInt(NAMES.length)] + " " + i);
            p.put("area_m2", r.nextInt(8) == 0 ? null : r.nextDouble() * 5000);
            p.put("capacity", (long) r.nextInt(300));
            p.put("open", r.nextBoolean());
            Geometry g = WGS84.createPoint(new Coordinate(114.0 + r.nextDouble() * 0.1, 22.5 + r.nextDouble() * 0.06));
            features.add(new Feature(i, "F" + i, g, p));
        }
        return Layer.of(name, LayerKind.FACILITIES, name + ".csv", "EPSG:4326", features);
    }

    /** {@code n} features of mixed geometry (points, lines, polygons with holes, multi-geometries, none). */
    public static Layer randomMixed(String name, int n, long seed) {
        Random r = new Random(seed);
        List<Feature> features = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            double x = 113.8 + r.nextDouble() * 0.5;
            double y = 22.4 + r.nextDouble() * 0.3;
            Geometry g = switch (r.nextInt(5)) {
                case 0 -> WGS84.createPoint(new Coordinate(x, y));
                case 1 -> WGS84.createLineString(new Coordinate[] {new Coordinate(x, y),
                    new Coordinate(x + r.nextDouble() * 0.01, y + r.nextDouble() * 0.01),
                    new Coordinate(x + 0.02, y - 0.005)});
                case 2 -> square(x, y, 0.01, true);
                case 3 -> WGS84.createMultiPolygon(new Polygon[] {square(x, y, 0.004, false), square(x + 0.01, y, 0.003, false)});
                default -> r.nextInt(3) == 0 ? null : WGS84.createMultiPointFromCoords(new Coordinate[] {new Coordinate(x, y), new Coordinate(x + 1e-7, y)});
            };
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("code", Long.toString(100000L + r.nextInt(900000)));
            p.put("population", r.nextInt(20000) + 0.5 * r.nextInt(2));
            p.put("note", r.nextInt(3) == 0 ? null : "第" + i + "号 \u00e9\u4e2d");
            features.add(new Feature(i, r.nextInt(4) == 0 ? null : "V" + i, g, p));
        }
        return Layer.of(name, LayerKind.VILLAGES, name + ".geojson", "EPSG:4490", features);
    }

    private static Polygon square(double x, double y, double size, boolean hole) {
        LinearRing shell = WGS84.createLinearRing(new Coordinate[] {new Coordinate(x, y), new Coordinate(x + size, y),
            new Coordinate(x + size, y + size), new Coordinate(x, y + size), new Coordinate(x, y)});
        if (!hole) return WGS84.createPolygon(shell);
        double a = size / 4;
        LinearRing inner = WGS84.createLinearRing(new Coordinate[] {new Coordinate(x + a, y + a),
            new Coordinate(x + a, y + 2 * a), new Coordinate(x + 2 * a, y + 2 * a), new Coordinate(x + 2 * a, y + a),
            new Coordinate(x + a, y + a)});
        return WGS84.createPolygon(shell, new LinearRing[] {inner});
    }

    /** A GeoJSON FeatureCollection in WGS84 as a layer (a plain reader for tests: Jackson + JTS). */
    public static Layer geoJson(Path file, LayerKind kind, String idProperty) throws IOException {
        JsonNode root = new ObjectMapper().readTree(Files.readString(file));
        GeoJsonReader reader = new GeoJsonReader(WGS84);
        List<Feature> features = new ArrayList<>();
        int number = 0;
        for (JsonNode f : root.get("features")) {
            number++;
            Geometry g;
            try {
                g = reader.read(f.get("geometry").toString());
            } catch (ParseException e) {
                throw new IOException(file + " feature " + number + ": " + e.getMessage(), e);
            }
            g.setSRID(4326);
            Map<String, Object> p = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> e : f.get("properties").properties()) {
                JsonNode v = e.getValue();
                p.put(e.getKey(), v.isNull() ? null : v.isBoolean() ? v.booleanValue() : v.isIntegralNumber() ? v.longValue()
                        : v.isNumber() ? v.doubleValue() : v.asText());
            }
            String id = idProperty == null ? null : String.valueOf(p.get(idProperty));
            features.add(new Feature(number, id, g, p));
        }
        String name = file.getFileName().toString().replaceAll("\\..*$", "");
        return Layer.of(name, kind, file.getFileName().toString(), "EPSG:4326", features);
    }
}
