package org.lifecircle.population;

import java.awt.Rectangle;
import java.awt.geom.AffineTransform;
import java.awt.image.Raster;
import java.awt.image.RenderedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.geotools.api.metadata.spatial.PixelOrientation;
import org.geotools.api.parameter.GeneralParameterValue;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.api.referencing.crs.EngineeringCRS;
import org.geotools.api.referencing.crs.GeographicCRS;
import org.geotools.api.referencing.crs.ProjectedCRS;
import org.geotools.coverage.grid.GridCoverage2D;
import org.geotools.coverage.grid.GridEnvelope2D;
import org.geotools.coverage.grid.GridGeometry2D;
import org.geotools.coverage.grid.io.AbstractGridCoverage2DReader;
import org.geotools.coverage.util.CoverageUtilities;
import org.geotools.gce.arcgrid.ArcGridReader;
import org.geotools.gce.geotiff.GeoTiffReader;
import org.geotools.util.factory.Hints;
import it.geosolutions.jaiext.range.NoDataContainer;
import org.lifecircle.geo.Crs;
import org.lifecircle.geo.CrsException;
import org.lifecircle.io.InputException;

/**
 * Reads a single-band population raster (GeoTIFF {@code .tif/.tiff} or ASCII grid
 * {@code .asc}) with GeoTools into a {@link RasterBand}: the pixel tiles are copied straight
 * into a float[] (no per-cell evaluate), the georeferencing becomes a {@link RasterGrid}.
 * Cost O(cells) time and memory.
 *
 * <p>The CRS comes from the file; a declared CRS (EPSG code or WKT) replaces it. A raster whose
 * CRS is unknown (none in the file, nothing declared) is an {@link InputException}, as are
 * rotated or south-up rasters, several bands, and undecodable pixel data.
 */
final class RasterFiles {

    /** Marker for "the file declares no nodata value" (a NaN nodata is a declared value). */
    private static final double NO_NODATA = Double.NEGATIVE_INFINITY;

    private RasterFiles() {
    }

    static RasterBand read(Path file, String declaredCrs) {
        String source = file.toString();
        if (!Files.isRegularFile(file)) throw InputException.of(source, "raster file not found: " + file);
        AbstractGridCoverage2DReader reader = open(file, source);
        GridCoverage2D coverage = null;
        try {
            coverage = reader.read((GeneralParameterValue[]) null);
            if (coverage == null) throw InputException.of(source, "no raster data found");
            if (coverage.getNumSampleDimensions() != 1) {
                throw InputException.of(source, "expected one band of people per cell, found "
                        + coverage.getNumSampleDimensions() + " bands");
            }
            RasterGrid grid = grid(coverage, crs(coverage, declaredCrs, source), source);
            float[] values = pixels(coverage.getRenderedImage(), grid, source);
            double nodata = nodata(reader, coverage);
            return new RasterBand(source, grid, values, nodata != NO_NODATA, nodata);
        } catch (IOException e) {
            throw InputException.of(source, "cannot read raster: " + e.getMessage());
        } finally {
            if (coverage != null) coverage.dispose(true);
            reader.dispose();
        }
    }

    private static AbstractGridCoverage2DReader open(Path file, String source) {
        String name = source.toLowerCase(Locale.ROOT);
        Hints hints = new Hints(Hints.FORCE_LONGITUDE_FIRST_AXIS_ORDER, Boolean.TRUE);
        try {
            if (name.endsWith(".tif") || name.endsWith(".tiff")) return new GeoTiffReader(file.toFile(), hints);
            if (name.endsWith(".asc")) return new ArcGridReader(file.toFile(), hints);
        } catch (IOException | RuntimeException e) {
            throw InputException.of(source, "not a readable " + (name.endsWith(".asc") ? "ASCII grid" : "GeoTIFF")
                    + ": " + e.getMessage());
        }
        throw InputException.of(source, "unsupported raster format (use a GeoTIFF .tif or an ASCII grid .asc)");
    }

    private static CoordinateReferenceSystem crs(GridCoverage2D coverage, String declaredCrs, String source) {
        if (declaredCrs != null && !declaredCrs.isBlank()) return decode(declaredCrs, source);
        CoordinateReferenceSystem crs = coverage.getCoordinateReferenceSystem2D();
        if (crs == null || crs instanceof EngineeringCRS || !(crs instanceof GeographicCRS || crs instanceof ProjectedCRS)) {
            throw InputException.of(source, "unknown coordinate reference system (the raster has no CRS"
                    + " or a local one); add a .prj file or declare the CRS, e.g. EPSG:4326");
        }
        return crs;
    }

    /** An EPSG code ("EPSG:4547", "4490", "CGCS2000") or WKT, longitude first. */
    static CoordinateReferenceSystem decode(String crs, String source) {
        String text = crs.strip();
        String key = text.toUpperCase(Locale.ROOT).replace("-", "").replace("_", "");
        if (key.startsWith("GCJ") || key.startsWith("BD09")) {
            throw InputException.of(source, "GCJ-02 / BD-09 rasters are not supported: reproject the raster to WGS84 or CGCS2000 first");
        }
        try {
            return key.equals("CGCS2000") ? Crs.epsg(4490) : Crs.decode(text);
        } catch (CrsException e) {
            throw InputException.of(source, "unknown coordinate reference system '" + text + "': " + e.getMessage());
        }
    }

    static String name(CoordinateReferenceSystem crs) {
        Integer epsg = Crs.epsgCode(crs);
        return epsg != null ? "EPSG:" + epsg : crs.getName().getCode();
    }

    private static RasterGrid grid(GridCoverage2D coverage, CoordinateReferenceSystem crs, String source) {
        GridGeometry2D gg = coverage.getGridGeometry();
        if (!(gg.getGridToCRS2D(PixelOrientation.UPPER_LEFT) instanceof AffineTransform at)) {
            throw InputException.of(source, "the raster's georeferencing is not affine");
        }
        if (at.getShearX() != 0 || at.getShearY() != 0) {
            throw InputException.of(source, "rotated rasters are not supported (reproject to a north-up grid)");
        }
        if (!(at.getScaleX() > 0) || !(at.getScaleY() < 0)) {
            throw InputException.of(source, "only north-up rasters are supported (pixel size "
                    + at.getScaleX() + ", " + at.getScaleY() + ")");
        }
        GridEnvelope2D range = gg.getGridRange2D();
        double minX = at.getTranslateX() + at.getScaleX() * range.x;
        double maxY = at.getTranslateY() + at.getScaleY() * range.y;
        return new RasterGrid(range.width, range.height, minX, maxY, at.getScaleX(), -at.getScaleY(), crs, name(crs));
    }

    private static float[] pixels(RenderedImage img, RasterGrid grid, String source) {
        if (img.getWidth() != grid.cols() || img.getHeight() != grid.rows()) {
            throw InputException.of(source, "image size " + img.getWidth() + "×" + img.getHeight()
                    + " differs from the grid " + grid.cols() + "×" + grid.rows());
        }
        int width = img.getWidth();
        float[] values = new float[width * img.getHeight()];
        Rectangle bounds = new Rectangle(img.getMinX(), img.getMinY(), width, img.getHeight());
        float[] buffer = null;
        try {
            for (int ty = img.getMinTileY(); ty < img.getMinTileY() + img.getNumYTiles(); ty++) {
                for (int tx = img.getMinTileX(); tx < img.getMinTileX() + img.getNumXTiles(); tx++) {
                    Raster tile = img.getTile(tx, ty);
                    Rectangle r = tile.getBounds().intersection(bounds);
                    if (r.isEmpty()) continue;
                    if (buffer == null || buffer.length < r.width * r.height) buffer = new float[r.width * r.height];
                    tile.getSamples(r.x, r.y, r.width, r.height, 0, buffer);
                    for (int y = 0; y < r.height; y++) {
                        System.arraycopy(buffer, y * r.width, values,
                                (r.y - bounds.y + y) * width + (r.x - bounds.x), r.width);
                    }
                }
            }
        } catch (RuntimeException e) {
            // GeoTools/JAI decode tiles lazily and wrap decoder IOExceptions in runtime exceptions
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw InputException.of(source, "cannot decode the pixel data: " + cause.getMessage());
        }
        return values;
    }

    private static double nodata(AbstractGridCoverage2DReader reader, GridCoverage2D coverage) {
        // GeoTools drops a NaN nodata from the sample dimensions; the GeoTIFF metadata keeps it
        if (reader instanceof GeoTiffReader tiff && tiff.getMetadata() != null && tiff.getMetadata().hasNoData()) {
            return tiff.getMetadata().getNoData();
        }
        double[] nodata = coverage.getSampleDimension(0).getNoDataValues();
        if (nodata != null && nodata.length > 0) return nodata[0];
        NoDataContainer container = CoverageUtilities.getNoDataProperty(coverage);
        return container != null ? container.getAsSingleValue() : NO_NODATA;
    }
}
