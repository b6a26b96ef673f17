package org.lifecircle.store.postgis;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.lifecircle.io.InputException;
import org.lifecircle.store.Database;
import org.lifecircle.store.Dialect;
import org.lifecircle.store.StoreException;
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
 * Reads a layer from a table a bureau already keeps in PostGIS. Before any SQL is built from the
 * project file's names, the table and columns are looked up in the catalogue with bound
 * parameters: a missing table or column, a geometry column that is not a geometry or holds the
 * wrong kind of geometry, or one without an SRID is an {@link InputException} and nothing is
 * read. Geometries are transformed to WGS84 by PostGIS; rows come in id order (the id column's
 * own type, so numeric ids sort as numbers). Cost O(rows).
 */
public final class PostgisTableReader {

    private static final Set<String> INTEGER = Set.of("int2", "int4", "int8");
    private static final Set<String> REAL = Set.of("float4", "float8", "numeric");
    private static final Map<String, Set<String>> KINDS = Map.of(
            "point", Set.of("POINT", "MULTIPOINT"),
            "line", Set.of("LINESTRING", "MULTILINESTRING"),
            "polygon", Set.of("POLYGON", "MULTIPOLYGON"));

    private PostgisTableReader() {
    }

    /** The table as a layer named {@code layerName}. */
    public static Layer read(Database db, PostgisLayerSource src, String layerName, LayerKind kind) {
        if (db.dialect() != Dialect.POSTGIS) {
            throw InputException.of(src.source(), "reading PostGIS tables needs a PostGIS store (--store postgresql://…)");
        }
        return db.read(c -> read(c, src, layerName, kind));
    }

    static Layer read(Connection c, PostgisLayerSource src, String layerName, LayerKind kind) throws SQLException {
        String where = src.source() + " (" + src.qualifiedName() + ")";
        Map<String, String> columns = columns(c, src);
        if (columns.isEmpty()) throw InputException.of(where, "table " + src.qualifiedName() + " does not exist");
        List<SqlIdentifier> wanted = new ArrayList<>();
        wanted.add(src.geometryColumn());
        wanted.add(src.idColumn());
        wanted.addAll(src.attributeColumns());
        for (SqlIdentifier col : wanted) {
            if (!columns.containsKey(col.name())) {
                throw InputException.of(where, "column '" + col + "' does not exist (columns: " + columns.keySet() + ")");
            }
        }
        String geomType = columns.get(src.geometryColumn().name());
        if (!"geometry".equals(geomType)) {
            throw InputException.of(where, "column '" + src.geometryColumn() + "' is " + geomType + ", not a geometry column");
        }
        int srid = checkGeometry(c, src, where);
        List<Attribute> attributes = new ArrayList<>();
        for (SqlIdentifier a : src.attributeColumns()) attributes.add(new Attribute(a.name(), type(columns.get(a.name()))));

        StringBuilder sql = new StringBuilder("SELECT CAST(").append(src.idColumn().quoted()).append(" AS text) AS lc_feature_id, ST_AsBinary(")
                .append(srid == 4326 ? src.geometryColumn().quoted() : "ST_Transform(" + src.geometryColumn().quoted() + ", 4326)")
                .append(") AS lc_geometry");
        for (SqlIdentifier a : src.attributeColumns()) sql.append(", ").append(a.quoted());
        sql.append(" FROM ").append(src.schema().quoted()).append('.').append(src.table().quoted())
                .append(" ORDER BY ").append(src.idColumn().quoted());
        GeometryFactory wgs84 = new GeometryFactory(new PrecisionModel(), 4326);
        WKBReader wkb = new WKBReader(wgs84);
        List<Feature> features = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            ps.setFetchSize(1000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int n = features.size() + 1;
                    byte[] g = rs.getBytes(2);
                    Geometry geometry = null;
                    try {
                        if (g != null) geometry = wkb.read(g);
                    } catch (ParseException e) {
                        throw new StoreException(where + " row " + n + ": geometry not readable", e);
                    }
                    Map<String, Object> props = new LinkedHashMap<>();
                    for (int i = 0; i < attributes.size(); i++) props.put(attributes.get(i).name(), rs.getObject(3 + i));
                    features.add(new Feature(n, rs.getString(1), geometry, props));
                }
            }
        }
        return new Layer(layerName, kind, src.qualifiedName(), "EPSG:" + srid, attributes, features);
    }

    /** Column name → PostgreSQL type name (udt_name) of the table; empty when there is no such table. */
    private static Map<String, String> columns(Connection c, PostgisLayerSource src) throws SQLException {
        Map<String, String> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT column_name, udt_name FROM information_schema.columns"
                + " WHERE table_schema = ? AND table_name = ? ORDER BY ordinal_position")) {
            ps.setString(1, src.schema().name());
            ps.setString(2, src.table().name());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.put(rs.getString(1), rs.getString(2));
            }
        }
        return out;
    }

    /** The column's SRID; checks the declared or, for a generic column, the stored geometry types. */
    private static int checkGeometry(Connection c, PostgisLayerSource src, String where) throws SQLException {
        String declared = null;
        int srid = 0;
        try (PreparedStatement ps = c.prepareStatement("SELECT type, srid FROM geometry_columns"
                + " WHERE f_table_schema = ? AND f_table_name = ? AND f_geometry_column = ?")) {
            ps.setString(1, src.schema().name());
            ps.setString(2, src.table().name());
            ps.setString(3, src.geometryColumn().name());
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    declared = rs.getString(1).toUpperCase(Locale.ROOT);
                    srid = rs.getInt(2);
                }
            }
        }
        String column = "'" + src.geometryColumn() + "'";
        if (srid <= 0) {
            String sql = "SELECT DISTINCT ST_SRID(" + src.geometryColumn().quoted() + ") FROM " + src.schema().quoted()
                    + "." + src.table().quoted() + " WHERE " + src.geometryColumn().quoted() + " IS NOT NULL LIMIT 2";
            List<Integer> found = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) found.add(rs.getInt(1));
            }
            if (found.size() != 1 || found.get(0) <= 0) {
                throw InputException.of(where, "geometry column " + column + " has no single SRID (found " + found
                        + "); set one with ST_SetSRID");
            }
            srid = found.get(0);
        }
        if (src.geometryType() == null) return srid;
        Set<String> allowed = KINDS.get(src.geometryType());
        List<String> types = new ArrayList<>();
        if (declared != null && !declared.equals("GEOMETRY")) {
            types.add(declared);
        } else {
            String sql = "SELECT DISTINCT upper(GeometryType(" + src.geometryColumn().quoted() + ")) FROM "
                    + src.schema().quoted() + "." + src.table().quoted();
            try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) if (rs.getString(1) != null) types.add(rs.getString(1));
            }
        }
        for (String t : types) {
            if (!allowed.contains(t)) {
                throw InputException.of(where, "geometry column " + column + " holds " + t + ", expected "
                        + src.geometryType() + " geometries");
            }
        }
        return srid;
    }

    private static AttributeType type(String udt) {
        if (INTEGER.contains(udt)) return AttributeType.INTEGER;
        if (REAL.contains(udt)) return AttributeType.REAL;
        if ("bool".equals(udt)) return AttributeType.BOOLEAN;
        return AttributeType.TEXT;
    }
}
