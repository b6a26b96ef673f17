package org.lifecircle.fuzz;

import static org.lifecircle.fuzz.ReaderProperty.check;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import org.lifecircle.project.Dataset;
import org.lifecircle.project.Project;
import org.lifecircle.project.ProjectLoader;
import org.lifecircle.project.TypeSettings;

/**
 * FEATURE UNDER TEST: {@link ProjectLoader} on arbitrary YAML text. The first byte's lowest bit
 * picks the folder the project file is written to: one holding every file a project may name
 * ({@link #EXISTING}, empty files: the loader checks existence and type, it opens none), or an
 * empty one, so every reference is missing. Property: a project whose paths are absolute
 * regular files, with at least one type and finite positive thresholds, or an InputException
 * naming the project file. Seeds and regression inputs: {@code ProjectYamlFuzzTestInputs/}.
 */
class ProjectYamlFuzzTest {

    static final String[] EXISTING = {"roads.geojson", "roads.osm.pbf", "roads.osm", "population.tif",
        "elderly.tif", "elderly-f.tif", "facilities.csv", "villages.geojson", "communities.geojson",
        "standards.yaml", "people.csv", "data/pop.asc"};

    private final Path withFiles = FuzzFiles.folder("project-files");
    private final Path empty = FuzzFiles.folder("project-empty");

    ProjectYamlFuzzTest() {
        try {
            for (String name : EXISTING) {
                Path p = withFiles.resolve(name);
                Files.createDirectories(p.getParent());
                Files.write(p, new byte[0]);
            }
            Files.createDirectories(withFiles.resolve("folder.geojson"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FuzzTest
    void projectYaml(byte[] data) {
        if (data.length == 0) return;
        Path folder = (data[0] & 1) == 0 ? withFiles : empty;
        Path file = FuzzFiles.write(folder, "project.yaml", Arrays.copyOfRange(data, 1, data.length));
        Project project = ReaderProperty.readOrReject(file, () -> ProjectLoader.load(file));
        if (project != null) checkProject(project);
    }

    private static void checkProject(Project p) {
        check(p.name() != null, "no name");
        List<Dataset> datasets = new ArrayList<>(List.of(p.population(), p.facilities()));
        p.network().ifPresent(datasets::add);
        datasets.addAll(p.elderly().rasters());
        p.villages().ifPresent(v -> datasets.add(v.dataset()));
        p.units().ifPresent(u -> datasets.add(u.dataset()));
        for (Dataset d : datasets) {
            check(d.path().isAbsolute() && Files.isRegularFile(d.path()), d.key() + " is " + d.path());
        }
        p.standards().ifPresent(s -> check(Files.isRegularFile(s), "standards " + s));
        check(!p.types().isEmpty(), "no types");
        for (TypeSettings t : p.types().values()) {
            positive(t.key() + ".minutes", t.minutes());
            positive(t.key() + ".radiusMeters", t.radiusMeters());
            positive(t.key() + ".speedKmh", t.speedKmh());
            t.target().ifPresent(v -> check(v > 0 && v <= 1, t.key() + ".target " + v));
        }
        positive("speedKmh", p.speedKmh());
        p.elderly().share().ifPresent(v -> check(v > 0 && v <= 1, "elderlyShare " + v));
        p.villages().ifPresent(v -> {
            positive("villages.radiusMeters", v.radiusMeters());
            for (String t : v.requiredTypes()) check(p.types().containsKey(t), "required type " + t);
        });
    }

    private static void positive(String what, OptionalDouble v) {
        v.ifPresent(x -> check(Double.isFinite(x) && x > 0, what + " = " + x));
    }
}
