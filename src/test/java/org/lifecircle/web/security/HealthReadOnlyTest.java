package org.lifecircle.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifecircle.store.Workspace;
import org.lifecircle.store.user.Role;
import org.lifecircle.testing.PostgresDatabase;
import org.lifecircle.testing.RequiresPostgres;
import org.lifecircle.web.WebApplication;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * FEATURE UNDER TEST: {@code GET /api/health} tells whether the store takes writes (issue #18
 * item 6). The whole app is started on a PostGIS workspace whose sessions are read-only
 * ({@code default_transaction_read_only=on}, as on a hot standby or a read-only role): health
 * answers 503 DOWN with the reason, and UP on the same schema when it is writable.
 */
@RequiresPostgres
class HealthReadOnlyTest {

    private static final String SCHEMA = "health_read_only";

    @TempDir
    Path workspace;

    @Test
    void healthIsDownWhileTheStoreIsReadOnly() throws Exception {
        try (Connection c = PostgresDatabase.connect(); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        }
        String store = PostgresDatabase.url() + "&schema=" + SCHEMA;
        try (Workspace ws = Workspace.open(store, null)) {
            ws.users().create("admin", Role.ADMIN, Passwords.encoder().encode(Passwords.random()));
        }
        HttpResponse<String> readOnly = health(store + "&options=-c%20default_transaction_read_only%3Don");
        assertEquals(503, readOnly.statusCode(), readOnly.body());
        assertTrue(readOnly.body().contains("\"status\":\"DOWN\""), readOnly.body());
        assertTrue(readOnly.body().contains("read-only"), readOnly.body());

        HttpResponse<String> writable = health(store);
        assertEquals(200, writable.statusCode(), writable.body());
        assertTrue(writable.body().contains("\"status\":\"UP\""), writable.body());
    }

    private HttpResponse<String> health(String store) throws Exception {
        try (ConfigurableApplicationContext app = WebApplication.start(null, store, workspace, 0)) {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            return new HttpApi(port).send("GET", "/api/health", null);
        }
    }
}
