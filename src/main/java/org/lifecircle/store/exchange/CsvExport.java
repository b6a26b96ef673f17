package org.lifecircle.store.exchange;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.lifecircle.store.layer.Attribute;
import org.lifecircle.store.layer.Feature;
import org.lifecircle.store.layer.Layer;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.io.WKTWriter;

/**
 * Writes a layer as CSV (RFC 4180 quoting, UTF-8): {@code id,lon,lat,<attributes>} when every
 * geometry is a point (the point CSV every reader of the project accepts), otherwise
 * {@code id,wkt,<attributes>}. WGS84. Written beside the target and moved into place. O(features).
 */
public final class CsvExport {

    private CsvExport() {
    }

    public static void write(Path file, Layer layer) throws IOException {
        boolean points = layer.features().stream().allMatch(f -> f.geometry() instanceof Point);
        WKTWriter wkt = new WKTWriter();
        AtomicFiles.write(file, ".csv", tmp -> {
            try (BufferedWriter out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                List<String> header = new ArrayList<>(points ? List.of("id", "lon", "lat") : List.of("id", "wkt"));
                for (Attribute a : layer.attributes()) header.add(a.name());
                line(out, header);
                for (Feature f : layer.features()) {
                    List<String> cells = new ArrayList<>();
                    cells.add(f.id());
                    Geometry g = f.geometry();
                    if (points) {
                        cells.add(Double.toString(g.getCoordinate().x));
                        cells.add(Double.toString(g.getCoordinate().y));
                    } else {
                        cells.add(g == null ? null : wkt.write(g));
                    }
                    for (Attribute a : layer.attributes()) {
                        Object v = f.properties().get(a.name());
                        cells.add(v == null ? null : v.toString());
                    }
                    line(out, cells);
                }
            }
        });
    }

    /** Writes rows of plain values (a result table) with the same quoting. */
    public static void writeTable(Path file, List<String> header, List<List<Object>> rows) throws IOException {
        AtomicFiles.write(file, ".csv", tmp -> {
            try (BufferedWriter out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                line(out, header);
                for (List<Object> row : rows) line(out, row.stream().map(v -> v == null ? null : v.toString()).toList());
            }
        });
    }

    private static void line(BufferedWriter out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) out.write(',');
            String c = cells.get(i);
            if (c == null) continue;
            if (c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0) {
                out.write('"');
                out.write(c.replace("\"", "\"\""));
                out.write('"');
            } else {
                out.write(c);
            }
        }
        out.write("\r\n");
    }
}
