package org.lifecircle.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.Function;
import org.lifecircle.store.StoreException;
import org.lifecircle.store.Workspace;
import picocli.CommandLine.Model.CommandSpec;
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

    /**
     * Runs {@code save} on the workspace after a command wrote its files and prints the line it
     * returns. A failing store is a warning (exit 0) for the default workspace and an error
     * (exit 1) for one named with {@code --store}; the files stand either way.
     */
    int saveAfterFiles(CommandSpec spec, Function<Workspace, String> save) {
        try (Workspace ws = open()) {
            String done = save.apply(ws);
            spec.commandLine().getOut().println(done + " in " + ws.location().display());
            spec.commandLine().getOut().flush();
            return 0;
        } catch (StoreException ex) {
            PrintWriter err = spec.commandLine().getErr();
            err.println((storeNamed() ? "error: " : "warning: ") + "the results files are written, but not saved in the"
                    + " workspace: " + ex.getMessage());
            err.flush();
            return storeNamed() ? 1 : 0;
        }
    }
}
