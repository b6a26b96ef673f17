package org.lifecircle.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An independent travel-time reference: a line network loaded into PostGIS, vertices made from
 * line endpoints (coordinates rounded to 1e-7°), cost = spheroidal length
 * ({@code ST_Length(geom::geography)}), shortest paths by pgRouting's {@code pgr_dijkstraCost}
 * on the undirected graph. Nothing here uses LifeCircle's readers or graph.
 */
public final class PgRoutingReference {

    private final Connection connection;
    private final String table;

    private PgRoutingReference(Connection connection, String table) {
        this.connection = connection;
        this.table = table;
    }

    /** Loads a GeoJSON FeatureCollection of (Multi)LineStrings in WGS84, parsed by PostGIS itself. */
    public static PgRoutingReference fromGeoJson(Connection c, Path file, String table) throws SQLException, IOException {
        String json = Files.readString(file, StandardCharsets.UTF_8);
        try (Statement st = c.createStatement()) {
            st.execute("DROP TABLE IF EXISTS " + table + ", " + table + "_v");
        }
        try (PreparedStatement ps = c.prepareStatement("CREATE TABLE " + table + " AS"
                + " SELECT row_number() OVER () AS id, d.geom FROM ("
                + "  SELECT (ST_Dump(ST_SetSRID(ST_GeomFromGeoJSON(f->>'geometry'), 4326))).geom AS geom"
                + "  FROM json_array_elements(?::json->'features') f) d")) {
            ps.setString(1, json);
            ps.execute();
        }
        return build(c, table);
    }

    /** Loads lines given as WKT in lon/lat (e.g. the edges LifeCircle imported from OSM). */
    public static PgRoutingReference fromWkt(Connection c, List<String> wkt, String table) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("DROP TABLE IF EXISTS " + table + ", " + table + "_v");
            st.execute("CREATE TABLE " + table + " (id bigserial PRIMARY KEY, geom geometry(LineString, 4326))");
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO " + table + " (geom) VALUES (ST_GeomFromText(?, 4326))")) {
            for (String w : wkt) {
                ps.setString(1, w);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return build(c, table);
    }

    private static PgRoutingReference build(Connection c, String t) throws SQLException {
        String key = "round(ST_X(%1$s) * 1e7)::bigint || ',' || round(ST_Y(%1$s) * 1e7)::bigint";
        String startKey = String.format(key, "ST_StartPoint(geom)");
        String endKey = String.format(key, "ST_EndPoint(geom)");
        try (Statement st = c.createStatement()) {
            st.execute("ALTER TABLE " + t + " ADD COLUMN skey text, ADD COLUMN ekey text,"
                    + " ADD COLUMN source bigint, ADD COLUMN target bigint, ADD COLUMN cost float8");
            st.execute("UPDATE " + t + " SET skey = " + startKey + ", ekey = " + endKey
                    + ", cost = ST_Length(geom::geography)");
            st.execute("CREATE TABLE " + t + "_v AS SELECT row_number() OVER (ORDER BY k) AS id, k,"
                    + " split_part(k, ',', 1)::float8 / 1e7 AS lon, split_part(k, ',', 2)::float8 / 1e7 AS lat"
                    + " FROM (SELECT skey AS k FROM " + t + " UNION SELECT ekey FROM " + t + ") q");
            st.execute("UPDATE " + t + " e SET source = v.id FROM " + t + "_v v WHERE v.k = e.skey");
            st.execute("UPDATE " + t + " e SET target = v.id FROM " + t + "_v v WHERE v.k = e.ekey");
        }
        return new PgRoutingReference(c, t);
    }

    /** Vertex ids with their lon/lat, in id order: {@code [i] = {id, lon, lat}}. */
    public double[][] vertices() throws SQLException {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, lon, lat FROM " + table + "_v ORDER BY id")) {
            java.util.ArrayList<double[]> out = new java.util.ArrayList<>();
            while (rs.next()) out.add(new double[] {rs.getLong(1), rs.getDouble(2), rs.getDouble(3)});
            return out.toArray(new double[0][]);
        }
    }

    public int edgeCount() throws SQLException {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /**
     * Shortest-path metres between every pair (undirected); absent pairs are unreachable.
     * Key of the map: {@code fromVertex * 2^32 + toVertex}.
     */
    public Map<Long, Double> distancesMeters(long[] from, long[] to) throws SQLException {
        Map<Long, Double> out = new HashMap<>();
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT start_vid, end_vid, agg_cost FROM pgr_dijkstraCost("
                        + "'SELECT id, source, target, cost FROM " + table + "', ?::bigint[], ?::bigint[], directed := false)")) {
            Array a = connection.createArrayOf("bigint", box(from));
            Array b = connection.createArrayOf("bigint", box(to));
            ps.setArray(1, a);
            ps.setArray(2, b);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.put(pairKey(rs.getLong(1), rs.getLong(2)), rs.getDouble(3));
            }
        }
        return out;
    }

    /** Vertex id → number of vertices in its connected piece (pgRouting's {@code pgr_connectedComponents}). */
    public Map<Long, Integer> componentSizes() throws SQLException {
        Map<Long, Long> componentOf = new HashMap<>();
        Map<Long, Integer> size = new HashMap<>();
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT node, component FROM pgr_connectedComponents("
                     + "'SELECT id, source, target, cost, cost AS reverse_cost FROM " + table + "')")) {
            while (rs.next()) {
                componentOf.put(rs.getLong(1), rs.getLong(2));
                size.merge(rs.getLong(2), 1, Integer::sum);
            }
        }
        Map<Long, Integer> out = new HashMap<>();
        componentOf.forEach((v, c) -> out.put(v, size.get(c)));
        return out;
    }

    public static long pairKey(long from, long to) {
        return (from << 32) + to;
    }

    private static Long[] box(long[] v) {
        Long[] out = new Long[v.length];
        for (int i = 0; i < v.length; i++) out[i] = v[i];
        return out;
    }
}
