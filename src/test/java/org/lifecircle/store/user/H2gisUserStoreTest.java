package org.lifecircle.store.user;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.lifecircle.store.StoreLocation;

/** The user store contract on the embedded H2GIS file database, a new folder per test. */
class H2gisUserStoreTest extends UserStoreContractTest {

    @TempDir
    Path folder;

    private int opened;

    @Override
    protected StoreLocation freshLocation() {
        return StoreLocation.parse(null, folder.resolve("ws" + opened++));
    }
}
