package org.lifecircle.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The workspace contract on the embedded H2GIS file database in a temporary folder. */
class H2gisWorkspaceTest extends WorkspaceContractTest {

    @TempDir
    static Path folder;

    @Override
    protected StoreLocation location() {
        return StoreLocation.parse(null, folder);
    }
}
