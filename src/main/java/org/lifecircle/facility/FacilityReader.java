package org.lifecircle.facility;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lifecircle.io.InputException;
import org.lifecircle.io.PointCsvReader;
import org.lifecircle.io.PointRecord;
import org.lifecircle.io.VectorFeature;
import org.lifecircle.io.VectorLayer;
import org.lifecircle.io.VectorReader;

/**
 * Reads facility points into {@link Facilities}: a CSV {@code id,lon,lat,type[,name,area_m2,capacity]}
 * (through {@link PointCsvReader}: WGS84 unless a CRS is given) or GeoJSON points (through
 * {@link VectorReader}; properties {@code id} (else the feature number), {@code type},
 * {@code name}, {@code area_m2}, {@code capacity}).
 *
 * <p>Every row is checked before anything is returned: a type not in the standards pack, a
 * missing type, an area or capacity that is not a number ≥ 0 are reported together in one
 * {@link InputException} naming the file and the first row, listing the known types. O(rows).
 */
public final class FacilityReader {

    private static final int SHOWN = 5;

    private FacilityReader() {
    }

    public static Facilities read(Path file, StandardsPack pack) {
        return read(file, null, pack);
    }

    /** @param crs CRS of the coordinates (null: WGS84 for CSV, the file's own for GeoJSON) */
    public static Facilities read(Path file, String crs, StandardsPack pack) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        List<Row> rows = new ArrayList<>();
        String source;
        String unit;
        if (name.endsWith(".csv") || name.endsWith(".txt")) {
            source = file.toString();
            unit = "row ";
            List<PointRecord> points = PointCsvReader.read(file, crs);
            if (!points.isEmpty() && !points.get(0).attributes().containsKey("type")) {
                throw InputException.atRow(source, 1, "missing column type (columns: id, lon, lat, type[, name, area_m2, capacity])");
            }
            for (PointRecord p : points) rows.add(new Row(p.row(), p.id(), p.lon(), p.lat(), p.attributes()));
        } else {
            VectorLayer layer = VectorReader.readPoints(file, crs);
            source = layer.source();
            unit = "feature ";
            for (VectorFeature f : layer.features()) {
                Object id = f.properties().get("id");
                rows.add(new Row(f.number(), id == null ? String.valueOf(f.number()) : text(id),
                        f.geometry().getCoordinate().x, f.geometry().getCoordinate().y, f.properties()));
            }
        }
        return build(source, unit, rows, pack);
    }

    private record Row(int number, String id, double lon, double lat, Map<String, ?> fields) {
    }

    private static Facilities build(String source, String unit, List<Row> rows, StandardsPack pack) {
        List<String> problems = new ArrayList<>();
        int problemCount = 0;
        String firstLocation = null;
        Facilities.Builder builder = Facilities.builder(pack, source);
        for (Row row : rows) {
            String problem = null;
            String typeKey = text(row.fields().get("type"));
            FacilityType type = typeKey == null || typeKey.isBlank() ? null : pack.findType(typeKey).orElse(null);
            double area = Double.NaN;
            double capacity = Double.NaN;
            if (typeKey == null || typeKey.isBlank()) {
                problem = "missing facility type";
            } else if (type == null) {
                problem = "facility type '" + typeKey + "' is not in the standards pack (known: "
                        + String.join(", ", pack.typeKeys()) + ")";
            } else {
                try {
                    area = measure(row, "area_m2");
                    capacity = measure(row, "capacity");
                } catch (IllegalArgumentException e) {
                    problem = e.getMessage();
                }
            }
            if (problem != null) {
                if (firstLocation == null) firstLocation = unit + row.number();
                if (problems.size() < SHOWN) problems.add(unit + row.number() + ": " + problem);
                problemCount++;
                continue;
            }
            String name = text(row.fields().get("name"));
            builder.add(row.id(), row.lon(), row.lat(), type.key(), name, area, capacity);
        }
        if (problemCount > 0) {
            String first = problems.get(0).substring(firstLocation.length() + 2);
            StringBuilder reason = new StringBuilder(first);
            if (problemCount > 1) {
                reason.append(" (").append(problemCount - 1).append(problemCount == 2 ? " more problem: " : " more problems: ")
                        .append(String.join("; ", problems.subList(1, problems.size())));
                if (problemCount > problems.size()) reason.append("; …");
                reason.append(')');
            }
            throw new InputException(source, firstLocation, reason.toString());
        }
        return builder.build();
    }

    /** An optional numeric field: empty → NaN; otherwise a number ≥ 0. */
    private static double measure(Row row, String field) {
        Object value = row.fields().get(field);
        if (value instanceof Number n) {
            double v = n.doubleValue();
            if (!(v >= 0) || Double.isInfinite(v)) throw new IllegalArgumentException(field + " " + v + " is not a number ≥ 0");
            return v;
        }
        String text = text(value);
        if (text == null || text.isBlank()) return Double.NaN;
        double v;
        try {
            v = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + " '" + text + "' is not a number");
        }
        if (!(v >= 0) || Double.isInfinite(v)) throw new IllegalArgumentException(field + " " + text + " is not a number ≥ 0");
        return v;
    }

    private static String text(Object value) {
        if (value == null) return null;
        if (value instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) return String.valueOf(d.longValue());
        return String.valueOf(value).strip();
    }
}
