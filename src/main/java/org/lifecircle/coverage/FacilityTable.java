package org.lifecircle.coverage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lifecircle.io.InputException;
import org.lifecircle.io.PointCsvReader;
import org.lifecircle.io.PointRecord;
import org.lifecircle.io.VectorFeature;
import org.lifecircle.io.VectorLayer;
import org.lifecircle.io.VectorReader;
import org.locationtech.jts.geom.Point;

/**
 * All facilities of a study read from one file, grouped by type: a point CSV
 * {@code id,lon,lat,type[,name,area_m2,capacity]} (or x/y with a CRS) or a GeoJSON point layer
 * with the same properties. Type keys are matched after trimming, lower-casing and turning '-'
 * and ' ' into '_'. An empty type, or an area or capacity that is not a number ≥ 0, is an
 * {@link InputException} naming the file and row (feature). O(rows).
 */
public final class FacilityTable {

    /** One facility row; {@code areaM2} and {@code capacity} NaN when empty. */
    public record Facility(int row, String id, String type, String name, double lon, double lat, double areaM2,
            double capacity) {
    }

    private final String source;
    private final List<Facility> facilities;

    public FacilityTable(String source, List<Facility> facilities) {
        this.source = source;
        this.facilities = List.copyOf(facilities);
    }

    /** Reads {@code file}; {@code crs} as declared in the project (null = the file's, else WGS84). */
    public static FacilityTable read(Path file, String crs) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".csv") ? readCsv(file, crs) : readVector(file, crs);
    }

    private static FacilityTable readCsv(Path file, String crs) {
        List<PointRecord> records = PointCsvReader.read(file, crs);
        String source = file.getFileName().toString();
        List<Facility> out = new ArrayList<>(records.size());
        for (PointRecord r : records) {
            Map<String, String> a = r.attributes();
            if (!a.containsKey("type")) throw InputException.of(source, "no \"type\" column (id,lon,lat,type[,name,area_m2,capacity])");
            out.add(facility(source, "row", r.row(), r.id(), a.get("type"), a.get("name"), a.get("area_m2"),
                    a.get("capacity"), r.lon(), r.lat()));
        }
        return new FacilityTable(source, out);
    }

    private static FacilityTable readVector(Path file, String crs) {
        VectorLayer layer = VectorReader.readPoints(file, crs);
        List<Facility> out = new ArrayList<>(layer.size());
        for (VectorFeature f : layer.features()) {
            Map<String, Object> p = lowerCased(f.properties());
            Point pt = (Point) f.geometry();
            Object id = p.get("id");
            out.add(facility(layer.source(), "feature", f.number(), id == null ? "F" + f.number() : String.valueOf(id),
                    text(p.get("type")), text(p.get("name")), text(p.get("area_m2")), text(p.get("capacity")), pt.getX(),
                    pt.getY()));
        }
        return new FacilityTable(layer.source(), out);
    }

    private static Facility facility(String source, String unit, int row, String id, String type, String name,
            String area, String capacity, double lon, double lat) {
        if (type == null || type.isBlank()) {
            throw new InputException(source, unit + " " + row, "facility " + id + " has no type");
        }
        return new Facility(row, id, normalise(type), name == null || name.isBlank() ? id : name, lon, lat,
                measure(source, unit, row, "area_m2", area), measure(source, unit, row, "capacity", capacity));
    }

    private static double measure(String source, String unit, int row, String column, String text) {
        if (text == null || text.isBlank()) return Double.NaN;
        double v;
        try {
            v = Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw new InputException(source, unit + " " + row, column + " must be a number ≥ 0, found \"" + text + "\"");
        }
        if (!(v >= 0) || Double.isInfinite(v)) {
            throw new InputException(source, unit + " " + row, column + " must be a number ≥ 0, found " + text);
        }
        return v;
    }

    private static Map<String, Object> lowerCased(Map<String, Object> properties) {
        Map<String, Object> out = new LinkedHashMap<>();
        properties.forEach((k, v) -> out.putIfAbsent(k.toLowerCase(Locale.ROOT), v));
        return out;
    }

    private static String text(Object value) {
        return value == null ? null : String.valueOf(value);
    }

    static String normalise(String key) {
        return key.trim().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    }

    public String source() {
        return source;
    }

    public List<Facility> facilities() {
        return facilities;
    }

    /** Facilities whose type matches {@code typeKey} (normalised), in file order. */
    public FacilitySites sites(String typeKey) {
        String key = normalise(typeKey);
        List<Facility> of = facilities.stream().filter(f -> f.type().equals(key)).toList();
        int n = of.size();
        String[] ids = new String[n];
        String[] names = new String[n];
        double[] lon = new double[n];
        double[] lat = new double[n];
        double[] area = new double[n];
        double[] cap = new double[n];
        for (int i = 0; i < n; i++) {
            Facility f = of.get(i);
            ids[i] = f.id();
            names[i] = f.name();
            lon[i] = f.lon();
            lat[i] = f.lat();
            area[i] = f.areaM2();
            cap[i] = f.capacity();
        }
        return new FacilitySites(typeKey, ids, names, lon, lat, area, cap);
    }

    /** Count of facilities per type key, in first-seen order. */
    public Map<String, Integer> countByType() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Facility f : facilities) counts.merge(f.type(), 1, Integer::sum);
        return counts;
    }
}
