package org.lifecircle.web.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.lifecircle.web.FutianProject;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.operation.distance.IndexedFacetDistance;

/**
 * FEATURE UNDER TEST: picking features for a map view (bbox filter) and simplifying them for a
 * zoom level, against a brute-force vertex scan and the published Web Mercator resolution.
 */
class LayerQueryTest {

    private static final GeometryFactory GF = new GeometryFactory();

    /** Published ground resolution of Web Mercator zoom 0 at the equator, metres per 256-px-tile pixel. */
    private static final double ZOOM0_METERS_PER_PIXEL = 156_543.033_92;
    /** Metres per degree of longitude at the equator on the WGS84 ellipsoid's equatorial radius. */
    private static final double METERS_PER_DEGREE_EQUATOR = 2 * Math.PI * 6_378_137 / 360;

    @Test
    void bboxFilterMatchesABruteForceVertexScan() {
        long seed = 77;
        Random random = new Random(seed);
        MapLayer layer = randomLayer(random, 400);
        for (int trial = 0; trial < 200; trial++) {
            double x0 = 114 + random.nextDouble() * 0.2;
            double y0 = 22.5 + random.nextDouble() * 0.2;
            Envelope view = new Envelope(x0, x0 + random.nextDouble() * 0.08, y0, y0 + random.nextDouble() * 0.08);
            Set<String> expected = layer.features().stream()
                    .filter(f -> extentMeets(f.geometry().getCoordinates(), view))
                    .map(MapFeature::id).collect(Collectors.toSet());
            Set<String> got = LayerQuery.select(layer, view, null).stream().map(MapFeature::id).collect(Collectors.toSet());
            assertEquals(expected, got, "seed " + seed + ", trial " + trial + ", view " + view);
        }
    }

    @Test
    void noBboxAndNoZoomReturnsTheLayerUnchanged() {
        MapLayer layer = randomLayer(new Random(3), 50);
        List<MapFeature> all = LayerQuery.select(layer, null, null);
        assertEquals(layer.features().size(), all.size());
        for (int i = 0; i < all.size(); i++) assertSame(layer.features().get(i), all.get(i));
    }

    @Test
    void pixelSizeMatchesThePublishedGroundResolution() {
        for (int zoom = 0; zoom <= 20; zoom++) {
            double pixelMeters = ZOOM0_METERS_PER_PIXEL / Math.pow(2, zoom);
            double expectedEquator = pixelMeters / METERS_PER_DEGREE_EQUATOR;
            assertEquals(expectedEquator, LayerQuery.pixelDegrees(zoom, 0), expectedEquator * 1e-6, "zoom " + zoom);
            assertEquals(expectedEquator * Math.cos(Math.toRadians(60)), LayerQuery.pixelDegrees(zoom, 60),
                    expectedEquator * 1e-6, "zoom " + zoom + " at 60°");
            assertEquals(0.25 * LayerQuery.pixelDegrees(zoom, 30), LayerQuery.toleranceDegrees(zoom, 30), 1e-15);
        }
    }

    @Test
    void simplifiedRealRoadsAndDistrictsMoveLessThanHalfAPixelAndStayValid() {
        FutianProject project = FutianProject.load();
        for (String name : List.of("roads", "districts")) {
            MapLayer layer = project.findLayer(name).orElseThrow();
            int previousVertices = 0;
            for (int zoom = 10; zoom <= 16; zoom += 3) {
                Envelope e = layer.extent();
                double halfPixel = 0.5 * LayerQuery.pixelDegrees(zoom, (e.getMinY() + e.getMaxY()) / 2);
                List<MapFeature> simplified = LayerQuery.select(layer, null, zoom);
                assertEquals(layer.features().size(), simplified.size(), name + " keeps every feature at zoom " + zoom);
                int vertices = 0;
                for (int i = 0; i < simplified.size(); i++) {
                    Geometry original = layer.features().get(i).geometry();
                    Geometry g = simplified.get(i).geometry();
                    vertices += g.getNumPoints();
                    assertTrue(g.getNumPoints() <= original.getNumPoints());
                    double hausdorff = vertexDisplacement(original, g);
                    assertTrue(hausdorff <= halfPixel,
                            name + " feature " + i + " zoom " + zoom + ": moved " + hausdorff + " > half a pixel " + halfPixel);
                    if (original.isValid()) assertTrue(g.isValid(), name + " feature " + i + " became invalid at zoom " + zoom);
                }
                assertTrue(vertices >= previousVertices, name + ": fewer vertices at a higher zoom " + zoom);
                previousVertices = vertices;
            }
            int full = layer.features().stream().mapToInt(f -> f.geometry().getNumPoints()).sum();
            int atTen = LayerQuery.select(layer, null, 10).stream().mapToInt(f -> f.geometry().getNumPoints()).sum();
            assertTrue(atTen < full, name + ": zoom 10 should drop vertices (" + atTen + " of " + full + ")");
        }
    }

    @Test
    void pointsAreNeverMoved() {
        MapFeature p = new MapFeature("p", GF.createPoint(new Coordinate(114.05, 22.55)), Map.of());
        MapLayer layer = new MapLayer("pts", LayerRole.FACILITIES, List.of(p));
        assertSame(p, LayerQuery.select(layer, null, 3).get(0));
    }

    /**
     * Hausdorff distance between a geometry and its simplification: the simplified vertices are a
     * subset of the original ones, so it is the farthest any original vertex lies from the
     * simplified lines (the boundary, for polygons). O(n log m) with an indexed facet distance.
     */
    private static double vertexDisplacement(Geometry original, Geometry simplified) {
        IndexedFacetDistance index = new IndexedFacetDistance(
                simplified.getDimension() == 2 ? simplified.getBoundary() : simplified);
        double farthest = 0;
        for (Coordinate c : original.getCoordinates()) farthest = Math.max(farthest, index.distance(GF.createPoint(c)));
        return farthest;
    }

    private static boolean extentMeets(Coordinate[] cs, Envelope view) {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (Coordinate c : cs) {
            minX = Math.min(minX, c.x);
            minY = Math.min(minY, c.y);
            maxX = Math.max(maxX, c.x);
            maxY = Math.max(maxY, c.y);
        }
        return minX <= view.getMaxX() && maxX >= view.getMinX() && minY <= view.getMaxY() && maxY >= view.getMinY();
    }

    private static MapLayer randomLayer(Random random, int n) {
        List<MapFeature> features = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double x = 114 + random.nextDouble() * 0.3;
            double y = 22.5 + random.nextDouble() * 0.3;
            Geometry g = switch (i % 3) {
                case 0 -> GF.createPoint(new Coordinate(x, y));
                case 1 -> GF.createLineString(new Coordinate[] {new Coordinate(x, y),
                        new Coordinate(x + random.nextDouble() * 0.02, y + random.nextDouble() * 0.02 - 0.01)});
                default -> GF.toGeometry(new Envelope(x, x + random.nextDouble() * 0.01, y, y + random.nextDouble() * 0.01));
            };
            features.add(new MapFeature("g" + i, g, Map.of()));
        }
        return new MapLayer("random", LayerRole.CONTEXT, features);
    }
}
