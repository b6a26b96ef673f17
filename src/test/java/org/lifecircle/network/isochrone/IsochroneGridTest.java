package org.lifecircle.network.isochrone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifecircle.io.VectorFeature;
import org.lifecircle.io.VectorLayer;
import org.lifecircle.io.VectorReader;
import org.lifecircle.network.HandDrawnGrid;
import org.lifecircle.network.StreetNetwork;
import org.lifecircle.network.geodesy.LocalPlane;
import org.lifecircle.network.linking.SnappedPoints;
import org.lifecircle.network.linking.Snapper;
import org.lifecircle.network.search.EdgeCosts;
import org.locationtech.jts.geom.Geometry;

/**
 * FEATURE UNDER TEST: isochrone polygons on {@link HandDrawnGrid} at 1 m/s, where the reached
 * street of every edge is worked out by hand: from corner n0 a point at (x + s, y) on a
 * horizontal edge is reached at x + y + s seconds, so the edge contributes
 * clamp(T − x − y, 0, 100) metres (vertical edges alike). Areas are checked by counting sample
 * points within the buffer distance of those hand-made segments, not with JTS.
 */
class IsochroneGridTest {

    private static final double BUFFER = 50;
    private final StreetNetwork grid = HandDrawnGrid.build();
    private final EdgeCosts oneMetrePerSecond = EdgeCosts.walking(grid, HandDrawnGrid.ONE_METRE_PER_SECOND_KMH);
    private final IsochroneBuilder builder = new IsochroneBuilder(grid, BUFFER);

    private SnappedPoints at(double x, double y) {
        return new Snapper(grid).snap(HandDrawnGrid.lon(x), HandDrawnGrid.lat(y), 500);
    }

    /** Reached segments {x0, y0, x1, y1} (grid metres) from corner n0 within T seconds. */
    private static List<double[]> reachedFromCorner(double seconds) {
        List<double[]> segments = new ArrayList<>();
        for (int y = 0; y <= 300; y += 100) {
            for (int x = 0; x <= 400; x += 100) {
                double r = Math.max(0, Math.min(100, seconds - x - y));
                if (r > 0 && x < 400) segments.add(new double[] {x, y, x + r, y});
                if (r > 0 && y < 300) segments.add(new double[] {x, y, x, y + r});
            }
        }
        return segments;
    }

    private static double length(List<double[]> segments) {
        double total = 0;
        for (double[] s : segments) total += Math.hypot(s[2] - s[0], s[3] - s[1]);
        return total;
    }

    /** Area within BUFFER of the segments (and of point (px, py)), counted on a 2 m lattice. */
    private static double sampledArea(List<double[]> segments, double px, double py) {
        double step = 2, count = 0;
        for (double x = -60 + step / 2; x < 460; x += step) {
            for (double y = -80 + step / 2; y < 360; y += step) {
                boolean inside = Math.hypot(x - px, y - py) <= BUFFER;
                for (int i = 0; !inside && i < segments.size(); i++) {
                    double[] s = segments.get(i);
                    double dx = s[2] - s[0], dy = s[3] - s[1];
                    double t = Math.max(0, Math.min(1, ((x - s[0]) * dx + (y - s[1]) * dy) / (dx * dx + dy * dy)));
                    inside = Math.hypot(x - s[0] - t * dx, y - s[1] - t * dy) <= BUFFER;
                }
                if (inside) count++;
            }
        }
        return count * step * step;
    }

    @Test
    void streetLengthAndAreaFromACornerMatchTheHandWorkedGrid() {
        List<Isochrone> nested = builder.nested(at(0, 0), 0, oneMetrePerSecond, new double[] {5, 2});
        assertEquals(2, nested.size());
        assertEquals(2, nested.get(0).minutes());
        // 2 minutes = 120 s: n0-n1 and n0-n5 whole, then 20 m beyond n1 and n5 in both directions.
        assertEquals(280, length(reachedFromCorner(120)), 1e-9);
        for (Isochrone iso : nested) {
            double seconds = iso.minutes() * 60;
            List<double[]> hand = reachedFromCorner(seconds);
            assertEquals(length(hand), iso.streetLengthMeters(), 1e-3, iso.minutes() + " min");
            assertEquals(sampledArea(hand, 0, 0), iso.areaM2(), 0.015 * iso.areaM2(), iso.minutes() + " min area");
            LocalPlane plane = new LocalPlane(0, 0);
            Geometry inPlane = plane.toPlane(iso.polygon());
            assertEquals(iso.areaM2(), inPlane.getArea(), 1e-3 * iso.areaM2(), "WGS84 polygon measures the same");
            assertEquals(-BUFFER, inPlane.getEnvelopeInternal().getMinX(), 0.5);
        }
        // 5 minutes = 300 s: the 12 edges whose near end is at most 200 m from n0, whole.
        assertEquals(1200, nested.get(1).streetLengthMeters(), 1e-3);
    }

    @Test
    void ringsPartitionTheOuterIsochrone() {
        List<Isochrone> nested = builder.nested(at(0, 0), 0, oneMetrePerSecond, new double[] {2, 5});
        List<Isochrone> rings = IsochroneBuilder.rings(nested);
        assertEquals(2, rings.get(1).fromMinutes());
        assertEquals(5, rings.get(1).minutes());
        assertEquals(nested.get(1).streetLengthMeters() - nested.get(0).streetLengthMeters(), rings.get(1).streetLengthMeters(), 1e-6);
        assertEquals(nested.get(1).areaM2(), rings.get(0).areaM2() + rings.get(1).areaM2(), 0.002 * nested.get(1).areaM2());
        LocalPlane plane = new LocalPlane(0, 0);
        Geometry inner = plane.toPlane(nested.get(0).polygon());
        Geometry outer = plane.toPlane(nested.get(1).polygon());
        assertTrue(inner.difference(outer).getArea() < 1, "the 2-minute isochrone lies inside the 5-minute one");
    }

    @Test
    void startMidEdgeReachesBothWaysAlongItsEdge() {
        // A = (50, 0) on edge n0-n1; in 30 s it walks [20, 80]: 60 m, a 60 × 100 m band plus two half discs.
        Isochrone iso = builder.nested(at(50, 0), 0, oneMetrePerSecond, new double[] {0.5}).get(0);
        assertEquals(60, iso.streetLengthMeters(), 1e-3);
        assertEquals(60 * 100 + Math.PI * 50 * 50, iso.areaM2(), 0.01 * iso.areaM2());
    }

    @Test
    void connectorTimeComesOffTheStreetsReached() {
        // (50, -20) is 20 m south of edge n0-n1: of 30 s, 20 go to the street, 10 s reach [40, 60].
        Isochrone iso = builder.nested(at(50, -20), 0, oneMetrePerSecond, new double[] {0.5}).get(0);
        assertEquals(20, iso.streetLengthMeters(), 1e-3);
        List<double[]> hand = List.of(new double[] {40, 0, 60, 0}, new double[] {50, 0, 50, -20});
        assertEquals(sampledArea(hand, 50, 0), iso.areaM2(), 0.015 * iso.areaM2());
    }

    @Test
    void writesGeoJsonWithTheContractProperties(@TempDir Path tmp) throws IOException {
        List<Isochrone> nested = builder.nested(at(0, 0), 0, oneMetrePerSecond, new double[] {2, 5});
        Path out = tmp.resolve("iso.geojson");
        IsochroneGeoJsonWriter.write(nested, out);
        VectorLayer layer = VectorReader.read(out);
        assertEquals(2, layer.size());
        VectorFeature five = layer.features().get(1);
        assertEquals(5, ((Number) five.properties().get("minutes")).doubleValue());
        assertEquals(1200.0, ((Number) five.properties().get("street_length_m")).doubleValue(), 0.05);
        assertEquals(nested.get(1).areaM2(), ((Number) five.properties().get("area_m2")).doubleValue(), 0.5);
        assertEquals("Polygon", five.geometry().getGeometryType());
        try (var files = Files.list(tmp)) {
            assertEquals(1, files.count(), "no temp file left behind");
        }
    }
}
