package org.lifecircle.network.isochrone;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.io.geojson.GeoJsonWriter;

/**
 * Writes isochrones as a GeoJSON FeatureCollection in WGS84 lon/lat (7 decimals, about 1 cm),
 * one feature per isochrone with properties {@code from_minutes}, {@code minutes},
 * {@code street_length_m} (metres of street reached in the band) and {@code area_m2}. The file is
 * written beside the target and moved into place, so readers never see half a file.
 */
public final class IsochroneGeoJsonWriter {

    private IsochroneGeoJsonWriter() {
    }

    public static void write(List<Isochrone> isochrones, Path out) throws IOException {
        Path folder = out.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path tmp = Files.createTempFile(folder, "." + out.getFileName(), ".tmp");
        try {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                GeoJsonWriter geometry = new GeoJsonWriter(7);
                geometry.setEncodeCRS(false);
                geometry.setForceCCW(true);
                w.write("{\"type\":\"FeatureCollection\",\"features\":[");
                for (int i = 0; i < isochrones.size(); i++) {
                    Isochrone iso = isochrones.get(i);
                    w.write(i == 0 ? "\n" : ",\n");
                    w.write(String.format(Locale.ROOT,
                            "{\"type\":\"Feature\",\"properties\":{\"from_minutes\":%s,\"minutes\":%s,"
                                    + "\"street_length_m\":%.1f,\"area_m2\":%.0f},\"geometry\":",
                            number(iso.fromMinutes()), number(iso.minutes()), iso.streetLengthMeters(), iso.areaM2()));
                    geometry.write(iso.polygon(), w);
                    w.write("}");
                }
                w.write("\n]}\n");
            }
            try {
                Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
