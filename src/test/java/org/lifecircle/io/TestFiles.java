package org.lifecircle.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Paths to the shared third-party data and small helpers to write test inputs. */
public final class TestFiles {

    private TestFiles() {}

    /** A file under {@code ../shared/data} (surefire sets {@code lifecircle.shared}). */
    public static Path shared(String relative) {
        return Path.of(System.getProperty("lifecircle.shared", "../shared"), "data", relative);
    }

    public static Path write(Path dir, String name, String utf8) {
        return write(dir, name, utf8.getBytes(StandardCharsets.UTF_8));
    }

    public static Path write(Path dir, String name, byte[] bytes) {
        try {
            return Files.write(dir.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
