package org.lifecircle.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.lifecircle.web.WebApplication;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * {@code serve}: starts the web map and REST API on the demo project or a given one. Besides its
 * own options it passes {@code --lifecircle.*=value} and {@code --server.*=value} on to the server
 * as Spring properties (limits, TLS keystore …); anything else is an unknown option (exit 2).
 */
@Command(name = "serve", description = "Start the web map (default: the demo project in gis-data/). "
        + "Also takes --lifecircle.*=VALUE and --server.*=VALUE properties (see docs/api.md).")
final class ServeCommand implements Callable<Integer> {

    /** The demo project, relative to the working directory; when missing the map opens empty and says so. */
    static final Path DEFAULT_PROJECT = Path.of("gis-data", "project.yaml");

    private static final Pattern PASS_THROUGH = Pattern.compile("--(lifecircle|server)\\.[A-Za-z0-9][A-Za-z0-9._\\[\\]-]*=.*");

    @Spec
    CommandSpec spec;

    @Option(names = "--project", description = "Project YAML file (default: gis-data/project.yaml).")
    Path project;

    @Option(names = "--store", description = "Workspace store URL (default: embedded H2GIS in the workspace folder).")
    String store;

    @Option(names = "--workspace", description = "Workspace folder of the embedded store: scenarios, users (default: ./workspace).")
    Path workspace;

    @Option(names = "--port", defaultValue = "8080", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--address", description = "Address to listen on, e.g. 127.0.0.1 for this machine only "
            + "(default: every interface of the machine).")
    String address;

    @Unmatched
    List<String> passThrough = new ArrayList<>();

    @Override
    public Integer call() throws InterruptedException {
        WebApplication.serve(project == null ? DEFAULT_PROJECT : project, store, workspace, port, serverArguments());
        return 0;
    }

    /** The Spring properties this command line sets besides project, store, workspace and port. */
    List<String> serverArguments() {
        List<String> args = new ArrayList<>();
        if (address != null) {
            if (address.isBlank()) throw new ParameterException(spec.commandLine(), "--address: must not be empty");
            args.add("--server.address=" + address);
        }
        for (String arg : passThrough) {
            if (!PASS_THROUGH.matcher(arg).matches()) {
                throw new ParameterException(spec.commandLine(), "Unknown option: '" + arg
                        + "' (serve passes on only --lifecircle.NAME=VALUE and --server.NAME=VALUE, with '=')");
            }
            args.add(arg);
        }
        return args;
    }
}
