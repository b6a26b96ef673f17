package org.lifecircle.store.exchange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.features.user.FeatureColumn;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.features.user.FeatureResultSet;
import mil.nga.geopackage.features.user.FeatureRow;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import mil.nga.geopackage.srs.SpatialReferenceSystem;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.api.referencing.operation.MathTransform;
import org.lifecircle.io.InputException;
import org.lifecircle.store.layer.Attribute;
import org.lifecircle.store.layer.AttributeType;
import org.lifecircle.store.layer.Feature;
import org.lifecircle.store.layer.Layer;
import org.lifecircle.store.layer.LayerKind;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;

/**
 * Reads feature tables of a GeoPackage into layers in WGS84, reprojected from the table's CRS (an
 * EPSG code, or the WKT definition when the organisation is not EPSG). A {@code feature_id} column
 * (as {@link GeoPackageExport} writes it) becomes the feature id; other columns become typed
 * attributes. Features are numbered 1.. in primary-key order. Problems are an
 * {@link InputException} naming the file, table and feature. Cost O(features).
 */
public final class GeoPackageImport {

    private GeoPackageImport() {
    }

    /** Names of the feature tables in the file. */
    public static List<String> tables(Path file) {
        try (GeoPackage gp = open(file)) {
            return List.copyOf(gp.getFeatureTables());
        }
    }

    /** Every feature table of the file, each as a layer of {@code kind} named after its table. */
    public static List<Layer> readAll(Path file, LayerKind kind) {
        List<Layer> out = new ArrayList<>();
        try (GeoPackage gp = open(file)) {
            for (String table : gp.getFeatureTables()) out.add(read(gp, file, table, kind));
        }
        return out;
    }

    /** One feature table as a layer of {@code kind}. */
    public static Layer read(Path file, String table, LayerKind kind) {
        try (GeoPackage gp = open(file)) {
            if (!gp.getFeatureTables().contains(table)) {
                throw InputException.of(file.getFileName().toString(), "no feature table '" + table + "' (tables: "
                        + gp.getFeatureTables() + ")");
            }
            return read(gp, file, table, kind);
        }
    }

    private static GeoPackage open(Path file) {
        String source = file.getFileName().toString();
        if (!Files.isRegularFile(file)) throw InputException.of(source, "file not found");
        try {
            return GeoPackageManager.open(file.toFile(), false);
        } catch (RuntimeException e) {
            throw new InputException(source, null, "not a readable GeoPackage: " + e.getMessage(), e);
        }
    }

    private static Layer read(GeoPackage gp, Path file, String table, LayerKind kind) {
        String source = file.getFileName().toString() + " table " + table;
        FeatureDao dao = gp.getFeatureDao(table);
        MathTransform toWgs84 = toWgs84(source, dao.getSrs());
        String pk = dao.getTable().getPkColumnName();
        String geometryColumn = dao.getTable().getGeometryColumnName();
        String idColumn = null;
        List<FeatureColumn> attributeColumns = new ArrayList<>();
        List<Attribute> attributes = new ArrayList<>();
        for (FeatureColumn c : dao.getTable().getColumns()) {
            if (c.getName().equals(pk) || c.getName().equals(geometryColumn)) continue;
            if (c.getName().equalsIgnoreCase(GeoPackageExport.FEATURE_ID)) {
                idColumn = c.getName();
                continue;
            }
            attributeColumns.add(c);
            attributes.add(new Attribute(attributeName(c.getName()), type(source, c)));
        }
        GeometryFactory wgs84 = new GeometryFactory(new PrecisionModel(), Crs.WGS84);
        WKBReader wkb = new WKBReader(wgs84);
        List<long[]> order = new ArrayList<>();
        List<Feature> features = new ArrayList<>();
        FeatureResultSet rs = dao.queryForAll();
        try {
            int n = 0;
            while (rs.moveToNext()) {
                n++;
                FeatureRow row = rs.getRow();
                Geometry g = geometry(source, n, row.getGeometry(), wkb, toWgs84);
                Map<String, Object> props = new LinkedHashMap<>();
                for (int i = 0; i < attributeColumns.size(); i++) {
                    props.put(attributes.get(i).name(), row.getValue(attributeColumns.get(i).getName()));
                }
                Object id = idColumn == null ? null : row.getValue(idColumn);
                order.add(new long[] {row.getId(), features.size()});
                features.add(new Feature(n, id == null ? null : id.toString(), g, props));
            }
        } finally {
            rs.close();
        }
        order.sort(Comparator.comparingLong(o -> o[0]));
        List<Feature> numbered = new ArrayList<>(features.size());
        for (long[] o : order) {
            Feature f = features.get((int) o[1]);
            numbered.add(new Feature(numbered.size() + 1, f.id(), f.geometry(), f.properties()));
        }
        return new Layer(table, kind, file.getFileName().toString(), srsText(dao.getSrs()), attributes, numbered);
    }

    private static String attributeName(String column) {
        return column.endsWith("_attr") ? column.substring(0, column.length() - "_attr".length()) : column;
    }

    private static AttributeType type(String source, FeatureColumn c) {
        if (c.getDataType() == null) return AttributeType.TEXT;
        return switch (c.getDataType()) {
            case BOOLEAN -> AttributeType.BOOLEAN;
            case TINYINT, SMALLINT, MEDIUMINT, INT, INTEGER -> AttributeType.INTEGER;
            case FLOAT, DOUBLE, REAL -> AttributeType.REAL;
            case TEXT, DATE, DATETIME -> AttributeType.TEXT;
            default -> throw InputException.of(source, "column '" + c.getName() + "' has type " + c.getType()
                    + ", which a layer cannot hold (text, integer, real or boolean)");
        };
    }

    private static MathTransform toWgs84(String source, SpatialReferenceSystem srs) {
        if (srs == null || srs.getSrsId() <= 0) {
            throw InputException.of(source, "the table has no coordinate reference system (srs_id "
                    + (srs == null ? "none" : srs.getSrsId()) + ")");
        }
        CoordinateReferenceSystem crs;
        if ("EPSG".equalsIgnoreCase(srs.getOrganization())) crs = Crs.decode((int) srs.getOrganizationCoordsysId());
        else crs = Crs.parseWkt(source, srs.getDefinition());
        return Crs.transform(crs, Crs.decode(Crs.WGS84));
    }

    private static String srsText(SpatialReferenceSystem srs) {
        return srs.getOrganization().toUpperCase(Locale.ROOT) + ":" + srs.getOrganizationCoordsysId();
    }

    private static Geometry geometry(String source, int n, GeoPackageGeometryData data, WKBReader wkb, MathTransform t) {
        if (data == null || data.isEmpty() || data.getGeometry() == null) return null;
        try {
            Geometry g = Crs.apply(t, wkb.read(data.getWkb()));
            g.setSRID(Crs.WGS84);
            return g;
        } catch (IOException | ParseException | IllegalArgumentException e) {
            throw InputException.atFeature(source, n, "geometry not readable: " + e.getMessage());
        }
    }
}
