package org.lifecircle.store.exchange;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import mil.nga.geopackage.BoundingBox;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.db.GeoPackageDataType;
import mil.nga.geopackage.features.columns.GeometryColumns;
import mil.nga.geopackage.features.user.FeatureColumn;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.features.user.FeatureRow;
import mil.nga.geopackage.features.user.FeatureTableMetadata;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import mil.nga.geopackage.srs.SpatialReferenceSystem;
import mil.nga.geopackage.srs.SpatialReferenceSystemDao;
import mil.nga.sf.GeometryType;
import mil.nga.sf.wkb.GeometryReader;
import org.geotools.api.referencing.operation.MathTransform;
import org.lifecircle.store.layer.Attribute;
import org.lifecircle.store.layer.Feature;
import org.lifecircle.store.layer.Layer;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKBWriter;

/**
 * Writes layers as feature tables of one GeoPackage in a chosen EPSG CRS (WGS84, CGCS2000
 * EPSG:4490, a projected CGCS2000 Gauss-Krüger zone such as EPSG:4547, UTM …). The CRS row is
 * inserted with GeoTools' WKT (the GeoPackage library cannot create EPSG:4490 itself), so QGIS and
 * GDAL open the file in the right CRS. Each table has {@code fid} (primary key), {@code geom},
 * {@code feature_id} (the feature's id) and the layer's attributes; an attribute whose name clashes
 * with those gets the suffix {@code _attr}. The file is written beside the target and moved into
 * place. Cost O(features).
 */
public final class GeoPackageExport {

    static final String PK = "fid";
    static final String GEOMETRY = "geom";
    static final String FEATURE_ID = "feature_id";

    private GeoPackageExport() {
    }

    /** Writes {@code layers} to {@code file} (replacing it) with coordinates in EPSG:{@code epsg}. */
    public static void write(Path file, List<Layer> layers, int epsg) throws IOException {
        MathTransform transform = Crs.fromWgs84(epsg);
        AtomicFiles.write(file, ".gpkg", tmp -> {
            GeoPackageManager.create(tmp.toFile());
            try (GeoPackage gp = GeoPackageManager.open(tmp.toFile())) {
                SpatialReferenceSystem srs = srs(gp, epsg);
                Set<String> tables = new HashSet<>();
                for (Layer layer : layers) writeLayer(gp, srs, transform, uniqueTable(layer.name(), tables), layer);
            }
        });
    }

    private static SpatialReferenceSystem srs(GeoPackage gp, int epsg) throws IOException {
        try {
            SpatialReferenceSystemDao dao = gp.getSpatialReferenceSystemDao();
            SpatialReferenceSystem existing = dao.queryForOrganizationCoordsysId("EPSG", epsg);
            if (existing != null) return existing;
            SpatialReferenceSystem srs = new SpatialReferenceSystem();
            srs.setSrsName(Crs.name(epsg));
            srs.setSrsId(epsg);
            srs.setOrganization("EPSG");
            srs.setOrganizationCoordsysId(epsg);
            srs.setDefinition(Crs.wkt(epsg));
            srs.setDescription(Crs.name(epsg));
            dao.create(srs);
            return srs;
        } catch (java.sql.SQLException e) {
            throw new IOException("cannot register EPSG:" + epsg + " in the GeoPackage: " + e.getMessage(), e);
        }
    }

    private static void writeLayer(GeoPackage gp, SpatialReferenceSystem srs, MathTransform transform, String table,
            Layer layer) throws IOException {
        List<Geometry> geometries = new ArrayList<>(layer.size());
        Envelope extent = new Envelope();
        for (Feature f : layer.features()) {
            Geometry g = Crs.apply(transform, f.geometry());
            geometries.add(g);
            if (g != null) extent.expandToInclude(g.getEnvelopeInternal());
        }
        GeometryColumns gc = new GeometryColumns();
        gc.setTableName(table);
        gc.setColumnName(GEOMETRY);
        gc.setGeometryType(geometryType(geometries));
        gc.setZ((byte) 0);
        gc.setM((byte) 0);
        gc.setSrs(srs);
        List<FeatureColumn> columns = new ArrayList<>();
        columns.add(FeatureColumn.createColumn(FEATURE_ID, GeoPackageDataType.TEXT));
        List<String> names = new ArrayList<>();
        for (Attribute a : layer.attributes()) {
            String name = columnName(a.name());
            names.add(name);
            columns.add(FeatureColumn.createColumn(name, dataType(a)));
        }
        BoundingBox box = extent.isNull() ? new BoundingBox() : new BoundingBox(extent.getMinX(), extent.getMinY(),
                extent.getMaxX(), extent.getMaxY());
        gp.createFeatureTable(FeatureTableMetadata.create(gc, PK, columns, box));
        FeatureDao dao = gp.getFeatureDao(table);
        WKBWriter wkb = new WKBWriter();
        gp.beginTransaction();
        boolean ok = false;
        try {
            for (int i = 0; i < layer.size(); i++) {
                Feature f = layer.features().get(i);
                FeatureRow row = dao.newRow();
                Geometry g = geometries.get(i);
                if (g != null) {
                    GeoPackageGeometryData data = GeoPackageGeometryData.createAndBuildEnvelope(srs.getSrsId(),
                            GeometryReader.readGeometry(wkb.write(g)));
                    row.setGeometry(data);
                }
                row.setValue(FEATURE_ID, f.id());
                for (int a = 0; a < names.size(); a++) {
                    Attribute attribute = layer.attributes().get(a);
                    row.setValue(names.get(a), f.properties().get(attribute.name()));
                }
                dao.insert(row);
            }
            ok = true;
        } finally {
            gp.endTransaction(ok);
        }
    }

    static GeometryType geometryType(List<Geometry> geometries) {
        String type = null;
        for (Geometry g : geometries) {
            if (g == null) continue;
            if (type == null) type = g.getGeometryType();
            else if (!type.equals(g.getGeometryType())) return GeometryType.GEOMETRY;
        }
        return type == null ? GeometryType.GEOMETRY : GeometryType.fromName(type.toUpperCase(Locale.ROOT));
    }

    private static GeoPackageDataType dataType(Attribute a) {
        return switch (a.type()) {
            case TEXT -> GeoPackageDataType.TEXT;
            case INTEGER -> GeoPackageDataType.INTEGER;
            case REAL -> GeoPackageDataType.DOUBLE;
            case BOOLEAN -> GeoPackageDataType.BOOLEAN;
        };
    }

    /**
     * The column of an attribute: double quotes and control characters become '_' (the GeoPackage
     * library wraps names in double quotes without escaping them, so a quote would end the name
     * inside its SQL), and a clash with fid, geom or feature_id gets the suffix _attr.
     */
    static String columnName(String attribute) {
        StringBuilder sb = new StringBuilder();
        attribute.codePoints().forEach(cp -> sb.appendCodePoint(cp == '"' || Character.isISOControl(cp) ? '_' : cp));
        String name = sb.toString();
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.equals(PK) || lower.equals(GEOMETRY) || lower.equals(FEATURE_ID) ? name + "_attr" : name;
    }

    /** A table name from the layer name: letters, digits and underscores, unique in the file, not gpkg_/rtree_/sqlite_. */
    static String uniqueTable(String layerName, Set<String> taken) {
        StringBuilder sb = new StringBuilder();
        layerName.codePoints().forEach(cp -> sb.appendCodePoint(Character.isLetterOrDigit(cp) ? cp : '_'));
        String base = sb.length() == 0 || Character.isDigit(sb.codePointAt(0)) ? "layer_" + sb : sb.toString();
        String lower = base.toLowerCase(Locale.ROOT);
        if (lower.startsWith("gpkg") || lower.startsWith("rtree_") || lower.startsWith("sqlite_")) base = "layer_" + base;
        String name = base;
        for (int i = 2; !taken.add(name.toLowerCase(Locale.ROOT)); i++) name = base + "_" + i;
        return name;
    }
}
