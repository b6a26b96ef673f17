package org.lifecircle.population;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.geotools.api.parameter.GeneralParameterValue;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.coverage.grid.GridCoverage2D;
import org.geotools.coverage.grid.GridCoverageFactory;
import org.geotools.gce.geotiff.GeoTiffWriter;
import org.geotools.geometry.jts.ReferencedEnvelope;
import org.geotools.referencing.CRS;
import it.geosolutions.jaiext.range.NoDataContainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifecircle.io.InputException;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;

/**
 * FEATURE UNDER TEST: GeoTIFF and ASCII grid population rasters (WGS84 and projected) become
 * demand cells with the right people, ids and WGS84 centroids; bad rasters are reported with
 * the file and cell. Expected centroids of projected grids come from the Transverse Mercator
 * properties (a point at the false easting lies on the central meridian; its northing is
 * k0 × the meridian arc), computed here with Helmert's series, independent of GeoTools.
 */
class RasterReaderTest {

    @TempDir
    Path dir;

    /** 3 × 2 cells of 100 m; column 0 is centred on easting 500000 (the central meridian). */
    private static final String UTM_GRID = """
            ncols 3
            nrows 2
            xllcorner 499950
            yllcorner 3000000
            cellsize 100
            NODATA_value -9999
            1.5 0 -9999
            4 2.25 6
            """;

    @Test
    void asciiGridInUtmWithPrjGivesCellsIdsAndCentroids() throws Exception {
        Path asc = writeAsc("utm.asc", UTM_GRID, "EPSG:32650");
        DemandCells cells = PopulationReader.readRaster(asc);
        checkUtmCells(cells, 117.0, 0.0);
        assertEquals("EPSG:32650", cells.sourceCrs());
        assertEquals(100.0, cells.grid().cellWidthMeters(30), 0.0);
    }

    private static void checkUtmCells(DemandCells cells, double centralMeridian, double latToleranceDeg) {
        // row 0: 1.5, 0 (skipped), nodata (skipped); row 1: 4, 2.25, 6
        assertEquals(4, cells.size());
        assertEquals(List.of("0", "3", "4", "5"), List.of(cells.id(0), cells.id(1), cells.id(2), cells.id(3)));
        assertEquals(13.75, cells.total(DemandLayer.TOTAL), 0.0);
        assertEquals(1.5, cells.population(0), 0.0);
        assertEquals(6.0, cells.population(3), 0.0);
        assertEquals(0, cells.row(0));
        assertEquals(2, cells.col(3));
        assertFalse(cells.has(DemandLayer.ELDERLY));

        double tol = Math.max(1e-9, latToleranceDeg);
        assertEquals(centralMeridian, cells.lon(0), 1e-9, "false easting lies on the central meridian");
        assertEquals(centralMeridian, cells.lon(1), 1e-9);
        assertEquals(latitudeOnCentralMeridian(3_000_150), cells.lat(0), tol);
        assertEquals(latitudeOnCentralMeridian(3_000_050), cells.lat(1), tol);
        assertTrue(cells.lon(2) > centralMeridian && cells.lon(3) > cells.lon(2));
        assertEquals(cells.lat(1), cells.lat(2), 1e-6, "same row, 100 m east: nearly the same latitude");

        // the cell polygon straddles the central meridian symmetrically
        Polygon p = cells.cellPolygon(0);
        Coordinate[] ring = p.getExteriorRing().getCoordinates();
        assertEquals(5, ring.length);
        assertEquals(2 * centralMeridian, ring[0].x + ring[1].x, 1e-9);
        assertTrue(p.contains(p.getFactory().createPoint(new Coordinate(cells.lon(0), cells.lat(0)))));
    }

    @Test
    void asciiGridWithoutCrsIsRejectedUnlessDeclared() throws Exception {
        Path asc = writeAsc("nocrs.asc", UTM_GRID, null);
        InputException e = assertThrows(InputException.class, () -> PopulationReader.readRaster(asc));
        assertEquals(asc.toString(), e.source());
        assertTrue(e.reason().contains("unknown coordinate reference system"), e.getMessage());

        checkUtmCells(PopulationReader.readRaster(asc, "EPSG:32650"), 117.0, 0.0);

        InputException bad = assertThrows(InputException.class, () -> PopulationReader.readRaster(asc, "EPSG:999999"));
        assertTrue(bad.getMessage().startsWith(asc + ": unknown coordinate reference system 'EPSG:999999'"), bad.getMessage());
    }

    @Test
    void projectedGeoTiffWithNodataReadsExactly() throws Exception {
        // CGCS2000 / 3-degree Gauss-Kruger CM 114E, the metric CRS Chinese data for Wuhan uses.
        float[][] data = {{1.5f, 0f, -9999f}, {4f, 2.25f, 6f}};
        Path tif = writeTiff("gk.tif", data, "EPSG:4547", 499_950, 3_000_200, 100, -9999.0);
        DemandCells cells = PopulationReader.readRaster(tif);
        assertEquals("EPSG:4547", cells.sourceCrs());
        // CGCS2000's ellipsoid differs from WGS84's in the 9th digit of the flattening: < 1 cm here
        checkUtmCellsOnGk(cells);
    }

    private static void checkUtmCellsOnGk(DemandCells cells) {
        assertEquals(4, cells.size());
        assertEquals(13.75, cells.total(DemandLayer.TOTAL), 0.0);
        assertEquals(114.0, cells.lon(0), 1e-9);
        // Gauss-Kruger has scale 1 on the central meridian (UTM: 0.9996)
        assertEquals(latitude(3_000_150, 1.0), cells.lat(0), 1e-7);
        assertEquals(latitude(3_000_050, 1.0), cells.lat(1), 1e-7);
    }

    @Test
    void wgs84GeoTiffHasExactCentroidsAndPolygons() throws Exception {
        float[][] data = {{0f, 10f, 20f}, {30f, 0f, 5.5f}};
        Path tif = writeTiff("wgs.tif", data, "EPSG:4326", 114.0, 30.6, 0.001, -9999.0);
        DemandCells cells = PopulationReader.readRaster(tif);
        assertEquals(4, cells.size());
        assertEquals(65.5, cells.total(DemandLayer.TOTAL), 0.0);
        assertEquals(114.0015, cells.lon(0), 1e-9);
        assertEquals(30.5995, cells.lat(0), 1e-9);
        assertEquals(114.0005, cells.lon(2), 1e-9);
        assertEquals(30.5985, cells.lat(2), 1e-9);
        assertEquals(List.of("1", "2", "3", "5"), List.of(cells.id(0), cells.id(1), cells.id(2), cells.id(3)));
        assertEquals(0.001 * 0.001, cells.cellPolygon(3).getArea(), 1e-15);
        assertEquals(114.002, cells.cellPolygon(3).getEnvelopeInternal().getMinX(), 1e-9);
        assertEquals(2, cells.findCell(1, 0));
        assertEquals(-1, cells.findCell(0, 0), "the empty cell is not materialised");
        assertEquals(-1, cells.findCell(5, 5));
        assertEquals(0.001 * 6_371_008.8 * Math.PI / 180, cells.grid().cellHeightMeters(), 1e-9);
    }

    @Test
    void negativeAndNanPopulationsNameTheFileAndCell() throws Exception {
        Path negative = writeTiff("negative.tif", new float[][] {{1f, 2f, 3f}, {4f, 5f, -0.5f}}, "EPSG:4326", 114, 30.6, 0.001, -9999.0);
        InputException e = assertThrows(InputException.class, () -> PopulationReader.readRaster(negative));
        assertEquals(negative.toString(), e.source());
        assertEquals("cell row 1, col 2 (0-based from the top-left)", e.location());
        assertTrue(e.reason().contains("negative population -0.5"), e.getMessage());

        Path nan = writeTiff("nan.tif", new float[][] {{1f, Float.NaN, 3f}, {4f, 5f, 6f}}, "EPSG:4326", 114, 30.6, 0.001, -9999.0);
        e = assertThrows(InputException.class, () -> PopulationReader.readRaster(nan));
        assertEquals(nan.toString(), e.source());
        assertEquals("cell row 0, col 1 (0-based from the top-left)", e.location());
        assertTrue(e.reason().contains("NaN"), e.getMessage());

        // GeoTools' writer drops a NaN nodata; GDAL writes it as "nan": hand-written file
        Path nanNodata = dir.resolve("nan-nodata.tif");
        TiffReference.writeWgs84(nanNodata, new float[][] {{1f, Float.NaN, 3f}, {4f, 5f, 6f}}, 114, 30.6, 0.001, "nan");
        DemandCells read = PopulationReader.readRaster(nanNodata);
        assertEquals(19.0, read.total(DemandLayer.TOTAL), 0.0, "NaN is this file's nodata");
        assertEquals(TiffReference.sum(nanNodata), read.total(DemandLayer.TOTAL), 0.0);
        assertEquals(114.0005, read.lon(0), 1e-9);

        Path ascNegative = writeAsc("neg.asc", UTM_GRID.replace("4 2.25 6", "4 -2.25 6"), "EPSG:32650");
        e = assertThrows(InputException.class, () -> PopulationReader.readRaster(ascNegative));
        assertEquals(ascNegative + ", cell row 1, col 1 (0-based from the top-left): negative population -2.25", e.getMessage());
    }

    @Test
    void bandFilesAreSummedIntoTotalAndElderlyLayers() throws Exception {
        Path a = writeAsc("a.asc", UTM_GRID, "EPSG:32650");
        Path b = writeAsc("b.asc", UTM_GRID.replace("1.5 0 -9999", "0.5 1 7").replace("4 2.25 6", "0 0 0"), "EPSG:32650");
        Path c = writeAsc("c.asc", UTM_GRID.replace("1.5 0 -9999", "0 3 -9999").replace("4 2.25 6", "1 0 0"), "EPSG:32650");

        DemandCells sum = PopulationReader.readRasters(List.of(a, b), List.of(), null);
        assertEquals(6, sum.size());
        assertEquals(2.0, sum.population(0), 0.0);
        assertEquals(1.0, sum.population(1), 0.0, "zero in a.asc plus 1 in b.asc");
        assertEquals(7.0, sum.population(2), 0.0, "nodata in a.asc contributes nothing");
        assertEquals(13.75 + 8.5, sum.total(DemandLayer.TOTAL), 0.0);

        DemandCells layered = PopulationReader.readRasters(List.of(a), List.of(b, c), null);
        assertEquals(6, layered.size(), "(0,1) and (0,2) have elderly people only and are kept");
        int i = layered.findCell(0, 1);
        assertEquals(0.0, layered.population(i), 0.0);
        assertEquals(4.0, layered.elderly(i), 0.0);
        assertEquals(13.75, layered.total(DemandLayer.TOTAL), 0.0);
        assertEquals(8.5 + 4.0, layered.total(DemandLayer.ELDERLY), 0.0);
        assertEquals("b.asc + c.asc", layered.elderlySource());
    }

    @Test
    void bandFilesOnDifferentGridsAreRejected() throws Exception {
        Path a = writeAsc("a.asc", UTM_GRID, "EPSG:32650");
        Path shifted = writeAsc("shifted.asc", UTM_GRID.replace("xllcorner 499950", "xllcorner 500000"), "EPSG:32650");
        InputException e = assertThrows(InputException.class,
                () -> PopulationReader.readRasters(List.of(a, shifted), List.of(), null));
        assertEquals(shifted.toString(), e.source());
        assertTrue(e.reason().contains("differs from " + a) && e.reason().contains("must share one grid"), e.getMessage());

        Path coarse = writeAsc("coarse.asc", UTM_GRID.replace("cellsize 100", "cellsize 200"), "EPSG:32650");
        assertThrows(InputException.class, () -> PopulationReader.readRasters(List.of(a), List.of(coarse), null));

        Path otherCrs = writeAsc("other.asc", UTM_GRID, "EPSG:32649");
        e = assertThrows(InputException.class, () -> PopulationReader.readRasters(List.of(a, otherCrs), List.of(), null));
        assertEquals(otherCrs.toString(), e.source());
    }

    @Test
    void missingAndUnsupportedFilesAreInputErrors() throws Exception {
        Path none = dir.resolve("none.tif");
        InputException e = assertThrows(InputException.class, () -> PopulationReader.readRaster(none));
        assertEquals(none.toString(), e.source());
        Path png = Files.writeString(dir.resolve("pop.png"), "x");
        e = assertThrows(InputException.class, () -> PopulationReader.readRaster(png));
        assertTrue(e.reason().contains("unsupported raster format"), e.getMessage());
        Path junk = Files.writeString(dir.resolve("junk.tif"), "not a tiff");
        e = assertThrows(InputException.class, () -> PopulationReader.readRaster(junk));
        assertEquals(junk.toString(), e.source());
    }

    @Test
    void elderlySharesFillTheElderlyLayer() throws Exception {
        DemandCells cells = PopulationReader.readRaster(writeAsc("utm.asc", UTM_GRID, "EPSG:32650"));
        DemandCells overall = cells.withElderlyShare(0.2);
        assertEquals(13.75 * 0.2, overall.total(DemandLayer.ELDERLY), 1e-12);
        assertEquals(0.3, overall.elderly(0), 1e-12);
        DemandCells byUnit = cells.withElderlyShareByUnit(new int[] {0, 1, 1, -1}, new double[] {0.1, 0.3}, 0.5);
        assertEquals(1.5 * 0.1 + (4 + 2.25) * 0.3 + 6 * 0.5, byUnit.total(DemandLayer.ELDERLY), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> cells.withElderlyShare(1.2));
    }

    // ---- writing test rasters -------------------------------------------------------------

    private Path writeAsc(String name, String content, String epsg) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.US_ASCII);
        if (epsg != null) {
            String prj = name.substring(0, name.length() - 4) + ".prj";
            Files.writeString(dir.resolve(prj), CRS.decode(epsg, true).toWKT(), StandardCharsets.US_ASCII);
        }
        return file;
    }

    /** Writes {@code data[row][col]} as a float GeoTIFF with the upper-left corner at (minX, maxY). */
    private Path writeTiff(String name, float[][] data, String epsg, double minX, double maxY, double cell, double nodata)
            throws IOException, Exception {
        CoordinateReferenceSystem crs = CRS.decode(epsg, true);
        int rows = data.length;
        int cols = data[0].length;
        ReferencedEnvelope env = new ReferencedEnvelope(minX, minX + cols * cell, maxY - rows * cell, maxY, crs);
        GridCoverageFactory factory = new GridCoverageFactory();
        GridCoverage2D plain = factory.create("population", data, env);
        Map<String, Object> properties = new HashMap<>();
        properties.put(NoDataContainer.GC_NODATA, new NoDataContainer(nodata));
        GridCoverage2D coverage = factory.create("population", plain.getRenderedImage(), env,
                plain.getSampleDimensions(), null, properties);
        Path file = dir.resolve(name);
        GeoTiffWriter writer = new GeoTiffWriter(file.toFile());
        try {
            writer.write(coverage, (GeneralParameterValue[]) null);
        } finally {
            writer.dispose();
        }
        return file;
    }

    // ---- Transverse Mercator reference ------------------------------------------------------

    private static double latitudeOnCentralMeridian(double northing) {
        return latitude(northing, 0.9996);
    }

    /** Latitude (degrees) on the central meridian at {@code northing}: solves k0 × M(φ) = northing. */
    static double latitude(double northing, double k0) {
        double a = 6_378_137.0;
        double f = 1 / 298.257223563;
        double e2 = f * (2 - f);
        double phi = northing / (k0 * a);
        for (int it = 0; it < 20; it++) {
            double m = meridianArc(phi, a, f);
            double s = Math.sin(phi);
            double rho = a * (1 - e2) / Math.pow(1 - e2 * s * s, 1.5);
            phi -= (k0 * m - northing) / (k0 * rho);
        }
        return Math.toDegrees(phi);
    }

    /** Helmert's series for the meridian arc from the equator, sub-millimetre on the WGS84 ellipsoid. */
    static double meridianArc(double phi, double a, double f) {
        double n = f / (2 - f);
        double n2 = n * n;
        double n3 = n2 * n;
        double n4 = n3 * n;
        return a / (1 + n) * ((1 + n2 / 4 + n4 / 64) * phi
                - 1.5 * (n - n3 / 8) * Math.sin(2 * phi)
                + 15.0 / 16 * (n2 - n4 / 4) * Math.sin(4 * phi)
                - 35.0 / 48 * n3 * Math.sin(6 * phi)
                + 315.0 / 512 * n4 * Math.sin(8 * phi));
    }
}
