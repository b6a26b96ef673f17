package org.lifecircle.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.lifecircle.geo.CrsException;
import org.lifecircle.geo.SourceCrs;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Reads a vector file into features in WGS84 lon/lat: GeoJSON ({@code .geojson}, {@code .json}:
 * a FeatureCollection, a Feature or a bare geometry), GeoJSON text sequences ({@code .geojsonseq},
 * {@code .geojsonl}, {@code .ndjson}: one Feature per line) and GeoPackage ({@code .gpkg}, one
 * feature layer). The CRS is, in this order, the one the caller declares, the one the file
 * declares (GeoPackage srs, legacy GeoJSON {@code crs} member), else WGS84.
 *
 * <p>Everything is validated before anything is returned, and every problem is reported with
 * its feature number: malformed JSON, null or empty geometries, coordinates that are not finite,
 * out of range, swapped (latitude first) or projected metres in a file read as degrees. Cost
 * O(coordinates); memory O(features).
 */
public final class VectorReader {

    /** Geometry families a caller can require with {@link #require}. */
    public enum GeometryKind {
        POINT("a Point"),
        LINE("a LineString or MultiLineString"),
        POLYGON("a Polygon or MultiPolygon");

        private final String expected;

        GeometryKind(String expected) {
            this.expected = expected;
        }
    }

    private static final GeometryFactory FACTORY = new GeometryFactory();
    private static final int WGS84_SRID = 4326;

    private VectorReader() {}

    /** Reads the file in the CRS it declares, else WGS84. */
    public static VectorLayer read(Path file) {
        return read(file, null);
    }

    /**
     * Reads the file, overriding its CRS when {@code declaredCrs} is not blank: "EPSG:4490", any
     * EPSG code or WKT, "GCJ-02", "BD-09".
     */
    public static VectorLayer read(Path file, String declaredCrs) {
        return read(file, declaredCrs, null);
    }

    /**
     * Reads one layer of a GeoPackage by table name (case-insensitive); null reads the only
     * feature layer and is an error when there are several. GeoJSON has one layer: give null.
     */
    public static VectorLayer read(Path file, String declaredCrs, String layer) {
        String source = FileSniffer.sourceName(file);
        byte[] head = FileSniffer.head(file);
        String ext = extension(file);
        boolean declared = declaredCrs != null && !declaredCrs.isBlank();
        if (layer != null && !ext.equals("gpkg")) {
            throw InputException.of(source, "has a single layer; a layer name ('" + layer + "') applies to GeoPackages only");
        }
        switch (ext) {
            case "geojson", "json" -> {
                rejectBinary(source, head, "GeoJSON");
                GeoJsonSource.Raw raw = GeoJsonSource.startsWithRecordSeparator(head)
                        ? GeoJsonSource.readSequence(file, FACTORY)
                        : GeoJsonSource.readDocument(file, FACTORY);
                return toWgs84(source, raw.features(), chooseCrs(source, declaredCrs, raw.crs()));
            }
            case "geojsonseq", "geojsonl", "geojsons", "ndjson", "jsonl" -> {
                rejectBinary(source, head, "GeoJSON");
                GeoJsonSource.Raw raw = GeoJsonSource.readSequence(file, FACTORY);
                return toWgs84(source, raw.features(), chooseCrs(source, declaredCrs, raw.crs()));
            }
            case "gpkg" -> {
                if (!FileSniffer.isSqlite(head)) {
                    String kind = FileSniffer.binaryKind(head);
                    throw InputException.of(source, "is not a GeoPackage (not an SQLite database"
                            + (kind != null ? "; it is " + kind : "; it looks like text") + ")");
                }
                GeoPackageSource.Raw raw = GeoPackageSource.read(file, layer, declared, FACTORY);
                SourceCrs crs = declared ? chooseCrs(source, declaredCrs, null) : raw.crs();
                return toWgs84(source, raw.features(), crs);
            }
            default -> throw InputException.of(source, "unsupported vector format"
                    + (ext.isEmpty() ? " (no file extension)" : " '." + ext + "'")
                    + "; use GeoJSON (.geojson), GeoJSON lines (.geojsonseq) or GeoPackage (.gpkg)");
        }
    }

    /** Reads a layer of points (a MultiPoint of one point counts as a point). */
    public static VectorLayer readPoints(Path file, String declaredCrs) {
        return require(read(file, declaredCrs), GeometryKind.POINT);
    }

    /** Reads a layer of LineStrings / MultiLineStrings, e.g. a road network. */
    public static VectorLayer readLines(Path file, String declaredCrs) {
        return require(read(file, declaredCrs), GeometryKind.LINE);
    }

    /** Reads a layer of Polygons / MultiPolygons, e.g. admin units. */
    public static VectorLayer readPolygons(Path file, String declaredCrs) {
        return require(read(file, declaredCrs), GeometryKind.POLYGON);
    }

    /**
     * Checks that every feature is of the kind; single-point MultiPoints become Points.
     *
     * @throws InputException naming every feature of another kind
     */
    public static VectorLayer require(VectorLayer layer, GeometryKind kind) {
        Problems problems = new Problems(layer.source());
        List<VectorFeature> out = new ArrayList<>(layer.size());
        for (VectorFeature f : layer.features()) {
            Geometry g = f.geometry();
            boolean ok = switch (kind) {
                case POINT -> g instanceof Point || (g instanceof MultiPoint && g.getNumGeometries() == 1);
                case LINE -> g instanceof LineString || g instanceof MultiLineString;
                case POLYGON -> g instanceof Polygon || g instanceof MultiPolygon;
            };
            if (!ok) {
                problems.atFeature(f.number(), "is " + article(g.getGeometryType()) + ", expected " + kind.expected);
            } else if (g instanceof MultiPoint) {
                Geometry point = g.getGeometryN(0).copy();
                point.setSRID(g.getSRID());
                out.add(new VectorFeature(f.number(), point, f.properties()));
            } else {
                out.add(f);
            }
        }
        problems.throwIfAny();
        return new VectorLayer(layer.source(), out);
    }

    static SourceCrs chooseCrs(String source, String declaredCrs, String fileCrs) {
        if (declaredCrs != null && !declaredCrs.isBlank()) {
            try {
                return SourceCrs.parse(declaredCrs);
            } catch (CrsException e) {
                throw new InputException(source, null, "declared CRS: " + e.getMessage(), e);
            }
        }
        if (fileCrs != null) {
            try {
                return SourceCrs.parse(fileCrs);
            } catch (CrsException e) {
                throw new InputException(source, null, "the CRS the file declares: " + e.getMessage(), e);
            }
        }
        return SourceCrs.wgs84();
    }

    /** Validates features in file coordinates, converts them to WGS84 and validates again. */
    static VectorLayer toWgs84(String source, List<VectorFeature> raw, SourceCrs crs) {
        Problems problems = new Problems(source);
        Envelope extent = new Envelope();
        for (VectorFeature f : raw) {
            Coordinate bad = firstNonFinite(f.geometry());
            if (bad != null) {
                problems.atFeature(f.number(), "coordinate (" + LonLatCheck.num(bad.x) + ", "
                        + LonLatCheck.num(bad.y) + ") is not a finite number");
            } else {
                extent.expandToInclude(f.geometry().getEnvelopeInternal());
            }
        }
        problems.throwIfAny();
        if (crs.isGeographic()) {
            String swap = LonLatCheck.swapProblem(extent.getMinX(), extent.getMinY(), extent.getMaxX(), extent.getMaxY());
            if (swap != null) {
                throw InputException.atFeature(source, firstBeyond90(raw), swap);
            }
            for (VectorFeature f : raw) {
                String problem = rangeProblem(f.geometry());
                if (problem != null) problems.atFeature(f.number(), problem);
            }
            problems.throwIfAny();
        } else if (LonLatCheck.looksLikeDegrees(extent.getMinX(), extent.getMinY(), extent.getMaxX(), extent.getMaxY())) {
            throw InputException.of(source, "coordinates look like longitude/latitude degrees but the CRS "
                    + crs.name() + " is projected (metres); declare the right CRS");
        } else {
            String prefix = LonLatCheck.zonePrefixProblem(crs.description(), extent.getMinX(), extent.getMaxX());
            if (prefix != null) throw InputException.atFeature(source, raw.get(0).number(), prefix);
        }
        List<VectorFeature> out = new ArrayList<>(raw.size());
        for (VectorFeature f : raw) {
            Geometry g;
            try {
                g = crs.toWgs84(f.geometry());
            } catch (CrsException e) {
                problems.atFeature(f.number(), e.getMessage());
                continue;
            }
            if (!crs.isWgs84()) {
                String problem = rangeProblem(g);
                if (problem != null) {
                    problems.atFeature(f.number(), "after conversion from " + crs.name() + ": " + problem);
                    continue;
                }
            }
            g.setSRID(WGS84_SRID);
            out.add(new VectorFeature(f.number(), g, f.properties()));
        }
        problems.throwIfAny();
        return new VectorLayer(source, out);
    }

    private static Coordinate firstNonFinite(Geometry g) {
        for (Coordinate c : g.getCoordinates()) {
            if (!Double.isFinite(c.x) || !Double.isFinite(c.y)) return c;
        }
        return null;
    }

    private static String rangeProblem(Geometry g) {
        for (Coordinate c : g.getCoordinates()) {
            String problem = LonLatCheck.rangeProblem(c.x, c.y);
            if (problem != null) return problem;
        }
        return null;
    }

    private static int firstBeyond90(List<VectorFeature> features) {
        for (VectorFeature f : features) {
            Envelope e = f.geometry().getEnvelopeInternal();
            if (e.getMaxY() > 90 || e.getMinY() < -90) return f.number();
        }
        return features.get(0).number();
    }

    private static void rejectBinary(String source, byte[] head, String format) {
        String kind = FileSniffer.binaryKind(head);
        if (kind != null) throw InputException.of(source, "is not " + format + ": it is " + kind);
    }

    static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String article(String type) {
        return ("AEIOU".indexOf(type.charAt(0)) >= 0 ? "an " : "a ") + type;
    }
}
