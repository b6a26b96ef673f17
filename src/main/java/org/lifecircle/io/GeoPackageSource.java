package org.lifecircle.io;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.features.columns.GeometryColumns;
import mil.nga.geopackage.srs.SpatialReferenceSystem;
import org.lifecircle.geo.Crs;
import org.lifecircle.geo.CrsException;
import org.lifecircle.geo.SourceCrs;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;

/**
 * Reads one feature layer of a GeoPackage (OGC 12-128), read-only. NGA's library opens and
 * validates the container and lists layers, geometry columns and srs; rows are read over its
 * JDBC connection in rowid (= primary key) order, each geometry blob's header parsed here and
 * its WKB decoded by JTS. NGA's own projection support is bypassed: the srs goes to GeoTools
 * (EPSG code when the organisation is EPSG, else the WKT definition). O(rows).
 */
final class GeoPackageSource {

    /** Features in the layer's own coordinates and its CRS (null when the caller declared one). */
    record Raw(List<VectorFeature> features, SourceCrs crs, String layer) {}

    private GeoPackageSource() {}

    static Raw read(Path file, String layer, boolean crsDeclared, GeometryFactory factory) {
        String source = FileSniffer.sourceName(file);
        GeoPackage gpkg;
        try {
            gpkg = GeoPackageManager.open(false, file.toFile(), true);
        } catch (RuntimeException e) {
            throw new InputException(source, null, "is an SQLite database but not a GeoPackage: " + rootMessage(e), e);
        }
        try {
            String table = chooseLayer(source, gpkg.getFeatureTables(), layer);
            GeometryColumns columns = gpkg.getGeometryColumnsDao().queryForTableName(table);
            if (columns == null) throw InputException.of(source, "layer '" + table + "' has no gpkg_geometry_columns entry");
            SourceCrs crs = null;
            if (!crsDeclared) {
                SpatialReferenceSystem srs = gpkg.getSpatialReferenceSystemDao().queryForId(columns.getSrsId());
                crs = crsOf(source, table, columns.getSrsId(), srs);
            }
            Connection jdbc = gpkg.getConnection().getConnection();
            return new Raw(rows(source, jdbc, table, columns.getColumnName(), factory), crs, table);
        } catch (SQLException e) {
            throw new InputException(source, null, "cannot be read as a GeoPackage: " + rootMessage(e), e);
        } catch (InputException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new InputException(source, null, "cannot be read as a GeoPackage: " + rootMessage(e), e);
        } finally {
            gpkg.close();
        }
    }

    private static String chooseLayer(String source, List<String> tables, String layer) {
        if (tables.isEmpty()) throw InputException.of(source, "has no feature layers");
        if (layer != null && !layer.isBlank()) {
            for (String t : tables) {
                if (t.equalsIgnoreCase(layer.strip())) return t;
            }
            throw InputException.of(source, "has no feature layer '" + layer + "' (layers: " + String.join(", ", tables) + ")");
        }
        if (tables.size() > 1) {
            throw InputException.of(source, "has " + tables.size() + " feature layers (" + String.join(", ", tables)
                    + "); name the one to read");
        }
        return tables.get(0);
    }

    private static SourceCrs crsOf(String source, String table, long srsId, SpatialReferenceSystem srs) {
        String where = "layer '" + table + "'";
        if (srsId == 0) return SourceCrs.wgs84();
        if (srsId == -1) {
            throw InputException.of(source, where + " has an undefined Cartesian CRS (srs_id -1); declare the CRS");
        }
        if (srs == null) throw InputException.of(source, where + " refers to srs " + srsId + ", which is not defined");
        String org = srs.getOrganization();
        try {
            if (org != null && org.strip().toUpperCase(Locale.ROOT).equals("EPSG") && srs.getOrganizationCoordsysId() > 0) {
                return SourceCrs.of(Crs.epsg((int) srs.getOrganizationCoordsysId()));
            }
            String wkt = srs.getDefinition();
            if (wkt == null || wkt.isBlank() || wkt.strip().equalsIgnoreCase("undefined")) {
                throw InputException.of(source, where + " srs " + srsId + " (" + srs.getSrsName()
                        + ") has no definition; declare the CRS");
            }
            return SourceCrs.of(Crs.wkt(wkt));
        } catch (CrsException e) {
            throw new InputException(source, null, where + " srs " + srsId + " (" + srs.getSrsName() + "): "
                    + e.getMessage(), e);
        }
    }

    private static List<VectorFeature> rows(String source, Connection jdbc, String table, String geometryColumn,
            GeometryFactory factory) throws SQLException {
        String pk = primaryKey(jdbc, table);
        WKBReader wkb = new WKBReader(factory);
        List<VectorFeature> out = new ArrayList<>();
        try (Statement s = jdbc.createStatement();
                ResultSet rs = s.executeQuery("SELECT * FROM " + quote(table) + (pk == null ? "" : " ORDER BY " + quote(pk)))) {
            ResultSetMetaData meta = rs.getMetaData();
            int n = meta.getColumnCount();
            String[] names = new String[n];
            int geometryIndex = -1;
            int pkIndex = -1;
            for (int i = 0; i < n; i++) {
                names[i] = meta.getColumnName(i + 1);
                if (names[i].equalsIgnoreCase(geometryColumn)) geometryIndex = i;
                if (names[i].equalsIgnoreCase(pk == null ? "" : pk)) pkIndex = i;
            }
            if (geometryIndex < 0) {
                throw InputException.of(source, "layer '" + table + "' has no column '" + geometryColumn + "'");
            }
            while (rs.next()) {
                int number = out.size() + 1;
                long fid = pkIndex < 0 ? number : rs.getLong(pkIndex + 1);
                String location = fid == number ? "feature " + number : "feature " + number + " (fid " + fid + ")";
                Geometry geometry = geometry(source, location, rs.getBytes(geometryIndex + 1), wkb);
                Map<String, Object> properties = new LinkedHashMap<>();
                for (int i = 0; i < n; i++) {
                    if (i != geometryIndex) properties.put(names[i], rs.getObject(i + 1));
                }
                out.add(new VectorFeature(number, geometry, Collections.unmodifiableMap(properties)));
            }
        }
        if (out.isEmpty()) throw InputException.of(source, "layer '" + table + "' has no features");
        return out;
    }

    /**
     * Decodes a GeoPackage geometry blob: "GP", version, flags (bit 0 byte order, bits 1–3
     * envelope kind, bit 4 empty, bit 5 extended type), srs_id (the layer's; not re-read), envelope,
     * then WKB.
     */
    static Geometry geometry(String source, String location, byte[] blob, WKBReader wkb) {
        if (blob == null) throw new InputException(source, location, "has a null geometry");
        if (blob.length < 8 || blob[0] != 'G' || blob[1] != 'P') {
            throw new InputException(source, location, "has an unreadable geometry (not a GeoPackage geometry blob)");
        }
        int flags = blob[3] & 0xFF;
        if ((flags & 0x20) != 0) {
            throw new InputException(source, location, "has an extended (non-standard) GeoPackage geometry type");
        }
        int envelopeBytes = switch ((flags >> 1) & 0x07) {
            case 0 -> 0;
            case 1 -> 32;
            case 2, 3 -> 48;
            case 4 -> 64;
            default -> -1;
        };
        if (envelopeBytes < 0 || blob.length < 8 + envelopeBytes) {
            throw new InputException(source, location, "has an unreadable geometry (invalid envelope flag)");
        }
        if ((flags & 0x10) != 0) throw new InputException(source, location, "has an empty geometry");
        byte[] body = new byte[blob.length - 8 - envelopeBytes];
        System.arraycopy(blob, 8 + envelopeBytes, body, 0, body.length);
        Geometry g;
        try {
            g = wkb.read(body);
        } catch (ParseException | RuntimeException e) {
            throw new InputException(source, location, "has an unreadable geometry: " + rootMessage(e));
        }
        if (g.isEmpty()) throw new InputException(source, location, "has an empty geometry");
        return g;
    }

    private static String primaryKey(Connection jdbc, String table) throws SQLException {
        try (Statement s = jdbc.createStatement(); ResultSet rs = s.executeQuery("PRAGMA table_info(" + quote(table) + ")")) {
            while (rs.next()) {
                if (rs.getInt("pk") == 1) return rs.getString("name");
            }
        }
        return null;
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        String m = t.getMessage();
        return m == null ? t.getClass().getSimpleName() : m.lines().findFirst().orElse(m).strip();
    }
}
