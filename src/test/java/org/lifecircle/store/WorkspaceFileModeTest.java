package org.lifecircle.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * FEATURE UNDER TEST: the embedded workspace is private to the account that runs the server
 * (issue #18 item 6): the folders it creates are 0700 and the database file is 0600.
 */
class WorkspaceFileModeTest {

    @TempDir
    Path tmp;

    @Test
    void aNewWorkspaceIsReadableByItsOwnerOnly() throws Exception {
        Path folder = tmp.resolve("a").resolve("workspace");
        try (Workspace ws = Workspace.open(null, folder)) {
            ws.users().count();
        }
        assertEquals("rwx------", mode(folder), folder.toString());
        assertEquals("rwx------", mode(folder.getParent()), folder.getParent().toString());
        assertEquals("rw-------", mode(folder.resolve("lifecircle.mv.db")), "database file");
    }

    private static String mode(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }
}
