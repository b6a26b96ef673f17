package org.lifecircle.store.layer;

import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lifecircle.io.InputException;
import org.lifecircle.store.Database;
import org.lifecircle.store.Json;
import org.lifecircle.store.Packed;
import org.lifecircle.store.StoreException;
import org.lifecircle.store.Timestamps;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;

/**
 * Imported layers of a project: vector layers (one row per feature, geometry in WGS84, passed as
 * EWKB through {@code CAST(? AS GEOMETRY)} / {@code CAST(geom AS BYTEA)}, which both engines
 * convert natively and many times faster than H2GIS's {@code ST_GeomFromWKB} alias; attributes as
 * a JSON object) and population grids (metadata plus packed cell arrays). A layer
 * is saved whole in one transaction, replacing any layer of the same name in the project; a
 * failure leaves the previous layer as it was. Saving and loading cost O(features).
 */
public final class LayerStore {

    static final int WGS84 = 4326;
    private static final int BATCH = 1000;
    private static final TypeReference<List<Attribute>> ATTRIBUTES = new TypeReference<>() { };

    private final Database db;
    private final GeometryFactory geometries = new GeometryFactory(new PrecisionModel(), WGS84);

    public LayerStore(Database db) {
        this.db = db;
    }

    /** Saves {@code layer} in the project, replacing the layer of that name if there is one. */
    public LayerInfo save(long projectId, Layer layer) {
        return db.inTransaction(c -> {
            long id = insertLayer(c, projectId, layer.name(), layer.kind(), layer.source(), layer.sourceCrs(),
                    layer.attributes(), layer.size());
            insertFeatures(c, id, layer.features());
            return info(c, id).orElseThrow();
        });
    }

    /** Saves a population grid as a layer of kind {@link LayerKind#POPULATION_GRID}, replacing one of that name. */
    public LayerInfo saveGrid(long projectId, String name, String source, PopulationGrid grid) {
        return db.inTransaction(c -> {
            long id = insertLayer(c, projectId, name, LayerKind.POPULATION_GRID, source, grid.crs(), List.of(),
                    grid.cellCount());
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO population_grid (layer_id, crs, origin_x, origin_y,"
                    + " cell_width, cell_height, column_count, row_count, cell_count, cell_index)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setLong(1, id);
                ps.setString(2, grid.crs());
                ps.setDouble(3, grid.originX());
                ps.setDouble(4, grid.originY());
                ps.setDouble(5, grid.cellWidth());
                ps.setDouble(6, grid.cellHeight());
                ps.setInt(7, grid.columns());
                ps.setInt(8, grid.rows());
                ps.setInt(9, grid.cellCount());
                ps.setBytes(10, Packed.ints(grid.cellIndex()));
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO population_band (layer_id, position, name, cell_values) VALUES (?, ?, ?, ?)")) {
                for (int b = 0; b < grid.bandNames().size(); b++) {
                    ps.setLong(1, id);
                    ps.setInt(2, b);
                    ps.setString(3, grid.bandNames().get(b));
                    ps.setBytes(4, Packed.doubles(grid.bandValues()[b]));
                    ps.executeUpdate();
                }
            }
            return info(c, id).orElseThrow();
        });
    }

    public List<LayerInfo> list(long projectId) {
        return db.read(c -> {
            List<LayerInfo> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(SELECT_INFO + " WHERE project_id = ? ORDER BY name")) {
                ps.setLong(1, projectId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.add(info(rs));
                }
            }
            return out;
        });
    }

    public Optional<LayerInfo> find(long projectId, String name) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT_INFO + " WHERE project_id = ? AND name = ?")) {
                ps.setLong(1, projectId);
                ps.setString(2, name);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(info(rs)) : Optional.empty();
                }
            }
        });
    }

    /** The layer named {@code name} of the project; an {@link InputException} when there is none. */
    public Layer get(long projectId, String name) {
        LayerInfo info = find(projectId, name)
                .orElseThrow(() -> InputException.of("layer '" + name + "'", "no such layer in project " + projectId));
        return load(info.id());
    }

    /** The whole vector layer with this id, features in number order. */
    public Layer load(long layerId) {
        return db.read(c -> {
            LayerInfo info = info(c, layerId).orElseThrow(() -> new StoreException("no layer with id " + layerId));
            List<Feature> features = new ArrayList<>(info.featureCount());
            try (PreparedStatement ps = c.prepareStatement("SELECT number, fid, CAST(geom AS BYTEA), properties"
                    + " FROM layer_feature WHERE layer_id = ? ORDER BY number")) {
                ps.setFetchSize(BATCH);
                ps.setLong(1, layerId);
                readFeatures(ps, features);
            }
            return new Layer(info.name(), info.kind(), info.source(), info.sourceCrs(), info.attributes(), features);
        });
    }

    /**
     * Features of the layer whose bounding box meets {@code lonLatBox}, in number order. The
     * spatial index answers {@code &&} with float-rounded boxes (PostGIS widens them outwards), so
     * candidates are checked again here with exact double envelopes.
     */
    public List<Feature> features(long layerId, Envelope lonLatBox) {
        return db.read(c -> {
            List<Feature> features = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT number, fid, CAST(geom AS BYTEA), properties"
                    + " FROM layer_feature WHERE layer_id = ? AND geom && ST_MakeEnvelope(?, ?, ?, ?, 4326)"
                    + " ORDER BY number")) {
                ps.setLong(1, layerId);
                ps.setDouble(2, lonLatBox.getMinX());
                ps.setDouble(3, lonLatBox.getMinY());
                ps.setDouble(4, lonLatBox.getMaxX());
                ps.setDouble(5, lonLatBox.getMaxY());
                readFeatures(ps, features);
            }
            features.removeIf(f -> !f.geometry().getEnvelopeInternal().intersects(lonLatBox));
            return features;
        });
    }

    public PopulationGrid loadGrid(long layerId) {
        return db.read(c -> {
            PopulationGrid grid;
            try (PreparedStatement ps = c.prepareStatement("SELECT crs, origin_x, origin_y, cell_width, cell_height,"
                    + " column_count, row_count, cell_index FROM population_grid WHERE layer_id = ?")) {
                ps.setLong(1, layerId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) throw new StoreException("layer " + layerId + " is not a population grid");
                    String crs = rs.getString(1);
                    double ox = rs.getDouble(2), oy = rs.getDouble(3), w = rs.getDouble(4), h = rs.getDouble(5);
                    int cols = rs.getInt(6), rows = rs.getInt(7);
                    int[] cells = Packed.ints(rs.getBytes(8));
                    List<String> names = new ArrayList<>();
                    List<double[]> values = new ArrayList<>();
                    try (PreparedStatement bands = c.prepareStatement(
                            "SELECT name, cell_values FROM population_band WHERE layer_id = ? ORDER BY position")) {
                        bands.setLong(1, layerId);
                        try (ResultSet b = bands.executeQuery()) {
                            while (b.next()) {
                                names.add(b.getString(1));
                                values.add(Packed.doubles(b.getBytes(2)));
                            }
                        }
                    }
                    grid = new PopulationGrid(crs, ox, oy, w, h, cols, rows, cells, names, values.toArray(new double[0][]));
                }
            }
            return grid;
        });
    }

    public void delete(long layerId) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM layer WHERE id = ?")) {
                ps.setLong(1, layerId);
                return ps.executeUpdate();
            }
        });
    }

    private long insertLayer(Connection c, long projectId, String name, LayerKind kind, String source, String crs,
            List<Attribute> attributes, int count) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM layer WHERE project_id = ? AND name = ?")) {
            ps.setLong(1, projectId);
            ps.setString(2, name);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO layer (project_id, name, kind, source, source_crs,"
                + " attributes, feature_count, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, projectId);
            ps.setString(2, name);
            ps.setString(3, kind.name());
            ps.setString(4, source);
            ps.setString(5, crs);
            ps.setString(6, Json.write(attributes));
            ps.setInt(7, count);
            Timestamps.set(ps, 8, Timestamps.now());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static void insertFeatures(Connection c, long layerId, List<Feature> features) throws SQLException {
        WKBWriter wkb = new WKBWriter(2, true);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO layer_feature (layer_id, number, fid, geom, properties)"
                + " VALUES (?, ?, ?, CAST(? AS GEOMETRY), ?)")) {
            int pending = 0;
            for (Feature f : features) {
                ps.setLong(1, layerId);
                ps.setInt(2, f.number());
                ps.setString(3, f.id());
                ps.setBytes(4, f.geometry() == null ? null : wkb.write(withSrid(f.geometry())));
                ps.setString(5, Json.write(f.properties()));
                ps.addBatch();
                if (++pending == BATCH) {
                    ps.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) ps.executeBatch();
        }
    }

    private static Geometry withSrid(Geometry g) {
        if (g.getSRID() == WGS84) return g;
        Geometry copy = g.copy();
        copy.setSRID(WGS84);
        return copy;
    }

    private void readFeatures(PreparedStatement ps, List<Feature> out) throws SQLException {
        WKBReader wkb = new WKBReader(geometries);
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                byte[] g = rs.getBytes(3);
                Geometry geometry;
                try {
                    geometry = g == null ? null : wkb.read(g);
                } catch (ParseException e) {
                    throw new StoreException("stored geometry of feature " + rs.getInt(1) + " is damaged", e);
                }
                Map<String, Object> props = Json.readMap(rs.getString(4));
                out.add(new Feature(rs.getInt(1), rs.getString(2), geometry, props));
            }
        }
    }

    private static final String SELECT_INFO = "SELECT id, project_id, name, kind, source, source_crs, attributes,"
            + " feature_count, created_at FROM layer";

    private static Optional<LayerInfo> info(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT_INFO + " WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(info(rs)) : Optional.empty();
            }
        }
    }

    private static LayerInfo info(ResultSet rs) throws SQLException {
        Instant created = Timestamps.get(rs, 9);
        return new LayerInfo(rs.getLong(1), rs.getLong(2), rs.getString(3), LayerKind.valueOf(rs.getString(4)),
                rs.getString(5), rs.getString(6), Json.read(rs.getString(7), ATTRIBUTES), rs.getInt(8), created);
    }
}
