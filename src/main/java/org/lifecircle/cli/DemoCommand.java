package org.lifecircle.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.lifecircle.demo.DemoSummary;
import org.lifecircle.demo.DemoTown;
import org.lifecircle.io.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code demo}: regenerates the synthetic demo town (gis-data/) from its seed. */
@Command(name = "demo", description = "Generate the synthetic demo town 示范县城 (roads, river, population, "
        + "facilities, candidate sites, villages, communities, project.yaml) into a folder.")
final class DemoCommand implements Callable<Integer> {

    @Option(names = "--out", defaultValue = "gis-data", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--seed", defaultValue = "" + DemoTown.DEFAULT_SEED,
            description = "Random seed (default: ${DEFAULT-VALUE}, the seed of the committed gis-data/).")
    long seed;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw InputException.of(out.toString(), "--out must be a folder, this is a file");
        }
        DemoSummary s;
        try {
            s = DemoTown.generate(out, seed);
        } catch (FileSystemException e) {
            throw InputException.of(out.toString(), "cannot write the demo there: " + e.getMessage());
        }
        PrintWriter w = spec.commandLine().getOut();
        w.printf("demo town written to %s (seed %d)%n", out, s.seed());
        w.printf("  roads: %d lines, %d nodes, %.1f km, %d bridges, %d gated compounds%n", s.roads(), s.nodes(),
                s.roadKm(), s.bridges(), s.compounds());
        w.printf("  population: %.0f, aged 60+: %.0f%n", s.population(), s.elderly());
        StringBuilder types = new StringBuilder();
        for (Map.Entry<String, Integer> e : s.facilities().entrySet()) {
            types.append(types.length() == 0 ? "" : ", ").append(e.getValue()).append(' ').append(e.getKey());
        }
        w.printf("  facilities: %s; %d candidate sites%n", types, s.candidates());
        w.printf("  villages: %d, communities: %d%n", s.villages(), s.communities());
        w.flush();
        return 0;
    }
}
