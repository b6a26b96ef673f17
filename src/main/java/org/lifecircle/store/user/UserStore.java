package org.lifecircle.store.user;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.lifecircle.io.InputException;
import org.lifecircle.store.Database;
import org.lifecircle.store.StoreException;
import org.lifecircle.store.Timestamps;

/**
 * Users and API tokens of a workspace ({@code app_user}, {@code api_token}). Password hashing is
 * the caller's (this store only keeps the encoder's string); tokens are made here and kept as their
 * SHA-256 ({@link ApiTokens}). Every change is one transaction. A change that would take away the
 * last enabled admin is refused, so nobody can lock the admins out. A token check
 * ({@link #findToken}) is one lookup on the unique index of {@code token_sha256}.
 */
public final class UserStore {

    /** Letters (any script), digits and {@code . _ @ -}; no ':' (HTTP Basic's separator), no spaces. */
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}._@-]{1,64}");
    private static final String SELECT = "SELECT id, username, role, password_hash, created_at, disabled, must_change_password FROM app_user";
    private static final String SELECT_TOKEN = "SELECT t.id, u.username, t.label, t.created_at, t.last_used_at"
            + " FROM api_token t JOIN app_user u ON u.id = t.user_id";

    private final Database db;

    public UserStore(Database db) {
        this.db = db;
    }

    /** Adds a user; an {@link InputException} for a bad or taken name or an empty hash. */
    public User create(String name, Role role, String passwordHash) {
        checkName(name);
        checkHash(passwordHash);
        return db.inTransaction(c -> {
            if (find(c, name).isPresent()) throw InputException.of("user '" + name + "'", "a user of that name exists");
            return insert(c, name, role, passwordHash);
        });
    }

    /**
     * Adds {@code name} as the first user when the workspace has none; false (and nothing written)
     * when it has one already. Two servers starting on one PostGIS schema at once cannot both do it:
     * the second insert fails on the unique name and reads as "not first".
     */
    public boolean createFirst(String name, Role role, String passwordHash) {
        checkName(name);
        checkHash(passwordHash);
        try {
            return db.inTransaction(c -> {
                if (count(c) > 0) return false;
                insert(c, name, role, passwordHash);
                return true;
            });
        } catch (StoreException e) {
            if (count() > 0) return false;
            throw e;
        }
    }

    public long count() {
        return db.read(UserStore::count);
    }

    public Optional<User> find(String name) {
        if (name == null) return Optional.empty();
        return db.read(c -> find(c, name));
    }

    /** The user of that name; an {@link InputException} when there is none. */
    public User get(String name) {
        return find(name).orElseThrow(() -> InputException.of("user '" + name + "'", "no such user"));
    }

    public List<User> list() {
        return db.read(c -> {
            List<User> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(SELECT + " ORDER BY username");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(read(rs, 1));
            }
            return out;
        });
    }

    /**
     * Changes the role, password hash or disabled flag of a user (null leaves a field as it is); a
     * new password hash clears the must-change flag (every caller checks the rule first). Refused
     * when it would leave no enabled admin.
     */
    public User update(String name, Role roleOrNull, String passwordHashOrNull, Boolean disabledOrNull) {
        if (passwordHashOrNull != null) checkHash(passwordHashOrNull);
        return db.inTransaction(c -> {
            User before = find(c, name).orElseThrow(() -> InputException.of("user '" + name + "'", "no such user"));
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE app_user SET role = ?, password_hash = ?, disabled = ?, must_change_password = ? WHERE id = ?")) {
                ps.setString(1, (roleOrNull == null ? before.role() : roleOrNull).name());
                ps.setString(2, passwordHashOrNull == null ? before.passwordHash() : passwordHashOrNull);
                ps.setBoolean(3, disabledOrNull == null ? before.disabled() : disabledOrNull);
                ps.setBoolean(4, passwordHashOrNull == null && before.mustChangePassword());
                ps.setLong(5, before.id());
                ps.executeUpdate();
            }
            boolean wasEnabledAdmin = before.role() == Role.ADMIN && !before.disabled();
            if (wasEnabledAdmin && enabledAdmins(c) == 0) {
                throw InputException.of("user '" + name + "'", "this change would leave the workspace without an enabled admin");
            }
            return find(c, name).orElseThrow();
        });
    }

    /** Marks the user as having to change the password before doing anything else; false when there is no such user. */
    public boolean requirePasswordChange(String name) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE app_user SET must_change_password = TRUE WHERE username = ?")) {
                ps.setString(1, name);
                return ps.executeUpdate() > 0;
            }
        });
    }

    /** Issues a new token for the user; the returned text is the only copy of it. */
    public IssuedToken issueToken(String name, String label) {
        if (label != null && label.length() > 200) throw InputException.of("label", "is longer than 200 characters");
        String token = ApiTokens.newToken();
        return db.inTransaction(c -> {
            User user = find(c, name).orElseThrow(() -> InputException.of("user '" + name + "'", "no such user"));
            Instant now = Timestamps.now();
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO api_token (user_id, token_sha256, label, created_at)"
                    + " VALUES (?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setLong(1, user.id());
                ps.setString(2, ApiTokens.sha256Hex(token));
                ps.setString(3, label);
                Timestamps.set(ps, 4, now);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return new IssuedToken(new TokenInfo(keys.getLong(1), user.name(), label, now, null), user.role(), token);
                }
            }
        });
    }

    /** The tokens of one user (or of everyone when {@code nameOrNull} is null), oldest first. */
    public List<TokenInfo> tokens(String nameOrNull) {
        return db.read(c -> {
            List<TokenInfo> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(SELECT_TOKEN
                    + (nameOrNull == null ? "" : " WHERE u.username = ?") + " ORDER BY t.id")) {
                if (nameOrNull != null) ps.setString(1, nameOrNull);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new TokenInfo(rs.getLong(1), rs.getString(2), rs.getString(3), Timestamps.get(rs, 4),
                                Timestamps.get(rs, 5)));
                    }
                }
            }
            return out;
        });
    }

    /** Deletes the token; false when there was none with that id. */
    public boolean revokeToken(long id) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM api_token WHERE id = ?")) {
                ps.setLong(1, id);
                return ps.executeUpdate() > 0;
            }
        });
    }

    /** The token and user for a presented token text, if the workspace has issued it and not revoked it. */
    public Optional<TokenOwner> findToken(String token) {
        if (token == null || token.isEmpty() || token.length() > 200) return Optional.empty();
        String sha = ApiTokens.sha256Hex(token);
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT t.id, t.last_used_at, u.id, u.username, u.role,"
                    + " u.password_hash, u.created_at, u.disabled, u.must_change_password FROM api_token t JOIN app_user u ON u.id = t.user_id"
                    + " WHERE t.token_sha256 = ?")) {
                ps.setString(1, sha);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) return Optional.empty();
                    return Optional.of(new TokenOwner(rs.getLong(1), Timestamps.get(rs, 2), read(rs, 3)));
                }
            }
        });
    }

    /** Records that the token was used at {@code at}. */
    public void markUsed(long tokenId, Instant at) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE api_token SET last_used_at = ? WHERE id = ?")) {
                Timestamps.set(ps, 1, at);
                ps.setLong(2, tokenId);
                return ps.executeUpdate();
            }
        });
    }

    private static User insert(Connection c, String name, Role role, String passwordHash) throws SQLException {
        Instant now = Timestamps.now();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO app_user (username, role, password_hash, created_at,"
                + " disabled) VALUES (?, ?, ?, ?, FALSE)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, name);
            ps.setString(2, role.name());
            ps.setString(3, passwordHash);
            Timestamps.set(ps, 4, now);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return new User(keys.getLong(1), name, role, passwordHash, now, false, false);
            }
        }
    }

    private static long count(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM app_user");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long enabledAdmins(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM app_user WHERE role = 'ADMIN' AND NOT disabled");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Optional<User> find(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE username = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs, 1)) : Optional.empty();
            }
        }
    }

    private static User read(ResultSet rs, int from) throws SQLException {
        return new User(rs.getLong(from), rs.getString(from + 1), Role.valueOf(rs.getString(from + 2)),
                rs.getString(from + 3), Timestamps.get(rs, from + 4), rs.getBoolean(from + 5), rs.getBoolean(from + 6));
    }

    private static void checkName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw InputException.of("user '" + name + "'", "a user name is 1 to 64 letters, digits or . _ @ - (no spaces)");
        }
    }

    private static void checkHash(String passwordHash) {
        if (passwordHash == null || passwordHash.isBlank()) throw new IllegalArgumentException("no password hash");
    }
}
