package org.lifecircle.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the fuzz targets put the fuzzed bytes: a scratch folder per target under
 * {@code target/fuzz-files}, the same file rewritten for every input, so that the readers see a
 * real file with a real name and extension (their messages name it).
 */
final class FuzzFiles {

    private static final Path ROOT = Path.of("target", "fuzz-files");

    private FuzzFiles() {
    }

    /** A fresh, empty folder for one fuzz target, reused by every input of that target. */
    static Path folder(String target) {
        try {
            Files.createDirectories(ROOT);
            return Files.createTempDirectory(ROOT, target + "-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code bytes} to {@code folder/name}, replacing what was there. */
    static Path write(Path folder, String name, byte[] bytes) {
        try {
            return Files.write(folder.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
