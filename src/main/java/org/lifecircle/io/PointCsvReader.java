package org.lifecircle.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.lifecircle.geo.CrsException;
import org.lifecircle.geo.SourceCrs;

/**
 * Reads a point CSV: UTF-8 (with or without byte order mark), comma-separated, quoted fields
 * allowed, a header row required. Columns are found by name, case-insensitively: {@code id};
 * {@code lon}/{@code lng}/{@code longitude} and {@code lat}/{@code latitude}, or {@code x}/{@code y}
 * (preferred when the CRS is projected); an optional weight column ({@code weight} unless
 * another is named). Every other column is kept as an attribute.
 *
 * <p>All rows are checked and every problem is reported with its row: wrong field count,
 * empty or duplicate ids, numbers that do not parse or are not finite, negative weights,
 * coordinates out of range, swapped, or in the wrong unit for the CRS. O(rows).
 */
public final class PointCsvReader {

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final String[] LON_NAMES = {"lon", "lng", "long", "longitude"};
    private static final String[] LAT_NAMES = {"lat", "latitude"};
    private static final String DEFAULT_WEIGHT = "weight";

    private PointCsvReader() {}

    /** Reads points in WGS84 lon/lat. */
    public static List<PointRecord> read(Path file) {
        return read(file, null, null);
    }

    /** Reads points in the given CRS ("EPSG:4547", WKT, "GCJ-02", "BD-09"; null = WGS84), converted to WGS84. */
    public static List<PointRecord> read(Path file, String crs) {
        return read(file, crs, null);
    }

    /**
     * As {@link #read(Path, String)}, with the weight taken from {@code weightColumn} (e.g.
     * "population"), which must then exist; null means the column "weight" if present, else 1.
     */
    public static List<PointRecord> read(Path file, String crs, String weightColumn) {
        return read(file, crs, null, weightColumn);
    }

    /**
     * As {@link #read(Path, String, String)}, with the ids taken from {@code idColumn} (e.g.
     * "name"; null means "id").
     */
    public static List<PointRecord> read(Path file, String crs, String idColumn, String weightColumn) {
        String source = FileSniffer.sourceName(file);
        byte[] head = FileSniffer.head(file);
        String binary = FileSniffer.binaryKind(head);
        if (binary != null) throw InputException.of(source, "is not a CSV text file: it is " + binary);
        SourceCrs sourceCrs = VectorReader.chooseCrs(source, crs, null);
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder))) {
            return new Parse(source, sourceCrs, idColumn, weightColumn).run(new CsvRecords(reader, source));
        } catch (IOException e) {
            throw new InputException(source, null, "cannot be read: " + e.getMessage(), e);
        }
    }

    /** One pass over one file. */
    private static final class Parse {
        private final String source;
        private final SourceCrs crs;
        private final String idColumn;
        private final String weightColumn;
        private final Problems problems;

        Parse(String source, SourceCrs crs, String idColumn, String weightColumn) {
            this.source = source;
            this.crs = crs;
            this.idColumn = idColumn == null ? "id" : idColumn.strip().toLowerCase(Locale.ROOT);
            this.weightColumn = weightColumn == null ? null : weightColumn.strip().toLowerCase(Locale.ROOT);
            this.problems = new Problems(source);
        }

        List<PointRecord> run(CsvRecords records) throws IOException {
            String[] header = nextNonBlank(records);
            if (header == null) throw InputException.of(source, "is empty");
            String[] names = new String[header.length];
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < header.length; i++) {
                names[i] = header[i].strip().toLowerCase(Locale.ROOT);
                Integer previous = index.putIfAbsent(names[i], i);
                if (previous != null && !names[i].isEmpty()) {
                    throw InputException.atRow(source, records.line(), "column '" + header[i].strip()
                            + "' appears twice (columns " + (previous + 1) + " and " + (i + 1) + ")");
                }
            }
            int idCol = column(index, idColumn);
            boolean preferXy = !crs.isGeographic();
            int lonCol = preferXy ? first(index, "x", LON_NAMES) : first(index, LON_NAMES, "x");
            int latCol = preferXy ? first(index, "y", LAT_NAMES) : first(index, LAT_NAMES, "y");
            requireColumns(header, records.line(), idCol, lonCol, latCol);
            int weightCol = weightColumn == null ? column(index, DEFAULT_WEIGHT) : column(index, weightColumn);
            if (weightColumn != null && weightCol < 0) {
                throw InputException.atRow(source, records.line(), "missing column " + weightColumn
                        + " (found: " + String.join(", ", trimmed(header)) + ")");
            }
            String lonName = header[lonCol].strip();
            String latName = header[latCol].strip();
            String weightName = weightCol < 0 ? null : header[weightCol].strip();

            List<Row> rows = new ArrayList<>();
            Map<String, Integer> firstRowOfId = new HashMap<>();
            String[] fields;
            while ((fields = nextNonBlank(records)) != null) {
                int row = records.line();
                if (fields.length != header.length) {
                    problems.atRow(row, "has " + fields.length + " fields, the header has " + header.length
                            + (fields.length > header.length ? " (a comma inside an unquoted value?)" : ""));
                    continue;
                }
                String id = fields[idCol].strip();
                if (id.isEmpty()) {
                    problems.atRow(row, "empty id");
                } else {
                    Integer firstRow = firstRowOfId.putIfAbsent(id, row);
                    if (firstRow != null) problems.atRow(row, "duplicate id '" + id + "' (first at row " + firstRow + ")");
                }
                double x = number(row, lonName, fields[lonCol]);
                double y = number(row, latName, fields[latCol]);
                double weight = 1;
                if (weightCol >= 0) {
                    weight = number(row, weightName, fields[weightCol]);
                    if (weight < 0) problems.atRow(row, "column " + weightName + ": " + fields[weightCol].strip() + " is negative");
                }
                Map<String, String> attributes = new LinkedHashMap<>();
                for (int i = 0; i < fields.length; i++) {
                    if (i != idCol && i != lonCol && i != latCol && i != weightCol) attributes.put(names[i], fields[i]);
                }
                rows.add(new Row(row, id, x, y, weight, Collections.unmodifiableMap(attributes)));
            }
            problems.throwIfAny();
            if (rows.isEmpty()) throw InputException.of(source, "has a header but no data rows");
            return toWgs84(rows);
        }

        private List<PointRecord> toWgs84(List<Row> rows) {
            double minX = Double.POSITIVE_INFINITY, minY = Double.POSITIVE_INFINITY;
            double maxX = Double.NEGATIVE_INFINITY, maxY = Double.NEGATIVE_INFINITY;
            for (Row r : rows) {
                minX = Math.min(minX, r.x);
                maxX = Math.max(maxX, r.x);
                minY = Math.min(minY, r.y);
                maxY = Math.max(maxY, r.y);
            }
            if (crs.isGeographic()) {
                String swap = LonLatCheck.swapProblem(minX, minY, maxX, maxY);
                if (swap != null) throw InputException.atRow(source, firstBeyond90(rows), swap);
                for (Row r : rows) {
                    String problem = LonLatCheck.rangeProblem(r.x, r.y);
                    if (problem != null) problems.atRow(r.row, problem);
                }
                problems.throwIfAny();
            } else if (LonLatCheck.looksLikeDegrees(minX, minY, maxX, maxY)) {
                throw InputException.of(source, "coordinates look like longitude/latitude degrees but the CRS "
                        + crs.name() + " is projected (metres); declare the right CRS");
            } else {
                String prefix = LonLatCheck.zonePrefixProblem(crs.description(), minX, maxX);
                if (prefix != null) throw InputException.atRow(source, rows.get(0).row, prefix);
            }
            double[] xy = new double[rows.size() * 2];
            for (int i = 0; i < rows.size(); i++) {
                xy[2 * i] = rows.get(i).x;
                xy[2 * i + 1] = rows.get(i).y;
            }
            try {
                crs.toWgs84(xy);
            } catch (CrsException e) {
                throwPerRow(rows);
                throw new InputException(source, null, e.getMessage(), e);
            }
            List<PointRecord> out = new ArrayList<>(rows.size());
            for (int i = 0; i < rows.size(); i++) {
                Row r = rows.get(i);
                double lon = xy[2 * i];
                double lat = xy[2 * i + 1];
                if (!crs.isWgs84()) {
                    String problem = LonLatCheck.rangeProblem(lon, lat);
                    if (problem != null) {
                        problems.atRow(r.row, "after conversion from " + crs.name() + ": " + problem);
                        continue;
                    }
                }
                out.add(new PointRecord(r.row, r.id, lon, lat, r.weight, r.attributes));
            }
            problems.throwIfAny();
            return Collections.unmodifiableList(out);
        }

        /** After a failed batch transform: converts row by row and throws naming every row that fails. */
        private void throwPerRow(List<Row> rows) {
            for (Row r : rows) {
                try {
                    crs.toWgs84(new double[] {r.x, r.y});
                } catch (CrsException e) {
                    problems.atRow(r.row, e.getMessage());
                }
            }
            problems.throwIfAny();
        }

        private static int firstBeyond90(List<Row> rows) {
            for (Row r : rows) {
                if (Math.abs(r.y) > 90) return r.row;
            }
            return rows.get(0).row;
        }

        private double number(int row, String column, String raw) {
            String text = raw.strip();
            if (text.isEmpty()) {
                problems.atRow(row, "column " + column + " is empty");
                return Double.NaN;
            }
            if (!NUMBER.matcher(text).matches()) {
                String lower = text.toLowerCase(Locale.ROOT);
                boolean nonFinite = lower.matches("[+-]?(nan|inf|infinity)");
                problems.atRow(row, "column " + column + ": '" + text + "' is not "
                        + (nonFinite ? "a finite number" : "a number"));
                return Double.NaN;
            }
            return Double.parseDouble(text);
        }

        private void requireColumns(String[] header, int row, int idCol, int lonCol, int latCol) {
            List<String> missing = new ArrayList<>();
            if (idCol < 0) missing.add(idColumn);
            if (lonCol < 0) missing.add(crs.isGeographic() ? "lon" : "x");
            if (latCol < 0) missing.add(crs.isGeographic() ? "lat" : "y");
            if (missing.isEmpty()) return;
            StringBuilder reason = new StringBuilder("missing column").append(missing.size() > 1 ? "s " : " ")
                    .append(String.join(", ", missing))
                    .append(" (found: ").append(String.join(", ", trimmed(header))).append(')');
            if (header.length == 1 && (header[0].contains(";") || header[0].contains("\t"))) {
                reason.append("; the file seems to use ").append(header[0].contains(";") ? "';'" : "tabs")
                        .append(" as separator, expected ','");
            } else {
                reason.append("; expected id,lon,lat or, with a projected CRS, id,x,y");
            }
            throw InputException.atRow(source, row, reason.toString());
        }

        private static String[] nextNonBlank(CsvRecords records) throws IOException {
            String[] fields;
            while ((fields = records.next()) != null) {
                for (String f : fields) {
                    if (!f.isBlank()) return fields;
                }
            }
            return null;
        }
    }

    private record Row(int row, String id, double x, double y, double weight, Map<String, String> attributes) {}

    private static int column(Map<String, Integer> index, String name) {
        Integer i = index.get(name);
        return i == null ? -1 : i;
    }

    private static int first(Map<String, Integer> index, String[] names, String fallback) {
        for (String n : names) {
            int i = column(index, n);
            if (i >= 0) return i;
        }
        return column(index, fallback);
    }

    private static int first(Map<String, Integer> index, String preferred, String[] others) {
        int i = column(index, preferred);
        return i >= 0 ? i : first(index, others, preferred);
    }

    private static String[] trimmed(String[] header) {
        String[] out = new String[header.length];
        for (int i = 0; i < header.length; i++) out[i] = header[i].strip();
        return out;
    }
}
