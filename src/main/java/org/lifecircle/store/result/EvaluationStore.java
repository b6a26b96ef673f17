package org.lifecircle.store.result;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lifecircle.io.InputException;
import org.lifecircle.store.Database;
import org.lifecircle.store.Packed;
import org.lifecircle.store.Timestamps;

/**
 * Evaluation results per scenario: summary rows per facility type and admin unit, per-cell
 * seconds packed into one binary value per type. Saved whole in one transaction. O(cells × types).
 */
public final class EvaluationStore {

    private final Database db;

    public EvaluationStore(Database db) {
        this.db = db;
    }

    public EvaluationRecord save(long scenarioId, Evaluation evaluation) {
        return db.inTransaction(c -> {
            Instant now = Timestamps.now();
            long id;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO evaluation (scenario_id, scenario_version,"
                    + " travel_mode, cells_layer, created_at) VALUES (?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setLong(1, scenarioId);
                ps.setLong(2, evaluation.scenarioVersion());
                ps.setString(3, evaluation.travelMode());
                ps.setString(4, evaluation.cellsLayer());
                Timestamps.set(ps, 5, now);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO evaluation_type (evaluation_id, facility_type,"
                    + " minutes, population, covered, cell_count, cell_seconds) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                for (TypeCoverage t : evaluation.types()) {
                    ps.setLong(1, id);
                    ps.setString(2, t.facilityType());
                    ps.setDouble(3, t.minutes());
                    ps.setDouble(4, t.population());
                    ps.setDouble(5, t.covered());
                    ps.setInt(6, t.cellSeconds().length);
                    ps.setBytes(7, Packed.ints(t.cellSeconds()));
                    ps.executeUpdate();
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO evaluation_unit (evaluation_id, facility_type,"
                    + " unit_id, population, covered) VALUES (?, ?, ?, ?, ?)")) {
                for (UnitCoverage u : evaluation.units()) {
                    ps.setLong(1, id);
                    ps.setString(2, u.facilityType());
                    ps.setString(3, u.unitId());
                    ps.setDouble(4, u.population());
                    ps.setDouble(5, u.covered());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return new EvaluationRecord(id, scenarioId, now, evaluation);
        });
    }

    public EvaluationRecord get(long id) {
        return db.read(c -> load(c, id).orElseThrow(() -> InputException.of("evaluation " + id, "no such evaluation")));
    }

    /** The most recent evaluation of the scenario, if any. */
    public Optional<EvaluationRecord> latest(long scenarioId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT max(id) FROM evaluation WHERE scenario_id = ?")) {
                ps.setLong(1, scenarioId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    long id = rs.getLong(1);
                    return rs.wasNull() ? Optional.<EvaluationRecord>empty() : load(c, id);
                }
            }
        });
    }

    /** Ids of the scenario's evaluations, oldest first. */
    public List<Long> list(long scenarioId) {
        return db.read(c -> {
            List<Long> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM evaluation WHERE scenario_id = ? ORDER BY id")) {
                ps.setLong(1, scenarioId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.add(rs.getLong(1));
                }
            }
            return out;
        });
    }

    private static Optional<EvaluationRecord> load(Connection c, long id) throws SQLException {
        long scenarioId;
        long version;
        String mode;
        String cells;
        Instant created;
        try (PreparedStatement ps = c.prepareStatement("SELECT scenario_id, scenario_version, travel_mode, cells_layer,"
                + " created_at FROM evaluation WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) return Optional.empty();
                scenarioId = rs.getLong(1);
                version = rs.getLong(2);
                mode = rs.getString(3);
                cells = rs.getString(4);
                created = Timestamps.get(rs, 5);
            }
        }
        List<TypeCoverage> types = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT facility_type, minutes, population, covered, cell_seconds"
                + " FROM evaluation_type WHERE evaluation_id = ? ORDER BY facility_type")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    types.add(new TypeCoverage(rs.getString(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4),
                            Packed.ints(rs.getBytes(5))));
                }
            }
        }
        List<UnitCoverage> units = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT facility_type, unit_id, population, covered"
                + " FROM evaluation_unit WHERE evaluation_id = ? ORDER BY facility_type, unit_id")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    units.add(new UnitCoverage(rs.getString(1), rs.getString(2), rs.getDouble(3), rs.getDouble(4)));
                }
            }
        }
        return Optional.of(new EvaluationRecord(id, scenarioId, created, new Evaluation(version, mode, cells, types, units)));
    }
}
