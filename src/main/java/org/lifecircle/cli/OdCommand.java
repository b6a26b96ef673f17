package org.lifecircle.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.lifecircle.io.InputException;
import org.lifecircle.io.PointCsvReader;
import org.lifecircle.io.PointRecord;
import org.lifecircle.network.StreetNetwork;
import org.lifecircle.network.load.NetworkLoader;
import org.lifecircle.network.traveltime.Locations;
import org.lifecircle.network.traveltime.NetworkTravelTimes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code od}: walking times from every point of one CSV to every point of another over a street
 * network, streamed to a CSV of the pairs within the time limit (DESIGN.md command line).
 */
@Command(name = "od", description = {
    "Walking-time OD matrix over a street network: writes from_id,to_id,seconds for every pair",
    "reachable within --max-minutes (every reachable pair without it). Seconds have one decimal.",
    "Points farther than --max-snap-m from a walkable street are named in a warning and left out."})
final class OdCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--network", required = true, description = "Street network: .osm.pbf, .osm, .osm.gz or a line layer (.geojson, .gpkg).")
    Path network;

    @Option(names = "--from", required = true, description = "Origin points CSV: id,lon,lat[,weight].")
    Path from;

    @Option(names = "--to", required = true, description = "Destination points CSV: id,lon,lat[,weight].")
    Path to;

    @Option(names = "--max-minutes", description = "Keep pairs within this many minutes (default: all reachable pairs).")
    Double maxMinutes;

    @Option(names = "--speed-kmh", defaultValue = "4.5", description = "Walking speed in km/h (default: ${DEFAULT-VALUE}).")
    double speedKmh;

    @Option(names = "--max-snap-m", defaultValue = "500", description = "Maximum distance from a point to the street network in metres (default: ${DEFAULT-VALUE}).")
    double maxSnapMeters;

    @Option(names = "--crs", description = "CRS of the point CSVs when not WGS84 lon/lat (EPSG code, WKT, GCJ-02, BD-09).")
    String crs;

    @Option(names = "--out", required = true, description = "Output CSV: from_id,to_id,seconds.")
    Path out;

    @Override
    public Integer call() throws IOException {
        checkPositive("--speed-kmh", speedKmh);
        if (maxMinutes != null) checkPositive("--max-minutes", maxMinutes);
        if (!(maxSnapMeters >= 0)) throw InputException.of("--max-snap-m", "must be a distance in metres >= 0");
        double limitSeconds = maxMinutes == null ? Double.POSITIVE_INFINITY : maxMinutes * 60;
        long started = System.nanoTime();
        List<PointRecord> origins = PointCsvReader.read(from, crs);
        List<PointRecord> destinations = PointCsvReader.read(to, crs);
        StreetNetwork streets = NetworkLoader.load(network);
        NetworkTravelTimes model = new NetworkTravelTimes(streets, maxSnapMeters, Runtime.getRuntime().availableProcessors());
        Locations fromPoints = locate(model, origins);
        Locations toPoints = locate(model, destinations);
        PrintWriter err = spec.commandLine().getErr();
        warnOffNetwork(err, from, origins, fromPoints);
        warnOffNetwork(err, to, destinations, toPoints);

        long[] pairs = {0};
        writeAtomically(out, w -> {
            w.write("from_id,to_id,seconds\n");
            StringBuilder line = new StringBuilder(64);
            model.forEachSource(fromPoints, toPoints, speedKmh, limitSeconds, (source, count, targets, seconds) -> {
                String fromId = csvField(origins.get(source).id());
                try {
                    for (int k = 0; k < count; k++) {
                        line.setLength(0);
                        line.append(fromId).append(',').append(csvField(destinations.get(targets[k]).id())).append(',');
                        appendTenths(line, seconds[k]).append('\n');
                        w.append(line);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                pairs[0] += count;
            });
        });
        spec.commandLine().getOut().printf(Locale.ROOT, "wrote %,d pairs (%,d × %,d points, %s) to %s in %.1f s%n", pairs[0],
                origins.size(), destinations.size(), streets, out, (System.nanoTime() - started) / 1e9);
        return 0;
    }

    static void checkPositive(String option, double value) {
        if (!(value > 0) || Double.isInfinite(value)) throw InputException.of(option, "must be a positive number, got " + value);
    }

    static Locations locate(NetworkTravelTimes model, List<PointRecord> points) {
        double[] lon = new double[points.size()];
        double[] lat = new double[points.size()];
        for (int i = 0; i < lon.length; i++) {
            lon[i] = points.get(i).lon();
            lat[i] = points.get(i).lat();
        }
        return model.locate(lon, lat);
    }

    /** One stderr line naming every off-network point of a file with its distance to the streets. */
    static void warnOffNetwork(PrintWriter err, Path file, List<PointRecord> points, Locations located) {
        int[] off = located.offNetwork();
        if (off.length == 0) return;
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "warning: %s: %d of %d points are more than %.0f m from a walkable street and are left out:",
                file, off.length, points.size(), located.snapped().maxSnapMeters()));
        for (int i = 0; i < off.length; i++) {
            double meters = located.snapMeters(off[i]);
            sb.append(i == 0 ? " " : ", ").append(points.get(off[i]).id()).append(" (")
                    .append(Double.isFinite(meters) ? String.format(Locale.ROOT, "%.0f m", meters) : "no street").append(')');
        }
        err.println(sb);
        err.flush();
    }

    /** Seconds rounded to one decimal, without String.format (millions of lines). */
    static StringBuilder appendTenths(StringBuilder sb, float seconds) {
        long tenths = Math.round(seconds * 10.0);
        return sb.append(tenths / 10).append('.').append(tenths % 10);
    }

    static String csvField(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) return value;
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    interface WriterBody {
        void write(Writer w) throws IOException;
    }

    /** Writes through a temp file in the target's folder and moves it into place. */
    static void writeAtomically(Path target, WriterBody body) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path tmp = Files.createTempFile(folder, "." + target.getFileName(), ".tmp");
        try {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                body.write(w);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
