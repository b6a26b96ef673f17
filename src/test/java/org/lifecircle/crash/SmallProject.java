package org.lifecircle.crash;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

/**
 * A project that loads in a second or two, so the kill cycles spend their time on restarts and
 * writes: the demo's roads and facilities (read in place from {@code gis-data/}) and a few hundred
 * seeded population points over the demo town, with two evaluated types.
 */
final class SmallProject {

    private SmallProject() {
    }

    /** Writes {@code project.yaml} and its population points into {@code dir}; returns the project file. */
    static Path write(Path dir, Path gisData, long seed) throws IOException {
        Files.createDirectories(dir);
        Random random = new Random(seed);
        StringBuilder points = new StringBuilder("id,lon,lat,population\n");
        for (int i = 0; i < 300; i++) {
            points.append(String.format(Locale.ROOT, "p%d,%.6f,%.6f,%d%n", i, 117.85 + 0.12 * random.nextDouble(),
                    29.96 + 0.08 * random.nextDouble(), 10 + random.nextInt(400)));
        }
        Files.writeString(dir.resolve("population.csv"), points, StandardCharsets.UTF_8);
        String yaml = "name: kill-restart\n"
                + "network: " + quoted(gisData.resolve("roads.geojson")) + "\n"
                + "population: population.csv\n"
                + "facilities: " + quoted(gisData.resolve("facilities.csv")) + "\n"
                + "types:\n"
                + "  clinic: { minutes: 15 }\n"
                + "  fitness: { minutes: 15 }\n";
        Path project = dir.resolve("project.yaml");
        Files.writeString(project, yaml, StandardCharsets.UTF_8);
        return project;
    }

    private static String quoted(Path p) {
        return "\"" + p.toAbsolutePath().toString().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
