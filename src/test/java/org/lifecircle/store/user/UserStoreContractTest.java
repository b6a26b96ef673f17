package org.lifecircle.store.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lifecircle.io.InputException;
import org.lifecircle.store.StoreLocation;
import org.lifecircle.store.Workspace;

/**
 * FEATURE UNDER TEST: users and API tokens in the workspace, written once and run on both engines
 * (H2GIS file and PostGIS, see the subclasses): names and roles checked, tokens random and kept
 * only as their SHA-256 (compared with the JDK's digest), revocation, the last-admin guard, the
 * first-user insert under a race, and everything surviving a restart.
 */
abstract class UserStoreContractTest {

    /** A fresh, empty workspace location for each test. */
    protected abstract StoreLocation freshLocation();

    private StoreLocation location;
    private Workspace ws;
    private UserStore users;

    @BeforeEach
    void open() {
        location = freshLocation();
        ws = Workspace.open(location);
        users = ws.users();
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void usersAreCreatedListedAndCheckedForNameAndRole() {
        users.create("zhang.wei", Role.PLANNER, "{test}hash-1");
        users.create("李娜", Role.VIEWER, "{test}hash-2");
        assertEquals(List.of("zhang.wei", "李娜"), users.list().stream().map(User::name).toList());
        User u = users.get("zhang.wei");
        assertEquals(Role.PLANNER, u.role());
        assertEquals("{test}hash-1", u.passwordHash());
        assertFalse(u.disabled());
        assertFalse(u.toString().contains("hash-1"), "toString leaves the hash out");
        InputException dup = assertThrows(InputException.class, () -> users.create("zhang.wei", Role.ADMIN, "{test}x"));
        assertTrue(dup.getMessage().contains("exists"), dup.getMessage());
        for (String bad : new String[] {"", "a b", "a:b", "x".repeat(65), "semi;colon"}) {
            assertThrows(InputException.class, () -> users.create(bad, Role.VIEWER, "{test}x"), bad);
        }
        InputException role = assertThrows(InputException.class, () -> Role.parse("--role", "superuser"));
        assertTrue(role.getMessage().contains("viewer, planner or admin"), role.getMessage());
        assertEquals(Role.PLANNER, Role.parse("--role", " Planner "));
        assertEquals(2, users.count());
        assertThrows(InputException.class, () -> users.get("nobody"));
    }

    @Test
    void tokensAreRandomStoredAsSha256AndRevocable() throws Exception {
        users.create("ops", Role.ADMIN, "{test}h");
        Set<String> seen = new HashSet<>();
        List<IssuedToken> issued = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            IssuedToken t = users.issueToken("ops", "script " + i);
            assertTrue(t.token().matches("[A-Za-z0-9_-]{43}"), t.token());
            assertTrue(seen.add(t.token()), "tokens differ");
            assertEquals(Role.ADMIN, t.role());
            issued.add(t);
        }
        Set<String> stored = new HashSet<>();
        ws.database().read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT token_sha256, label FROM api_token");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) stored.add(rs.getString(1));
            }
            return null;
        });
        Set<String> expected = new HashSet<>();
        for (IssuedToken t : issued) {
            expected.add(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(t.token().getBytes(StandardCharsets.UTF_8))));
        }
        assertEquals(expected, stored, "only the SHA-256 of each token is stored");

        IssuedToken first = issued.get(0);
        TokenOwner owner = users.findToken(first.token()).orElseThrow();
        assertEquals("ops", owner.user().name());
        assertEquals(first.info().id(), owner.tokenId());
        assertNull(owner.lastUsedAt());
        Instant used = Instant.parse("2026-01-02T03:04:05.123456Z");
        users.markUsed(owner.tokenId(), used);
        assertEquals(used, users.findToken(first.token()).orElseThrow().lastUsedAt());
        assertTrue(users.findToken(first.token() + "x").isEmpty());
        assertTrue(users.findToken("").isEmpty());

        assertTrue(users.revokeToken(first.info().id()));
        assertFalse(users.revokeToken(first.info().id()));
        assertTrue(users.findToken(first.token()).isEmpty(), "a revoked token is unknown");
        assertEquals(4, users.tokens("ops").size());
        assertThrows(InputException.class, () -> users.issueToken("nobody", null));
    }

    @Test
    void theLastEnabledAdminCannotBeDemotedOrDisabled() {
        users.create("root", Role.ADMIN, "{test}h");
        users.create("planner", Role.PLANNER, "{test}h");
        assertThrows(InputException.class, () -> users.update("root", Role.PLANNER, null, null));
        assertThrows(InputException.class, () -> users.update("root", null, null, true));
        assertEquals(Role.ADMIN, users.get("root").role(), "the refused change wrote nothing");
        assertFalse(users.get("root").disabled());
        users.update("planner", Role.ADMIN, "{test}new", null);
        User demoted = users.update("root", Role.VIEWER, null, true);
        assertEquals(Role.VIEWER, demoted.role());
        assertTrue(demoted.disabled());
        assertEquals("{test}new", users.get("planner").passwordHash());
    }

    @Test
    void onlyOneOfManyConcurrentFirstStartsCreatesTheAdmin() throws Exception {
        int threads = 4;
        CyclicBarrier start = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return users.createFirst("admin", Role.ADMIN, "{test}first");
                }));
            }
            int created = 0;
            for (Future<Boolean> f : results) created += f.get() ? 1 : 0;
            assertEquals(1, created);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, users.count());
        assertFalse(users.createFirst("other", Role.ADMIN, "{test}x"), "not first any more");
    }

    @Test
    void usersAndTokensSurviveARestart() {
        users.create("keeper", Role.PLANNER, "{test}h");
        IssuedToken t = users.issueToken("keeper", null);
        users.update("keeper", null, null, true);
        ws.close();
        ws = Workspace.open(location);
        users = ws.users();
        User u = users.get("keeper");
        assertTrue(u.disabled());
        assertEquals(Role.PLANNER, u.role());
        TokenOwner owner = users.findToken(t.token()).orElseThrow();
        assertEquals(u.id(), owner.user().id());
        assertNotEquals(t.token(), ApiTokens.sha256Hex(t.token()));
    }
}
