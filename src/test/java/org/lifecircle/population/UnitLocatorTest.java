package org.lifecircle.population;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.util.GeometricShapeFactory;

/**
 * FEATURE UNDER TEST: point-in-admin-unit assignment against brute force (every point tested
 * against every polygon with JTS), with holes, multipolygons, overlaps and points exactly on
 * shared edges; seeded randomness.
 */
class UnitLocatorTest {

    private static final GeometryFactory GF = new GeometryFactory();

    @Test
    void randomPolygonsMatchBruteForce() {
        long seed = 7_3452L;
        Random random = new Random(seed);
        List<Geometry> polygons = new ArrayList<>();
        for (int u = 0; u < 40; u++) {
            GeometricShapeFactory shapes = new GeometricShapeFactory(GF);
            shapes.setCentre(new Coordinate(114 + random.nextDouble(), 30 + random.nextDouble()));
            shapes.setSize(0.05 + 0.3 * random.nextDouble());
            shapes.setNumPoints(8 + random.nextInt(60));
            Polygon p = shapes.createCircle();
            if (u % 5 == 0) p = (Polygon) p.difference(p.getCentroid().buffer(0.02)); // a hole
            if (u % 7 == 0) {
                Polygon detached = (Polygon) GF.toGeometry(new Envelope(115.05 + 0.005 * u, 115.25, 31.05, 31.2));
                polygons.add(GF.createMultiPolygon(new Polygon[] {p, detached}));
            } else {
                polygons.add(p);
            }
        }
        UnitLocator locator = new UnitLocator(polygons);
        int n = 20_000;
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = 113.9 + 1.4 * random.nextDouble();
            ys[i] = 29.9 + 1.4 * random.nextDouble();
        }
        int[] got = locator.locateAll(xs, ys);
        int[] expected = bruteForce(polygons, xs, ys);
        for (int i = 0; i < n; i++) {
            assertEquals(expected[i], got[i], "seed " + seed + ", point " + i + " (" + xs[i] + ", " + ys[i] + ")");
        }
    }

    @Test
    void sharedEdgesGoToTheLowestIndexAndUnitsPartitionTheGrid() {
        // a 4 × 4 fishnet of unit squares; points on a lattice including every shared edge and corner
        List<Geometry> squares = new ArrayList<>();
        for (int r = 0; r < 4; r++) {
            for (int c = 0; c < 4; c++) squares.add(GF.toGeometry(new Envelope(c, c + 1, r, r + 1)));
        }
        UnitLocator locator = new UnitLocator(squares);
        List<Double> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        for (int i = -2; i <= 18; i++) {
            for (int j = -2; j <= 18; j++) {
                xs.add(i * 0.25);
                ys.add(j * 0.25);
            }
        }
        double[] x = xs.stream().mapToDouble(Double::doubleValue).toArray();
        double[] y = ys.stream().mapToDouble(Double::doubleValue).toArray();
        int[] got = locator.locateAll(x, y);
        int[] expected = bruteForce(squares, x, y);
        int[] perUnit = new int[16];
        for (int i = 0; i < x.length; i++) {
            assertEquals(expected[i], got[i], "(" + x[i] + ", " + y[i] + ")");
            if (got[i] >= 0) perUnit[got[i]]++;
        }
        assertEquals(0, locator.locate(1.0, 1.0), "corner shared by units 0, 1, 4, 5 goes to 0");
        assertEquals(5, locator.locate(1.5, 2.0), "edge between 5 and 9 goes to 5");
        assertEquals(-1, locator.locate(4.25, 2.0));
        int inside = 0;
        for (int c : perUnit) inside += c;
        assertEquals(17 * 17, inside, "every lattice point in [0,4]² counted exactly once");
    }

    @Test
    void overlappingUnitsResolveToTheLowestIndexLikeBruteForce() {
        List<Geometry> polygons = List.of(
                GF.toGeometry(new Envelope(0, 10, 0, 10)),
                GF.toGeometry(new Envelope(2, 3, 2, 3)),
                GF.toGeometry(new Envelope(20, 30, 0, 10)),
                GF.toGeometry(new Envelope(21, 22, 1, 2)));
        UnitLocator locator = new UnitLocator(polygons);
        assertEquals(0, locator.locate(2.5, 2.5));
        assertEquals(2, locator.locate(21.5, 1.5));
        assertEquals(-1, locator.locate(15, 5));
    }

    /** Reference: for each point, the first polygon whose interior holds it, else the first whose boundary does. */
    static int[] bruteForce(List<Geometry> polygons, double[] xs, double[] ys) {
        PreparedGeometry[] prepared = new PreparedGeometry[polygons.size()];
        for (int u = 0; u < prepared.length; u++) prepared[u] = PreparedGeometryFactory.prepare(polygons.get(u));
        int[] out = new int[xs.length];
        for (int i = 0; i < xs.length; i++) {
            Point p = GF.createPoint(new Coordinate(xs[i], ys[i]));
            int unit = -1;
            for (int u = 0; u < prepared.length && unit < 0; u++) if (prepared[u].containsProperly(p)) unit = u;
            for (int u = 0; u < prepared.length && unit < 0; u++) if (prepared[u].covers(p)) unit = u;
            out[i] = unit;
        }
        return out;
    }
}
