package org.lifecircle.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.Raster;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.coverage.grid.GridCoverage2D;
import org.geotools.coverage.util.CoverageUtilities;
import org.geotools.gce.geotiff.GeoTiffReader;
import org.geotools.geometry.jts.ReferencedEnvelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;

/**
 * Reads a generated demo folder for the tests without the generator's code: GeoJSON through
 * Jackson and JTS' GeoJsonReader, the CSV by splitting lines, the rasters through GeoTools'
 * GeoTiffReader. Also a small equirectangular metre conversion (spherical, R = 6,371,008.8 m),
 * independent of the generator's ellipsoidal frame; the two agree to ~0.3 %.
 */
final class DemoFiles {

    static final double R = 6_371_008.8;
    static final double LAT0 = 30.0;
    static final double M_PER_DEG_LAT = R * Math.PI / 180;
    static final double M_PER_DEG_LON = M_PER_DEG_LAT * Math.cos(Math.toRadians(LAT0));

    /** A feature: geometry (WGS84 lon/lat) and properties as JSON. */
    record Feature(Geometry geometry, JsonNode properties) {
        String text(String key) {
            JsonNode v = properties.get(key);
            return v == null || v.isNull() ? null : v.asText();
        }
    }

    /** One facility row. */
    record Facility(int row, String id, double lon, double lat, String type, String name, String area, String capacity) {
    }

    /** A raster: values row-major from the north-west, its envelope, CRS and nodata. */
    record Grid(float[] values, int width, int height, ReferencedEnvelope envelope, CoordinateReferenceSystem crs,
            double nodata, int dataType) {
    }

    private DemoFiles() {
    }

    static List<Feature> features(Path file) throws IOException, ParseException {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        GeoJsonReader reader = new GeoJsonReader();
        List<Feature> out = new ArrayList<>();
        for (JsonNode f : root.get("features")) {
            out.add(new Feature(reader.read(f.get("geometry").toString()), f.get("properties")));
        }
        return out;
    }

    static List<LineString> lines(List<Feature> features) {
        List<LineString> out = new ArrayList<>();
        for (Feature f : features) out.add((LineString) f.geometry());
        return out;
    }

    static List<Facility> facilities(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (!lines.get(0).equals("id,lon,lat,type,name,area_m2,capacity")) {
            throw new AssertionError("unexpected header " + lines.get(0));
        }
        List<Facility> out = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String[] c = lines.get(i).split(",", -1);
            if (c.length != 7) throw new AssertionError("row " + i + " has " + c.length + " columns");
            out.add(new Facility(i, c[0], Double.parseDouble(c[1]), Double.parseDouble(c[2]), c[3], c[4], c[5], c[6]));
        }
        return out;
    }

    static Grid grid(Path file) throws IOException {
        GeoTiffReader reader = new GeoTiffReader(file.toFile());
        try {
            GridCoverage2D coverage = reader.read(null);
            Raster raster = coverage.getRenderedImage().getData();
            int w = raster.getWidth();
            int h = raster.getHeight();
            float[] values = raster.getSamples(raster.getMinX(), raster.getMinY(), w, h, 0, new float[w * h]);
            double nodata = CoverageUtilities.getNoDataProperty(coverage).getAsSingleValue();
            return new Grid(values, w, h, new ReferencedEnvelope(coverage.getEnvelope2D()),
                    coverage.getCoordinateReferenceSystem(), nodata, raster.getDataBuffer().getDataType());
        } finally {
            reader.dispose();
        }
    }

    static double x(double lon) {
        return (lon - 117.9) * M_PER_DEG_LON;
    }

    static double y(double lat) {
        return (lat - LAT0) * M_PER_DEG_LAT;
    }

    static double meters(double lon1, double lat1, double lon2, double lat2) {
        return Math.hypot(x(lon1) - x(lon2), y(lat1) - y(lat2));
    }

    /** Counts of values by key, in first-seen order. */
    static <T> Map<T, Integer> count(Iterable<T> keys) {
        Map<T, Integer> m = new LinkedHashMap<>();
        for (T k : keys) m.merge(k, 1, Integer::sum);
        return m;
    }
}
