package org.lifecircle.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

/**
 * Keeps the embedded workspace private to the account that runs LifeCircle (issue #18): folders
 * it creates are 0700 and the database files ({@code lifecircle.*}) are 0600, whatever the umask.
 * H2 creates its file with the process umask (usually 0644), so the mode is set right after the
 * database is opened; a folder created here is 0700 from the start, so nobody else can reach the
 * file in between. A folder that already existed keeps its mode. On a file system without POSIX
 * modes nothing is changed. Cost: one directory listing of the workspace folder per open.
 */
public final class WorkspaceFiles {

    static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private WorkspaceFiles() {
    }

    /** Creates {@code folder} and any missing parents as 0700. */
    public static void createFolder(Path folder) throws IOException {
        Path absolute = folder.toAbsolutePath().normalize();
        if (!posix()) {
            Files.createDirectories(absolute);
            return;
        }
        Deque<Path> missing = new ArrayDeque<>();
        for (Path p = absolute; p != null && !Files.exists(p); p = p.getParent()) missing.push(p);
        FileAttribute<Set<PosixFilePermission>> mode = PosixFilePermissions.asFileAttribute(FOLDER);
        while (!missing.isEmpty()) {
            Path p = missing.pop();
            if (Files.isDirectory(p)) continue;
            Files.createDirectory(p, mode);
            Files.setPosixFilePermissions(p, FOLDER);
        }
    }

    /** Sets 0600 on every file of the embedded database {@code databaseBase} ({@code <folder>/lifecircle}). */
    public static void restrictDatabaseFiles(Path databaseBase) throws IOException {
        if (!posix()) return;
        Path folder = databaseBase.getParent();
        String prefix = databaseBase.getFileName() + ".";
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, p -> p.getFileName().toString().startsWith(prefix))) {
            for (Path f : files) {
                if (Files.isRegularFile(f)) Files.setPosixFilePermissions(f, FILE);
            }
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
