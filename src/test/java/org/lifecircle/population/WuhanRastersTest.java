package org.lifecircle.population;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.geotools.api.geometry.Position;
import org.geotools.api.parameter.GeneralParameterValue;
import org.geotools.coverage.grid.GridCoverage2D;
import org.geotools.gce.geotiff.GeoTiffReader;
import org.geotools.geometry.Position2D;
import org.h2gis.functions.factory.H2GISFunctions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * FEATURE UNDER TEST: reading and summing real WorldPop rasters, and rolling them up by admin
 * units. Data: WorldPop 100 m age-structure rasters for Wuhan, ages 60–64 … 80+, male and female
 * (../shared/data/wuhan-worldpop-60plus, PROVENANCE: they sum to 1,942,653 people aged 60+).
 */
class WuhanRastersTest {

    private static final long SEED = 20240601L;
    private static Path dir;
    private static DemandCells elderly;

    @BeforeAll
    static void load() {
        String shared = System.getProperty("lifecircle.shared", "../shared");
        dir = Path.of(shared, "data", "wuhan-worldpop-60plus");
        elderly = PopulationReader.readElderlyRasters(PopulationReader.bandFiles(dir, "pop_*_wuhan.tif"));
    }

    @Test
    void tenAgeBandsSumToThePublishedSixtyPlusPopulation() throws Exception {
        RasterGrid grid = elderly.grid();
        assertEquals(1662, grid.cols());
        assertEquals(1668, grid.rows());
        assertEquals("EPSG:4326", grid.crsName());
        assertEquals(0.000833333333, grid.cellWidth(), 1e-9);
        assertFalse(elderly.has(DemandLayer.TOTAL), "60+ rasters carry no total population");
        assertEquals(494_676, elderly.size(), "cells with people (all others are nodata)");

        // Reference: each file decoded by TiffReference (an independent LZW/float32 decoder in
        // this test tree, not GeoTools' imageio-ext), float values summed in double. The sum of those float cells is 1,942,653.399…; the
        // PROVENANCE figure 1,942,653 is that sum rounded to whole people, so |sum − 1,942,653| < 1.
        double reference = 0;
        for (Path file : PopulationReader.bandFiles(dir, "pop_*_wuhan.tif")) reference += TiffReference.sum(file);
        double total = elderly.total(DemandLayer.ELDERLY);
        assertEquals(reference, total, 1e-6, "GeoTools read vs the reference decoder");
        assertEquals(1_942_653.0, total, 1.0);
        assertEquals(1_942_653L, Math.round(total));
    }

    @Test
    void oneBandMatchesTheReferenceDecoderAndCentroidsHitTheirPixels() throws Exception {
        Path file = dir.resolve("pop_60_f_wuhan.tif");
        DemandCells band = PopulationReader.readElderlyRasters(List.of(file));
        assertEquals(TiffReference.sum(file), band.total(DemandLayer.ELDERLY), 1e-6);

        // GridCoverage2D.evaluate at a cell's WGS84 centroid returns that cell's value: the
        // centroid and the (row, col) bookkeeping agree with GeoTools' own georeferencing.
        GeoTiffReader reader = new GeoTiffReader(file.toFile());
        GridCoverage2D coverage = reader.read((GeneralParameterValue[]) null);
        Random random = new Random(SEED);
        try {
            for (int k = 0; k < 500; k++) {
                int i = random.nextInt(band.size());
                Position at = new Position2D(coverage.getCoordinateReferenceSystem2D(), band.lon(i), band.lat(i));
                float[] v = coverage.evaluate(at, (float[]) null);
                assertEquals(v[0], band.elderly(i), 0.0, "seed " + SEED + ", cell " + i);
                assertEquals(band.grid().centerX(band.col(i)), band.lon(i), 0.0);
            }
        } finally {
            coverage.dispose(true);
            reader.dispose();
        }
    }

    @Test
    void quadrantsOfTheCityBoundaryPartitionTheCells() throws Exception {
        Geometry city = readBoundary(dir.resolve("wuhan-boundary.shp"));
        Envelope env = city.getEnvelopeInternal();
        double midX = (env.getMinX() + env.getMaxX()) / 2;
        double midY = (env.getMinY() + env.getMaxY()) / 2;
        GeometryFactory gf = new GeometryFactory();
        List<Geometry> quadrants = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        String[] names = {"SW", "SE", "NW", "NE"};
        for (int q = 0; q < 4; q++) {
            double x0 = q % 2 == 0 ? env.getMinX() - 1 : midX;
            double x1 = q % 2 == 0 ? midX : env.getMaxX() + 1;
            double y0 = q < 2 ? env.getMinY() - 1 : midY;
            double y1 = q < 2 ? midY : env.getMaxY() + 1;
            quadrants.add(city.intersection(gf.toGeometry(new Envelope(x0, x1, y0, y1))));
            ids.add(names[q]);
        }
        AdminUnits units = AdminUnits.of("wuhan-boundary.shp quadrants", ids, ids, quadrants);
        UnitAssignment byQuadrant = UnitAssignment.of(units, elderly);
        UnitAssignment byCity = UnitAssignment.of(AdminUnits.of("wuhan-boundary.shp", List.of("wuhan"),
                List.of("武汉市"), List.of(city)), elderly);

        // Brute force: every cell's centroid tested against every quadrant with JTS.
        double[] expected = new double[4];
        int[] expectedCount = new int[4];
        PreparedGeometry[] prepared = new PreparedGeometry[4];
        for (int q = 0; q < 4; q++) prepared[q] = PreparedGeometryFactory.prepare(quadrants.get(q));
        double outside = 0;
        for (int i = 0; i < elderly.size(); i++) {
            Geometry point = gf.createPoint(new Coordinate(elderly.lon(i), elderly.lat(i)));
            int unit = -1;
            for (int q = 0; q < 4 && unit < 0; q++) if (prepared[q].containsProperly(point)) unit = q;
            for (int q = 0; q < 4 && unit < 0; q++) if (prepared[q].covers(point)) unit = q;
            assertEquals(unit, byQuadrant.unitOfCell()[i], "cell " + i);
            if (unit < 0) outside += elderly.elderly(i);
            else {
                expected[unit] += elderly.elderly(i);
                expectedCount[unit]++;
            }
        }
        double sum = 0;
        for (int q = 0; q < 4; q++) {
            assertEquals(expected[q], byQuadrant.elderly()[q], 1e-6, names[q]);
            assertEquals(expectedCount[q], byQuadrant.cellCount()[q], names[q]);
            assertTrue(byQuadrant.elderly()[q] > 50_000, names[q] + " has " + byQuadrant.elderly()[q]);
            sum += byQuadrant.elderly()[q];
        }
        assertEquals(outside, byQuadrant.outsideElderly(), 1e-6);
        double total = elderly.total(DemandLayer.ELDERLY);
        assertEquals(total, sum + byQuadrant.outsideElderly(), 1e-6, "quadrants + outside = all cells");
        assertEquals(byCity.elderly()[0], sum, 1e-6, "the four quadrants sum to the city");
        assertEquals(byCity.outsideCells(), byQuadrant.outsideCells());
        assertEquals(0, byCity.outsideCells(), "the WorldPop rasters are clipped to the city boundary");
        assertEquals(total, byCity.elderly()[0], 1e-6);
    }

    /** The city boundary polygon, read with H2GIS' shapefile reader (test-only dependency). */
    private static Geometry readBoundary(Path shp) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:wuhan" + System.nanoTime());
                Statement st = c.createStatement()) {
            H2GISFunctions.load(c);
            st.execute("CALL SHPREAD('" + new File(shp.toString()).getAbsolutePath().replace("'", "''") + "', 'BOUNDARY')");
            try (ResultSet rs = st.executeQuery("SELECT THE_GEOM FROM BOUNDARY")) {
                List<Geometry> parts = new ArrayList<>();
                while (rs.next()) parts.add((Geometry) rs.getObject(1));
                assertEquals(1, parts.size(), "wuhan-boundary.shp is one city boundary");
                Geometry city = parts.get(0);
                assertTrue(city.getArea() > 0.5, "a city-sized polygon in degrees²: " + city.getArea());
                assertEquals(Location.INTERIOR, new org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator(city)
                        .locate(new Coordinate(114.30, 30.59)), "central Wuhan lies inside");
                return city;
            }
        }
    }
}
