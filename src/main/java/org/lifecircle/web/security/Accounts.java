package org.lifecircle.web.security;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.lifecircle.io.InputException;
import org.lifecircle.store.Timestamps;
import org.lifecircle.store.user.ApiTokens;
import org.lifecircle.store.user.IssuedToken;
import org.lifecircle.store.user.Role;
import org.lifecircle.store.user.TokenOwner;
import org.lifecircle.store.user.User;
import org.lifecircle.store.user.UserStore;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Who may come in: password checks, bearer-token checks and the admin's changes to users and
 * tokens, over the workspace's {@link UserStore}.
 *
 * <p>IMPLEMENTATION NOTE: a token check runs on every API request (the load test drives thousands
 * a second), so known tokens and users are cached in memory for {@link #CACHE_TTL}: a hit is one
 * SHA-256 and one hash-map lookup, a miss one indexed query. Every change made through this class
 * (role, password, disabled, revoke) clears the caches at once; a change made by another process on
 * a shared PostGIS store (the {@code user} command) takes effect within the TTL. Unknown tokens are
 * not cached, so a flood of random tokens cannot fill memory; the cache is also cleared when it
 * grows past {@link #CACHE_LIMIT}. {@code last_used_at} is written at most once per TTL per token.
 *
 * <p>Password checks go through a {@link SignInThrottle}: a locked account is refused after the
 * same hash work as a wrong password. A right password that breaks today's rule
 * ({@link Passwords#problem}) marks the user as having to change it.
 */
public final class Accounts {

    static final Duration CACHE_TTL = Duration.ofSeconds(10);
    static final int CACHE_LIMIT = 10_000;

    private final UserStore users;
    private final PasswordEncoder encoder;
    private final SignInThrottle throttle;
    /** A hash of a random password: unknown user names are checked against it so they take as long as known ones. */
    private final String decoyHash;
    private final ConcurrentHashMap<String, Cached> byTokenSha = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Cached> byName = new ConcurrentHashMap<>();
    /** Bumped by every change: a lookup that started before a change does not cache its (stale) answer. */
    private final AtomicLong generation = new AtomicLong();

    private record Cached(Account account, long expiresNanos) {
        boolean fresh() {
            return System.nanoTime() - expiresNanos < 0;
        }
    }

    /** With the default sign-in throttle (as the command line and tests use it). */
    public Accounts(UserStore users, PasswordEncoder encoder) {
        this(users, encoder, new SignInThrottle(SignInThrottle.DEFAULTS));
    }

    public Accounts(UserStore users, PasswordEncoder encoder, SignInThrottle throttle) {
        this.users = users;
        this.encoder = encoder;
        this.throttle = throttle;
        this.decoyHash = encoder.encode(Passwords.random());
    }

    /**
     * The enabled user with that name and password, or empty (unknown name, wrong password,
     * disabled, or the account is locked by the {@link SignInThrottle}: all take the same time).
     */
    public Optional<Account> checkPassword(String name, String password) {
        if (name == null || password == null || password.length() > Passwords.MAX_LENGTH) return Optional.empty();
        boolean locked = throttle.locked(name);
        Optional<User> user = users.find(name);
        boolean right;
        if (user.isEmpty()) {
            encoder.matches(password, decoyHash);
            right = false;
        } else {
            right = encoder.matches(password, user.get().passwordHash()) && !user.get().disabled();
        }
        if (locked) return Optional.empty();
        if (!right) {
            throttle.failed(name);
            return Optional.empty();
        }
        throttle.succeeded(name);
        User u = user.get();
        if (!u.mustChangePassword() && Passwords.problem(password, name).isPresent()) {
            users.requirePasswordChange(name);
            invalidate();
            return Optional.of(new Account(u.name(), u.role(), true));
        }
        return Optional.of(account(u));
    }

    /**
     * Changes the user's own password after checking the current one (through the throttle, like a
     * sign-in); clears the must-change flag. An {@link InputException} when the current password is
     * wrong or the new one breaks the rule.
     */
    public Account changeOwnPassword(String name, String currentPassword, String newPassword) {
        if (checkPassword(name, currentPassword).isEmpty()) {
            throw InputException.of("currentPassword", "the current password is wrong");
        }
        if (newPassword != null && newPassword.equals(currentPassword)) {
            throw InputException.of("newPassword", "the new password must differ from the current one");
        }
        Passwords.check("newPassword", newPassword, name);
        User u = users.update(name, null, encoder.encode(newPassword), null);
        invalidate();
        return account(u);
    }

    /** The enabled user owning this bearer token, or empty when it is unknown, revoked or its user disabled. */
    public Optional<Account> checkToken(String token) {
        if (token == null || token.isEmpty() || token.length() > 200) return Optional.empty();
        String sha = ApiTokens.sha256Hex(token);
        Cached hit = byTokenSha.get(sha);
        if (hit != null && hit.fresh()) return Optional.ofNullable(hit.account());
        long seen = generation.get();
        Optional<TokenOwner> owner = users.findToken(token);
        if (owner.isEmpty()) {
            byTokenSha.remove(sha);
            return Optional.empty();
        }
        TokenOwner o = owner.get();
        Account account = o.user().disabled() ? null : account(o.user());
        Instant now = Timestamps.now();
        if (account != null && (o.lastUsedAt() == null || o.lastUsedAt().isBefore(now.minus(CACHE_TTL)))) {
            users.markUsed(o.tokenId(), now);
        }
        put(byTokenSha, sha, account, seen);
        return Optional.ofNullable(account);
    }

    /** The current state of a signed-in user (for browser sessions): empty when deleted or disabled. */
    public Optional<Account> current(String name) {
        Cached hit = byName.get(name);
        if (hit != null && hit.fresh()) return Optional.ofNullable(hit.account());
        long seen = generation.get();
        Account account = users.find(name).filter(u -> !u.disabled()).map(Accounts::account).orElse(null);
        put(byName, name, account, seen);
        return Optional.ofNullable(account);
    }

    public List<User> list() {
        return users.list();
    }

    public User get(String name) {
        return users.get(name);
    }

    public User create(String name, Role role, String password) {
        Passwords.check("password", password, name);
        User u = users.create(name, role, encoder.encode(password));
        invalidate();
        return u;
    }

    /** Changes role, password or disabled flag (null keeps it); the change applies to the user's tokens and sessions at once. */
    public User update(String name, Role role, String password, Boolean disabled) {
        if (password != null) Passwords.check("password", password, name);
        User u = users.update(name, role, password == null ? null : encoder.encode(password), disabled);
        invalidate();
        return u;
    }

    public IssuedToken issueToken(String name, String label) {
        return users.issueToken(name, label);
    }

    public boolean revokeToken(long id) {
        boolean revoked = users.revokeToken(id);
        invalidate();
        return revoked;
    }

    public UserStore store() {
        return users;
    }

    /** Forgets every cached token and user, so the next request reads the store. */
    public void invalidate() {
        generation.incrementAndGet();
        byTokenSha.clear();
        byName.clear();
    }

    private static Account account(User u) {
        return new Account(u.name(), u.role(), u.mustChangePassword());
    }

    private void put(ConcurrentHashMap<String, Cached> cache, String key, Account account, long seenGeneration) {
        if (cache.size() >= CACHE_LIMIT) cache.clear();
        cache.put(key, new Cached(account, System.nanoTime() + CACHE_TTL.toNanos()));
        if (generation.get() != seenGeneration) cache.remove(key);
    }
}
