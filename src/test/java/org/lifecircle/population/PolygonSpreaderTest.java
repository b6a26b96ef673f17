package org.lifecircle.population;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.lifecircle.io.InputException;
import org.lifecircle.population.PolygonSpreader.Zone;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.util.GeometricShapeFactory;

/**
 * FEATURE UNDER TEST: census polygons spread to grid cells by area. Hand-computable cases, the
 * exact spherical area of lon/lat rectangles (R²·Δλ·(sin φ2 − sin φ1)) as reference away from
 * the equator, and conservation of totals for random polygons (seeded).
 */
class PolygonSpreaderTest {

    private static final GeometryFactory GF = new GeometryFactory();

    @Test
    void aPolygonCoveringHalfOfFourCellsGivesAQuarterToEach() {
        // 2 × 2 cells of 1° around (0, 0); the polygon is the middle band x ∈ [−0.5, 0.5], y ∈ [−1, 1]:
        // half of each cell; symmetric about the equator, so exactly a quarter each
        RasterGrid grid = RasterGrid.wgs84(2, 2, -1, 1, 1, 1);
        Zone zone = new Zone(1, GF.toGeometry(new Envelope(-0.5, 0.5, -1, 1)), 100, 20);
        DemandCells cells = PolygonSpreader.spread("tracts.geojson", List.of(zone), grid);
        assertEquals(4, cells.size());
        for (int i = 0; i < 4; i++) {
            assertEquals(25.0, cells.population(i), 1e-12);
            assertEquals(5.0, cells.elderly(i), 1e-12);
        }
        assertEquals(-0.5, cells.lon(0), 1e-15);
        assertEquals(0.5, cells.lat(0), 1e-15);
    }

    @Test
    void partialOverlapsFollowSphericalArea() {
        // 0.01° cells at 30°N; a rectangle covering cell (0,0) fully, 40 % of cell (0,1) and the
        // northern 30 % of row 1 under them
        double d = 0.01;
        RasterGrid grid = RasterGrid.wgs84(3, 3, 114.0, 30.03, d, d);
        double x0 = 114.0;
        double x1 = 114.0 + 1.4 * d;
        double yTop = 30.03;
        double yBottom = 30.03 - 1.3 * d;
        Zone zone = new Zone(7, GF.toGeometry(new Envelope(x0, x1, yBottom, yTop)), 1000, Double.NaN);
        DemandCells cells = PolygonSpreader.spread("tracts.geojson", List.of(zone), grid);
        double whole = sphericalArea(x0, x1, yBottom, yTop);
        double[][] expected = {
            {sphericalArea(x0, x0 + d, yTop - d, yTop), sphericalArea(x0 + d, x1, yTop - d, yTop)},
            {sphericalArea(x0, x0 + d, yBottom, yTop - d), sphericalArea(x0 + d, x1, yBottom, yTop - d)},
        };
        assertEquals(4, cells.size());
        for (int r = 0; r < 2; r++) {
            for (int c = 0; c < 2; c++) {
                int i = cells.findCell(r, c);
                assertEquals(1000 * expected[r][c] / whole, cells.population(i), 1e-5, "cell " + r + "," + c);
            }
        }
        assertEquals(1000.0, cells.total(DemandLayer.TOTAL), 1e-9);
        assertTrue(!cells.has(DemandLayer.ELDERLY), "no elderly field → no elderly layer");
    }

    @Test
    void overlappingZonesAddUpAndRandomPolygonsConserveTotals() {
        long seed = 91_2026L;
        Random random = new Random(seed);
        List<Zone> zones = new ArrayList<>();
        double expectedTotal = 0;
        double expectedElderly = 0;
        for (int z = 0; z < 60; z++) {
            GeometricShapeFactory shapes = new GeometricShapeFactory(GF);
            shapes.setCentre(new Coordinate(114.2 + 0.2 * random.nextDouble(), 30.5 + 0.2 * random.nextDouble()));
            shapes.setSize(0.002 + 0.03 * random.nextDouble());
            shapes.setNumPoints(5 + random.nextInt(40));
            Geometry polygon = shapes.createCircle();
            double pop = Math.floor(5000 * random.nextDouble());
            double old = Math.floor(pop * 0.2);
            zones.add(new Zone(z + 1, polygon, pop, old));
            expectedTotal += pop;
            expectedElderly += old;
        }
        DemandCells cells = PolygonSpreader.spread("tracts.geojson", zones, 250);
        assertEquals(expectedTotal, cells.total(DemandLayer.TOTAL), 1e-6, "seed " + seed);
        assertEquals(expectedElderly, cells.total(DemandLayer.ELDERLY), 1e-6, "seed " + seed);
        RasterGrid grid = cells.grid();
        assertEquals(250.0, grid.cellHeightMeters(), 1e-9);
        assertEquals(250.0, grid.cellWidthMeters((grid.minY() + grid.maxY()) / 2), 2.0);
        // each cell centroid lies in the cell the zone pieces were credited to
        for (int i = 0; i < cells.size(); i++) {
            assertTrue(cells.cellPolygon(i).contains(GF.createPoint(new Coordinate(cells.lon(i), cells.lat(i)))));
        }
    }

    @Test
    void badZonesAreReportedWithTheirFeatureNumber() {
        Geometry square = GF.toGeometry(new Envelope(114, 114.01, 30, 30.01));
        InputException e = assertThrows(InputException.class, () -> PolygonSpreader.spread("tracts.geojson",
                List.of(new Zone(1, square, 10, Double.NaN), new Zone(2, square, -3, Double.NaN)), 100));
        assertEquals("tracts.geojson, feature 2: population must be a number ≥ 0, found -3.0", e.getMessage());

        e = assertThrows(InputException.class, () -> PolygonSpreader.spread("tracts.geojson",
                List.of(new Zone(4, GF.createPoint(new Coordinate(114, 30)), 10, Double.NaN)), 100));
        assertEquals("feature 4", e.location());

        RasterGrid far = RasterGrid.wgs84(2, 2, 0, 1, 0.5, 0.5);
        e = assertThrows(InputException.class, () -> PolygonSpreader.spread("tracts.geojson",
                List.of(new Zone(3, square, 10, Double.NaN)), far));
        assertTrue(e.reason().contains("no area inside the population grid"), e.getMessage());
    }

    /** Area of a lon/lat rectangle on the sphere (R = 1), the exact reference. */
    private static double sphericalArea(double lon0, double lon1, double lat0, double lat1) {
        return Math.toRadians(lon1 - lon0) * (Math.sin(Math.toRadians(lat1)) - Math.sin(Math.toRadians(lat0)));
    }
}
