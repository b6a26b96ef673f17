package org.lifecircle.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.lifecircle.web.WebApplication;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code serve}: starts the web map and REST API on the demo project or a given one. */
@Command(name = "serve", description = "Start the web map (default: the demo project in gis-data/).")
final class ServeCommand implements Callable<Integer> {

    /** The demo project, relative to the working directory; when missing the map opens empty and says so. */
    static final Path DEFAULT_PROJECT = Path.of("gis-data", "project.yaml");

    @Option(names = "--project", description = "Project YAML file (default: gis-data/project.yaml).")
    Path project;

    @Option(names = "--store", description = "Workspace store URL (default: embedded H2GIS in the workspace folder).")
    String store;

    @Option(names = "--workspace", description = "Workspace folder of the embedded store: scenarios, users (default: ./workspace).")
    Path workspace;

    @Option(names = "--port", defaultValue = "8080", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Override
    public Integer call() throws InterruptedException {
        WebApplication.serve(project == null ? DEFAULT_PROJECT : project, store, workspace, port);
        return 0;
    }
}
