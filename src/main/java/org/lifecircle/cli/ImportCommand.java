package org.lifecircle.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.lifecircle.coverage.Study;
import org.lifecircle.study.StudyLoader;
import org.lifecircle.io.InputException;
import org.lifecircle.project.ProjectLoader;
import org.lifecircle.store.Workspace;
import org.lifecircle.store.imports.StudyImport;
import org.lifecircle.store.layer.LayerInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code import}: reads a project with the same readers and checks as {@code evaluate} and saves
 * it into a workspace (embedded H2GIS or PostGIS): the project file as its definition, the
 * facilities, population, villages, admin units and network edges as layers.
 */
@Command(name = "import", description = {
    "Import a project into a workspace (embedded H2GIS by default, or PostGIS with --store): the project file,",
    "facilities, population grid or points, villages, admin units and the network's edges, each layer replacing",
    "the one of the same name."})
final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--project", required = true, description = "Project file (YAML).")
    Path project;

    @Option(names = "--skip-network", description = "Do not store the network's edges (the network file stays the source).")
    boolean skipNetwork;

    @Mixin
    WorkspaceOptions workspace;

    @Override
    public Integer call() {
        Study study = StudyLoader.load(ProjectLoader.load(project));
        String definition = definition(project);
        try (Workspace ws = workspace.open()) {
            StudyImport.Result r = StudyImport.save(ws, definition, study, !skipNetwork);
            PrintWriter w = spec.commandLine().getOut();
            w.printf(Locale.ROOT, "imported project '%s' (id %d, version %d) into %s%n", r.project().name(), r.project().id(),
                    r.project().version(), ws.location().display());
            for (LayerInfo l : r.layers()) {
                w.printf(Locale.ROOT, "  %-20s %-16s %,10d features  from %s%n", l.name(), l.kind().name().toLowerCase(Locale.ROOT),
                        l.featureCount(), l.source());
            }
            w.flush();
        }
        return 0;
    }

    static String definition(Path project) {
        try {
            return Files.readString(project, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw InputException.of(project.toString(), "cannot read the project file: " + e.getMessage());
        }
    }
}
