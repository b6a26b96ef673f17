package org.lifecircle.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Recognises what a file really is from its first bytes, so that a reader can say "this .csv
 * is a ZIP archive (an .xlsx workbook?)" instead of failing on garbage. Reads at most 4 KiB.
 */
final class FileSniffer {

    static final int HEAD_BYTES = 4096;

    private FileSniffer() {}

    /** The source name of a file in messages: the path as given. */
    static String sourceName(Path file) {
        return file.toString();
    }

    /** The first bytes of the file; throws InputException when it is missing, a folder, unreadable or empty. */
    static byte[] head(Path file) {
        String source = sourceName(file);
        if (Files.isDirectory(file)) throw InputException.of(source, "is a folder, not a file");
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(HEAD_BYTES);
            if (isBlank(head)) throw InputException.of(source, "is empty");
            return head;
        } catch (NoSuchFileException e) {
            throw InputException.of(source, "file not found");
        } catch (AccessDeniedException e) {
            throw InputException.of(source, "cannot be read (permission denied)");
        } catch (IOException e) {
            throw new InputException(source, null, "cannot be read: " + e.getMessage(), e);
        }
    }

    static boolean isSqlite(byte[] head) {
        return startsWith(head, "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * What a binary file is, for a message ("an SQLite database (GeoPackage?)"), or null when
     * the head looks like text.
     */
    static String binaryKind(byte[] head) {
        if (isSqlite(head)) return "an SQLite database (a GeoPackage?)";
        if (startsWith(head, 'P', 'K', 3, 4)) return "a ZIP archive (an .xlsx workbook, .kmz or zipped files?)";
        if (startsWith(head, 0x1F, 0x8B)) return "gzip-compressed data";
        if (startsWith(head, 0xD0, 0xCF, 0x11, 0xE0)) return "an old Office document (.xls?)";
        if (startsWith(head, '%', 'P', 'D', 'F')) return "a PDF document";
        if (startsWith(head, 0x00, 0x00, 0x27, 0x0A)) return "an ESRI shapefile (.shp)";
        if (startsWith(head, 'I', 'I', '*', 0) || startsWith(head, 'M', 'M', 0, '*')) return "a TIFF image";
        if (startsWith(head, 0x89, 'P', 'N', 'G')) return "a PNG image";
        if (startsWith(head, 0xFF, 0xD8, 0xFF)) return "a JPEG image";
        if (head.length > 14 && new String(head, 4, 10, StandardCharsets.ISO_8859_1).contains("OSMHeader")) {
            return "an OpenStreetMap PBF file";
        }
        if (startsWith(head, 0xFF, 0xFE) || startsWith(head, 0xFE, 0xFF)) {
            return "UTF-16 text (save it as UTF-8)";
        }
        for (byte b : head) {
            if (b == 0) return "binary data";
        }
        return null;
    }

    /** True when the bytes are only whitespace and an optional UTF-8 byte order mark. */
    static boolean isBlank(byte[] head) {
        int i = startsWith(head, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        for (; i < head.length; i++) {
            byte b = head[i];
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') return false;
        }
        return true;
    }

    static boolean startsWith(byte[] head, int... prefix) {
        if (head.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) {
            if ((head[i] & 0xFF) != (prefix[i] & 0xFF)) return false;
        }
        return true;
    }

    private static boolean startsWith(byte[] head, byte[] prefix) {
        return head.length >= prefix.length && Arrays.equals(head, 0, prefix.length, prefix, 0, prefix.length);
    }
}
