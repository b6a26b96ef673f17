package org.lifecircle.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2gis.functions.factory.H2GISFunctions;
import org.lifecircle.io.InputException;

/**
 * Connections to one workspace database and the transaction discipline of the store: every save
 * is one {@link #inTransaction} call, committed whole or rolled back whole. Opening migrates the
 * schema with Flyway (scripts in {@code db/migration}) and then, for H2, loads the H2GIS functions
 * once per database file (after the migration: Flyway refuses a first migration into a schema
 * that H2GIS has already filled with its aliases). Connections are reused from a small idle pool; for H2 one connection stays
 * open for the lifetime of the object so the embedded database is not closed between calls.
 */
public final class Database implements AutoCloseable {

    private static final int MAX_IDLE = 4;

    private final StoreLocation location;
    private final Deque<Connection> idle = new ArrayDeque<>();
    private Connection keeper;
    private boolean closed;

    private Database(StoreLocation location) {
        this.location = location;
    }

    /** Connects, creates the schema if needed and migrates it to the current version. */
    public static Database open(StoreLocation location) {
        Database db = new Database(location);
        try {
            db.keeper = db.connect();
            db.migrate();
            if (location.dialect() == Dialect.H2GIS) loadH2gisFunctions(db.keeper);
            return db;
        } catch (SQLException e) {
            db.close();
            throw new StoreException("cannot open the workspace store " + location + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    public Dialect dialect() {
        return location.dialect();
    }

    public StoreLocation location() {
        return location;
    }

    /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
    public <T> T inTransaction(SqlWork<T> work) {
        Connection c = borrow();
        boolean ok = false;
        try {
            c.setAutoCommit(false);
            T result = work.run(c);
            c.commit();
            ok = true;
            return result;
        } catch (SQLException e) {
            throw new StoreException("workspace store " + location + ": " + e.getMessage(), e);
        } finally {
            finish(c, ok);
        }
    }

    /** Runs read-only {@code work}; queries see committed data only. */
    public <T> T read(SqlWork<T> work) {
        return inTransaction(work);
    }

    /**
     * Writes the probe row ({@code store_probe}) and commits: empty when the store takes writes,
     * else why not, in words without server paths or SQL (anonymous clients read it on
     * {@code GET /api/health}). One small transaction.
     */
    public Optional<String> writeProblem() {
        try {
            inTransaction(c -> {
                try (PreparedStatement ps = c.prepareStatement("UPDATE store_probe SET checked_at = ? WHERE id = 1")) {
                    Timestamps.set(ps, 1, Timestamps.now());
                    return ps.executeUpdate();
                }
            });
            return Optional.empty();
        } catch (IllegalStateException e) {
            return Optional.of("the workspace store is closed");
        } catch (RuntimeException e) {
            return Optional.of(readOnly(e) ? "the workspace store is read-only: writes are refused"
                    : "the workspace store cannot be reached or does not take writes");
        }
    }

    /** True when a read-only database or session refused the write (PostgreSQL SQLSTATE 25006, H2 error 90097). */
    private static boolean readOnly(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && ("25006".equals(sql.getSQLState()) || sql.getErrorCode() == 90097)) return true;
        }
        return false;
    }

    private void migrate() {
        Flyway flyway = Flyway.configure(Database.class.getClassLoader())
                .dataSource(location.jdbcUrl(), location.properties().getProperty("user"),
                        location.properties().getProperty("password"))
                .locations("classpath:db/migration")
                .placeholders(location.dialect().placeholders())
                .schemas(location.schema() == null ? new String[0] : new String[] {location.schema()})
                .createSchemas(true)
                .load();
        try {
            flyway.migrate();
        } catch (FlywayException e) {
            throw new StoreException("cannot migrate the workspace schema in " + location + ": " + e.getMessage(), e);
        }
    }

    private static void loadH2gisFunctions(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT count(*) FROM INFORMATION_SCHEMA.ROUTINES WHERE ROUTINE_NAME = 'ST_GEOMFROMWKB'");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            if (rs.getInt(1) > 0) return;
        }
        H2GISFunctions.load(c);
    }

    private synchronized Connection borrow() {
        if (closed) throw new IllegalStateException("workspace store " + location + " is closed");
        Connection c = idle.pollFirst();
        if (c != null) return c;
        try {
            return connect();
        } catch (SQLException e) {
            throw new StoreException("cannot connect to the workspace store " + location + ": " + e.getMessage(), e);
        }
    }

    private void finish(Connection c, boolean committed) {
        boolean reusable = false;
        try {
            if (!committed) c.rollback();
            c.setAutoCommit(true);
            reusable = true;
        } catch (SQLException e) {
            reusable = false;
        }
        synchronized (this) {
            if (reusable && !closed && idle.size() < MAX_IDLE) {
                idle.addFirst(c);
                return;
            }
        }
        closeQuietly(c);
    }

    private Connection connect() throws SQLException {
        Connection c = connectRaw();
        if (location.dialect() == Dialect.POSTGIS) {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT set_config('search_path', ? || ', ' || current_setting('search_path'), false)")) {
                ps.setString(1, '"' + location.schema() + '"');
                ps.execute();
            }
        }
        return c;
    }

    private Connection connectRaw() throws SQLException {
        try {
            return DriverManager.getConnection(location.jdbcUrl(), location.properties());
        } catch (SQLException e) {
            if ("90020".equals(e.getSQLState())) {
                throw InputException.of(location.toString(),
                        "the workspace database is already open in another program (stop it or name another workspace)");
            }
            throw e;
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        for (Connection c : idle) closeQuietly(c);
        idle.clear();
        if (keeper != null) closeQuietly(keeper);
        keeper = null;
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // the connection is gone either way
        }
    }
}
