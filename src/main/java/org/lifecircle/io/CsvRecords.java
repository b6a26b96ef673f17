package org.lifecircle.io;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams the records of a comma-separated file (RFC 4180): fields may be quoted, quoted fields
 * may hold commas, doubled quotes and line breaks; records end at LF, CRLF or CR. Each record
 * knows the 1-based line it starts on, which is the "row" messages name (the header is row 1).
 * A leading UTF-8 byte order mark is dropped. O(characters), one record in memory; reads through
 * its own buffer, one character at a time, without per-character locking.
 */
final class CsvRecords {

    private final Reader in;
    private final String source;
    private final char[] buffer = new char[1 << 16];
    private int position;
    private int limit;
    private int line = 1;
    private int recordLine;
    private int pending = -2;
    private boolean first = true;

    CsvRecords(Reader in, String source) {
        this.in = in;
        this.source = source;
    }

    /** Line the last record returned by {@link #next()} starts on. */
    int line() {
        return recordLine;
    }

    /** The next record's fields, or null at the end of the input. */
    String[] next() throws IOException {
        int c = read();
        if (first) {
            first = false;
            if (c == '\uFEFF') c = read();
        }
        if (c == -1) return null;
        recordLine = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        while (true) {
            if (c == '"' && field.length() == 0) {
                int quoteLine = line;
                while (true) {
                    c = read();
                    if (c == -1) {
                        throw InputException.atRow(source, quoteLine, "a quoted field opened here is never closed");
                    }
                    if (c == '"') {
                        c = read();
                        if (c != '"') break;
                    }
                    if (c == '\n') line++;
                    else if (c == '\r') {
                        int d = read();
                        if (d != '\n') unread(d);
                        line++;
                        field.append('\n');
                        continue;
                    }
                    field.append((char) c);
                }
                if (c != ',' && c != '\n' && c != '\r' && c != -1) {
                    throw InputException.atRow(source, line, "unexpected character '" + (char) c
                            + "' after a closing quote (a quote inside a quoted field must be doubled)");
                }
            }
            if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                c = read();
                continue;
            }
            if (c == '\n' || c == '\r' || c == -1) {
                if (c == '\r') {
                    int d = read();
                    if (d != '\n') unread(d);
                }
                if (c != -1) line++;
                fields.add(field.toString());
                return fields.toArray(new String[0]);
            }
            field.append((char) c);
            c = read();
        }
    }

    private int read() throws IOException {
        if (pending != -2) {
            int c = pending;
            pending = -2;
            return c;
        }
        if (position < limit) return buffer[position++];
        try {
            limit = in.read(buffer, 0, buffer.length);
            position = 0;
            if (limit <= 0) {
                limit = 0;
                return -1;
            }
            return buffer[position++];
        } catch (CharacterCodingException e) {
            throw InputException.atRow(source, line, "is not UTF-8 text (save the file as \"CSV UTF-8\")");
        }
    }

    private void unread(int c) {
        pending = c;
    }
}
