package org.lifecircle.store.result;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lifecircle.io.InputException;
import org.lifecircle.store.Database;
import org.lifecircle.store.Json;
import org.lifecircle.store.Timestamps;

/**
 * Site-selection runs with their parameters and results; a run is saved whole in one
 * transaction and never changed afterwards. O(selected sites) per save and load.
 */
public final class SitingRunStore {

    private static final String SELECT = "SELECT id, project_id, scenario_id, facility_type, model, parameters, objective,"
            + " covered_weight, total_weight, lower_bound, upper_bound, gap, runtime_ms, created_at FROM siting_run";

    private final Database db;

    public SitingRunStore(Database db) {
        this.db = db;
    }

    public SitingRunRecord save(long projectId, SitingRun run) {
        return db.inTransaction(c -> {
            Instant now = Timestamps.now();
            long id;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO siting_run (project_id, scenario_id, facility_type,"
                    + " model, parameters, objective, covered_weight, total_weight, lower_bound, upper_bound, gap,"
                    + " runtime_ms, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setLong(1, projectId);
                if (run.scenarioId() == null) ps.setNull(2, Types.BIGINT);
                else ps.setLong(2, run.scenarioId());
                ps.setString(3, run.facilityType());
                ps.setString(4, run.model());
                ps.setString(5, Json.write(run.parameters()));
                ps.setDouble(6, run.objective());
                ps.setDouble(7, run.coveredWeight());
                ps.setDouble(8, run.totalWeight());
                setDouble(ps, 9, run.lowerBound());
                setDouble(ps, 10, run.upperBound());
                setDouble(ps, 11, run.gap());
                ps.setLong(12, run.runtimeMs());
                Timestamps.set(ps, 13, now);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO siting_selection (run_id, rank, candidate_id, lon, lat) VALUES (?, ?, ?, ?, ?)")) {
                for (int i = 0; i < run.selected().size(); i++) {
                    SelectedSite s = run.selected().get(i);
                    ps.setLong(1, id);
                    ps.setInt(2, i + 1);
                    ps.setString(3, s.candidateId());
                    ps.setDouble(4, s.lon());
                    ps.setDouble(5, s.lat());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return new SitingRunRecord(id, projectId, now, run);
        });
    }

    public SitingRunRecord get(long id) {
        return db.read(c -> {
            List<SitingRunRecord> found = query(c, SELECT + " WHERE id = ?", id);
            if (found.isEmpty()) throw InputException.of("siting run " + id, "no such run");
            return found.get(0);
        });
    }

    /** Runs of the project, oldest first. */
    public List<SitingRunRecord> list(long projectId) {
        return db.read(c -> query(c, SELECT + " WHERE project_id = ? ORDER BY id", projectId));
    }

    /** Runs made on the scenario, oldest first. */
    public List<SitingRunRecord> listForScenario(long scenarioId) {
        return db.read(c -> query(c, SELECT + " WHERE scenario_id = ? ORDER BY id", scenarioId));
    }

    public void delete(long id) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM siting_run WHERE id = ?")) {
                ps.setLong(1, id);
                return ps.executeUpdate();
            }
        });
    }

    private static List<SitingRunRecord> query(Connection c, String sql, long key) throws SQLException {
        List<SitingRunRecord> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    long scenario = rs.getLong(3);
                    Long scenarioId = rs.wasNull() ? null : scenario;
                    Map<String, Object> params = new LinkedHashMap<>(Json.readMap(rs.getString(6)));
                    SitingRun run = new SitingRun(scenarioId, rs.getString(4), rs.getString(5), params, List.of(),
                            rs.getDouble(7), rs.getDouble(8), rs.getDouble(9), nullable(rs, 10), nullable(rs, 11),
                            nullable(rs, 12), rs.getLong(13));
                    out.add(new SitingRunRecord(id, rs.getLong(2), Timestamps.get(rs, 14), run));
                }
            }
        }
        List<SitingRunRecord> withSites = new ArrayList<>(out.size());
        for (SitingRunRecord r : out) {
            SitingRun run = r.run();
            withSites.add(new SitingRunRecord(r.id(), r.projectId(), r.createdAt(), new SitingRun(run.scenarioId(),
                    run.facilityType(), run.model(), run.parameters(), selected(c, r.id()), run.objective(),
                    run.coveredWeight(), run.totalWeight(), run.lowerBound(), run.upperBound(), run.gap(),
                    run.runtimeMs())));
        }
        return withSites;
    }

    private static List<SelectedSite> selected(Connection c, long runId) throws SQLException {
        List<SelectedSite> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT candidate_id, lon, lat FROM siting_selection WHERE run_id = ? ORDER BY rank")) {
            ps.setLong(1, runId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(new SelectedSite(rs.getString(1), rs.getDouble(2), rs.getDouble(3)));
            }
        }
        return out;
    }

    private static void setDouble(PreparedStatement ps, int i, Double v) throws SQLException {
        if (v == null) ps.setNull(i, Types.DOUBLE);
        else ps.setDouble(i, v);
    }

    private static Double nullable(ResultSet rs, int i) throws SQLException {
        double v = rs.getDouble(i);
        return rs.wasNull() ? null : v;
    }
}
