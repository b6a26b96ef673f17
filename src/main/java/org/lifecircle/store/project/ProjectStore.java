package org.lifecircle.store.project;

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
import org.lifecircle.store.StaleVersionException;
import org.lifecircle.store.StoreException;
import org.lifecircle.store.Timestamps;

/** Projects of a workspace. Every change is one transaction; updates carry the version they were based on. */
public final class ProjectStore {

    private static final String SELECT = "SELECT id, name, definition, version, created_at, updated_at FROM project";

    private final Database db;

    public ProjectStore(Database db) {
        this.db = db;
    }

    /** Creates a project; an {@link InputException} when the name is taken. */
    public Project create(String name, String definition) {
        checkName(name);
        return db.inTransaction(c -> {
            if (find(c, name).isPresent()) throw InputException.of("project '" + name + "'", "a project of that name exists");
            Instant now = Timestamps.now();
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO project (name, definition, version, created_at,"
                    + " updated_at) VALUES (?, ?, 1, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, name);
                ps.setString(2, definition == null ? "" : definition);
                Timestamps.set(ps, 3, now);
                Timestamps.set(ps, 4, now);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return new Project(keys.getLong(1), name, definition == null ? "" : definition, 1, now, now);
                }
            }
        });
    }

    /**
     * The project of that name, created with {@code definition} when it does not exist yet. Safe
     * when several callers race to create it: the loser of the insert reads the winner's row.
     */
    public Project findOrCreate(String name, String definition) {
        Optional<Project> found = find(name);
        if (found.isPresent()) return found.get();
        try {
            return create(name, definition);
        } catch (InputException | StoreException e) {
            return find(name).orElseThrow(() -> e);
        }
    }

    public Optional<Project> find(String name) {
        return db.read(c -> find(c, name));
    }

    public Project get(long id) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) throw InputException.of("project " + id, "no such project");
                    return read(rs);
                }
            }
        });
    }

    public List<Project> list() {
        return db.read(c -> {
            List<Project> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(SELECT + " ORDER BY name");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(read(rs));
            }
            return out;
        });
    }

    /** Replaces the definition; refused with {@link StaleVersionException} when the project changed since {@code basedOnVersion}. */
    public Project updateDefinition(long id, long basedOnVersion, String definition) {
        return db.inTransaction(c -> {
            Instant now = Timestamps.now();
            try (PreparedStatement ps = c.prepareStatement("UPDATE project SET definition = ?, version = version + 1,"
                    + " updated_at = ? WHERE id = ? AND version = ?")) {
                ps.setString(1, definition);
                Timestamps.set(ps, 2, now);
                ps.setLong(3, id);
                ps.setLong(4, basedOnVersion);
                if (ps.executeUpdate() == 0) {
                    Project current = get(c, id);
                    throw new StaleVersionException("project '" + current.name() + "' (id " + id + ")", basedOnVersion,
                            current.version());
                }
            }
            return get(c, id);
        });
    }

    /** Deletes the project with its layers, scenarios, runs and evaluations. */
    public void delete(long id) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM project WHERE id = ?")) {
                ps.setLong(1, id);
                return ps.executeUpdate();
            }
        });
    }

    private static Project get(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) throw InputException.of("project " + id, "no such project");
                return read(rs);
            }
        }
    }

    private static Optional<Project> find(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    private static Project read(ResultSet rs) throws SQLException {
        return new Project(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), Timestamps.get(rs, 5),
                Timestamps.get(rs, 6));
    }

    private static void checkName(String name) {
        if (name == null || name.isBlank()) throw InputException.of("project", "a project needs a name");
        if (name.length() > 200) throw InputException.of("project '" + name + "'", "name longer than 200 characters");
    }
}
