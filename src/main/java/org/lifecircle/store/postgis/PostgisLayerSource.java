package org.lifecircle.store.postgis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.lifecircle.io.InputException;

/**
 * An existing PostGIS table to read as a layer, as a project file names it:
 * <pre>
 * facilities:
 *   postgis: { table: planning.poi_elder_care, geometry: geom, id: gid,
 *              attributes: [type, name, area_m2, capacity], geometryType: point }
 * </pre>
 * {@code table} may carry a schema ({@code schema.table}; default {@code public});
 * {@code geometryType} (point, line, polygon; optional) is what the layer must hold. Every name is
 * validated as a {@link SqlIdentifier} here, before any SQL is built.
 */
public record PostgisLayerSource(SqlIdentifier schema, SqlIdentifier table, SqlIdentifier geometryColumn,
        SqlIdentifier idColumn, List<SqlIdentifier> attributeColumns, String geometryType, String source) {

    private static final Set<String> KEYS = Set.of("table", "geometry", "id", "attributes", "geometryType");
    private static final Set<String> GEOMETRY_TYPES = Set.of("point", "line", "polygon");

    public PostgisLayerSource {
        attributeColumns = List.copyOf(attributeColumns);
        if (geometryType != null && !GEOMETRY_TYPES.contains(geometryType)) {
            throw InputException.of(source, "geometryType '" + geometryType + "' is not one of " + GEOMETRY_TYPES);
        }
    }

    /** Checks every name; {@code source} names the project file entry in error messages. */
    public static PostgisLayerSource of(String source, String table, String geometryColumn, String idColumn,
            List<String> attributeColumns, String geometryType) {
        if (table == null || table.isEmpty()) throw InputException.of(source, "table is missing");
        String schema = "public";
        String name = table;
        int dot = table.indexOf('.');
        if (dot >= 0 && table.indexOf('.', dot + 1) < 0) {
            schema = table.substring(0, dot);
            name = table.substring(dot + 1);
        }
        List<SqlIdentifier> attributes = new ArrayList<>();
        for (String a : attributeColumns) attributes.add(SqlIdentifier.of(source, "attribute column", a));
        return new PostgisLayerSource(SqlIdentifier.of(source, "schema", schema), SqlIdentifier.of(source, "table", name),
                SqlIdentifier.of(source, "geometry column", geometryColumn), SqlIdentifier.of(source, "id column", idColumn),
                attributes, geometryType == null ? null : geometryType.toLowerCase(Locale.ROOT), source);
    }

    /** From the {@code postgis:} map of a project file entry; unknown keys are an error. */
    public static PostgisLayerSource fromProject(String source, Map<String, Object> entry) {
        for (String key : entry.keySet()) {
            if (!KEYS.contains(key)) throw InputException.of(source, "unknown key '" + key + "' (expected " + KEYS + ")");
        }
        List<String> attributes = new ArrayList<>();
        Object a = entry.get("attributes");
        if (a instanceof List<?> list) for (Object o : list) attributes.add(String.valueOf(o));
        else if (a != null) throw InputException.of(source, "attributes must be a list of column names");
        return of(source, text(entry.get("table")), text(entry.get("geometry")), text(entry.get("id")), attributes,
                text(entry.get("geometryType")));
    }

    private static String text(Object o) {
        return o == null ? null : o.toString();
    }

    public String qualifiedName() {
        return schema + "." + table;
    }
}
