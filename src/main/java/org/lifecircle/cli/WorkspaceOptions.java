package org.lifecircle.cli;

import java.nio.file.Path;
import org.lifecircle.store.Workspace;
import picocli.CommandLine.Option;

/** The {@code --store} / {@code --workspace} pair of commands that write to a workspace (picocli mixin). */
final class WorkspaceOptions {

    @Option(names = "--store", description = "Workspace store URL: postgresql://host:port/db (PostGIS) or h2gis:DIR"
            + " (default: the embedded H2GIS database in --workspace).")
    String store;

    @Option(names = "--workspace", defaultValue = "${sys:lifecircle.workspace:-workspace}",
            description = "Folder of the embedded workspace database (default: ${DEFAULT-VALUE}, as serve uses).")
    Path folder;

    boolean storeNamed() {
        return store != null && !store.isBlank();
    }

    Workspace open() {
        return Workspace.open(store, folder);
    }
}
