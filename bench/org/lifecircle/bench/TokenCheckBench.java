package org.lifecircle.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.lifecircle.store.StoreLocation;
import org.lifecircle.store.Workspace;
import org.lifecircle.store.user.ApiTokens;
import org.lifecircle.store.user.Role;
import org.lifecircle.web.security.Accounts;
import org.lifecircle.web.security.Passwords;

/**
 * The per-request cost of a bearer-token check ({@link Accounts#checkToken}): a cached token (the
 * steady state), an unknown token (one indexed lookup in the store, nothing cached) and, for
 * scale, one password check (PBKDF2, done at sign-in only). H2GIS file database and, when
 * LIFECIRCLE_PG_URL is set, PostGIS. Usage: {@code bench/run TokenCheckBench [tokens=1000]}.
 */
public final class TokenCheckBench {

    public static void main(String[] args) throws Exception {
        int tokens = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        run("H2GIS", StoreLocation.parse(null, Files.createTempDirectory("token-bench")), tokens);
        String pg = System.getenv("LIFECIRCLE_PG_URL");
        if (pg != null) {
            String schema = "token_bench_" + Long.toHexString(System.nanoTime());
            run("PostGIS", StoreLocation.parse(pg + (pg.contains("?") ? "&" : "?") + "schema=" + schema, null), tokens);
            try (var c = java.sql.DriverManager.getConnection(pg); var st = c.createStatement()) {
                st.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    private static void run(String engine, StoreLocation location, int tokenCount) {
        try (Workspace ws = Workspace.open(location)) {
            Accounts accounts = new Accounts(ws.users(), Passwords.encoder());
            accounts.create("bench", Role.PLANNER, "bench-password-1");
            List<String> tokens = new ArrayList<>();
            for (int i = 0; i < tokenCount; i++) tokens.add(ws.users().issueToken("bench", "bench " + i).token());
            for (String t : tokens) accounts.checkToken(t);

            int rounds = 200;
            long t0 = System.nanoTime();
            int ok = 0;
            for (int r = 0; r < rounds; r++) {
                for (String t : tokens) ok += accounts.checkToken(t).isPresent() ? 1 : 0;
            }
            double cachedNs = (System.nanoTime() - t0) / (double) (rounds * tokenCount);

            int misses = 2000;
            long t1 = System.nanoTime();
            for (int i = 0; i < misses; i++) ok += accounts.checkToken(ApiTokens.newToken()).isPresent() ? 1 : 0;
            double missUs = (System.nanoTime() - t1) / 1000.0 / misses;

            long t2 = System.nanoTime();
            boolean signedIn = accounts.checkPassword("bench", "bench-password-1").isPresent();
            double passwordMs = (System.nanoTime() - t2) / 1e6;

            System.out.printf("%-8s %d tokens: cached check %.0f ns (%.1f M/s one core), unknown token %.1f us (one lookup),"
                    + " password check %.0f ms%n", engine, tokenCount, cachedNs, 1000.0 / cachedNs, missUs, passwordMs);
            if (ok != rounds * tokenCount || !signedIn) throw new IllegalStateException("checks failed: " + ok);
        }
    }
}
