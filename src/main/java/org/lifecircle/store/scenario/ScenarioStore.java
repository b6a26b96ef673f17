package org.lifecircle.store.scenario;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lifecircle.io.InputException;
import org.lifecircle.scenario.AddFacility;
import org.lifecircle.scenario.ChangeCapacity;
import org.lifecircle.scenario.FacilityRecord;
import org.lifecircle.scenario.Modification;
import org.lifecircle.scenario.MoveFacility;
import org.lifecircle.scenario.RemoveFacility;
import org.lifecircle.scenario.Scenario;
import org.lifecircle.store.Database;
import org.lifecircle.store.StaleVersionException;
import org.lifecircle.store.StoreException;
import org.lifecircle.store.Timestamps;

/**
 * Scenarios of a project: a row with the baseline id and a version, and one row per modification
 * in order. Every edit names the version it was based on; the update is conditional on that
 * version ({@code UPDATE … WHERE version = ?}), so of two planners editing the same version
 * exactly one succeeds and the other gets a {@link StaleVersionException}, with nothing written.
 * Costs O(modifications) per save and load.
 */
public final class ScenarioStore {

    private static final String SELECT = "SELECT id, project_id, name, baseline_id, version, created_at, updated_at"
            + " FROM scenario";

    private final Database db;

    public ScenarioStore(Database db) {
        this.db = db;
    }

    /** Saves a new scenario at version 1; an {@link InputException} when the name is taken in the project. */
    public ScenarioRecord create(long projectId, String name, Scenario scenario) {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw InputException.of("scenario", "a scenario needs a name of 1 to 200 characters");
        }
        return db.inTransaction(c -> {
            if (find(c, projectId, name).isPresent()) {
                throw InputException.of("scenario '" + name + "'", "a scenario of that name exists in the project");
            }
            Instant now = Timestamps.now();
            long id;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO scenario (project_id, name, baseline_id, version,"
                    + " created_at, updated_at) VALUES (?, ?, ?, 1, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setLong(1, projectId);
                ps.setString(2, name);
                ps.setString(3, scenario.baselineId());
                Timestamps.set(ps, 4, now);
                Timestamps.set(ps, 5, now);
                try {
                    ps.executeUpdate();
                } catch (SQLException e) {
                    // a concurrent create of the same name committed between the check above and this insert
                    if (!"23505".equals(e.getSQLState())) throw e;
                    throw InputException.of("scenario '" + name + "'", "a scenario of that name exists in the project");
                }
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            insertModifications(c, id, scenario.modifications());
            return get(c, id);
        });
    }

    /**
     * Replaces the scenario's baseline and modifications; refused with a
     * {@link StaleVersionException} unless the saved version is still {@code basedOnVersion}.
     */
    public ScenarioRecord save(long id, long basedOnVersion, Scenario scenario) {
        return db.inTransaction(c -> {
            claim(c, id, basedOnVersion, scenario.baselineId());
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM scenario_modification WHERE scenario_id = ?")) {
                ps.setLong(1, id);
                ps.executeUpdate();
            }
            insertModifications(c, id, scenario.modifications());
            return get(c, id);
        });
    }

    /** Appends one modification; refused with a {@link StaleVersionException} unless the saved version is {@code basedOnVersion}. */
    public ScenarioRecord append(long id, long basedOnVersion, Modification modification) {
        return db.inTransaction(c -> {
            ScenarioRecord before = get(c, id);
            claim(c, id, basedOnVersion, before.scenario().baselineId());
            insertModification(c, id, before.scenario().modifications().size() + 1, modification);
            return get(c, id);
        });
    }

    public ScenarioRecord get(long id) {
        return db.read(c -> get(c, id));
    }

    public Optional<ScenarioRecord> find(long projectId, String name) {
        return db.read(c -> find(c, projectId, name));
    }

    public List<ScenarioRecord> list(long projectId) {
        return db.read(c -> {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM scenario WHERE project_id = ? ORDER BY name")) {
                ps.setLong(1, projectId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) ids.add(rs.getLong(1));
                }
            }
            List<ScenarioRecord> out = new ArrayList<>();
            for (long id : ids) out.add(get(c, id));
            return out;
        });
    }

    public void delete(long id) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM scenario WHERE id = ?")) {
                ps.setLong(1, id);
                return ps.executeUpdate();
            }
        });
    }

    /** Moves the version on by one if it is still {@code basedOnVersion}; the row stays locked until commit. */
    private static void claim(Connection c, long id, long basedOnVersion, String baselineId) throws SQLException {
        int updated;
        try (PreparedStatement ps = c.prepareStatement("UPDATE scenario SET version = version + 1, baseline_id = ?,"
                + " updated_at = ? WHERE id = ? AND version = ?")) {
            ps.setString(1, baselineId);
            Timestamps.set(ps, 2, Timestamps.now());
            ps.setLong(3, id);
            ps.setLong(4, basedOnVersion);
            updated = ps.executeUpdate();
        } catch (SQLException e) {
            if (!isWriteConflict(e)) throw e;
            updated = 0;
        }
        if (updated == 0) {
            ScenarioRecord current = get(c, id);
            throw new StaleVersionException("scenario '" + current.name() + "' (id " + id + ")", basedOnVersion,
                    current.version());
        }
    }

    /** H2 reports a row changed by a concurrent transaction as 90131, PostgreSQL under stricter isolation as 40001. */
    private static boolean isWriteConflict(SQLException e) {
        return "90131".equals(e.getSQLState()) || "40001".equals(e.getSQLState());
    }

    private static ScenarioRecord get(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) throw InputException.of("scenario " + id, "no such scenario");
                return read(c, rs);
            }
        }
    }

    private static Optional<ScenarioRecord> find(Connection c, long projectId, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE project_id = ? AND name = ?")) {
            ps.setLong(1, projectId);
            ps.setString(2, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(c, rs)) : Optional.empty();
            }
        }
    }

    private static ScenarioRecord read(Connection c, ResultSet rs) throws SQLException {
        long id = rs.getLong(1);
        Scenario scenario = new Scenario(rs.getString(4), modifications(c, id));
        return new ScenarioRecord(id, rs.getLong(2), rs.getString(3), rs.getLong(5), scenario, Timestamps.get(rs, 6),
                Timestamps.get(rs, 7));
    }

    private static List<Modification> modifications(Connection c, long scenarioId) throws SQLException {
        List<Modification> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT kind, facility_id, lon, lat, facility_type, name, area_m2,"
                + " capacity FROM scenario_modification WHERE scenario_id = ? ORDER BY position")) {
            ps.setLong(1, scenarioId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String kind = rs.getString(1);
                    String fid = rs.getString(2);
                    out.add(switch (kind) {
                        case "add" -> new AddFacility(new FacilityRecord(fid, rs.getDouble(3), rs.getDouble(4),
                                rs.getString(5), rs.getString(6), nullableDouble(rs, 7), nullableDouble(rs, 8)));
                        case "move" -> new MoveFacility(fid, rs.getDouble(3), rs.getDouble(4));
                        case "remove" -> new RemoveFacility(fid);
                        case "capacity" -> new ChangeCapacity(fid, rs.getDouble(8));
                        default -> throw new StoreException("scenario " + scenarioId + " has a modification of unknown kind '" + kind + "'");
                    });
                }
            }
        }
        return out;
    }

    private static void insertModifications(Connection c, long scenarioId, List<Modification> modifications)
            throws SQLException {
        for (int i = 0; i < modifications.size(); i++) insertModification(c, scenarioId, i + 1, modifications.get(i));
    }

    private static void insertModification(Connection c, long scenarioId, int position, Modification m) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO scenario_modification (scenario_id, position, kind,"
                + " facility_id, lon, lat, facility_type, name, area_m2, capacity) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, scenarioId);
            ps.setInt(2, position);
            ps.setString(3, m.kind());
            ps.setString(4, m.facilityId());
            Double lon = null, lat = null, area = null, capacity = null;
            String type = null, name = null;
            if (m instanceof AddFacility a) {
                FacilityRecord f = a.facility();
                lon = f.lon();
                lat = f.lat();
                type = f.type();
                name = f.name();
                area = f.areaM2();
                capacity = f.capacity();
            } else if (m instanceof MoveFacility mv) {
                lon = mv.lon();
                lat = mv.lat();
            } else if (m instanceof ChangeCapacity cc) {
                capacity = cc.capacity();
            }
            setDouble(ps, 5, lon);
            setDouble(ps, 6, lat);
            ps.setString(7, type);
            ps.setString(8, name);
            setDouble(ps, 9, area);
            setDouble(ps, 10, capacity);
            ps.executeUpdate();
        }
    }

    private static void setDouble(PreparedStatement ps, int i, Double v) throws SQLException {
        if (v == null) ps.setNull(i, Types.DOUBLE);
        else ps.setDouble(i, v);
    }

    private static Double nullableDouble(ResultSet rs, int i) throws SQLException {
        double v = rs.getDouble(i);
        return rs.wasNull() ? null : v;
    }
}
