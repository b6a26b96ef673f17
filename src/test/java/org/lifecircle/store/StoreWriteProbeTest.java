package org.lifecircle.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * FEATURE UNDER TEST: the write probe behind {@code GET /api/health} on the embedded store: empty
 * on a writable workspace, "read-only" on the same file opened read-only (H2
 * {@code ACCESS_MODE_DATA=r}, what H2 does with a file it may not write), "closed" after close;
 * the reasons name no path. And a workspace file created before this rule (0644) is 0600 after
 * the next open, while a folder that existed keeps its mode.
 */
class StoreWriteProbeTest {

    @TempDir
    Path folder;

    @Test
    void theProbeTellsWritableReadOnlyAndClosedApart() {
        Workspace ws = Workspace.open(null, folder);
        assertEquals(Optional.empty(), ws.database().writeProblem());
        ws.close();
        assertEquals(Optional.of("the workspace store is closed"), ws.database().writeProblem());

        StoreLocation writable = StoreLocation.embedded(folder);
        StoreLocation readOnly = new StoreLocation(Dialect.H2GIS, writable.jdbcUrl() + ";ACCESS_MODE_DATA=r", new Properties(),
                null, writable.display());
        try (Workspace ro = Workspace.open(readOnly)) {
            assertEquals(Optional.of("the workspace store is read-only: writes are refused"), ro.database().writeProblem());
        }
    }

    @Test
    void anOldWorldReadableFileIsMadePrivateOnOpen() throws Exception {
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-x---"));
        Workspace.open(null, folder).close();
        Path file = folder.resolve("lifecircle.mv.db");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        Workspace.open(null, folder).close();
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals("rwxr-x---", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)), "an existing folder keeps its mode");
    }
}
