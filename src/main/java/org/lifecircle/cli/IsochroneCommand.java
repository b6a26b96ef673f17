package org.lifecircle.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.lifecircle.io.InputException;
import org.lifecircle.network.StreetNetwork;
import org.lifecircle.network.isochrone.Isochrone;
import org.lifecircle.network.isochrone.IsochroneGeoJsonWriter;
import org.lifecircle.network.isochrone.IsochroneRequest;
import org.lifecircle.network.isochrone.Isochrones;
import org.lifecircle.network.linking.Snapper;
import org.lifecircle.network.load.NetworkLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code isochrone}: walking isochrone polygons around one point (DESIGN.md command line); the
 * options become an {@link IsochroneRequest} for the {@link Isochrones} use case the API shares.
 */
@Command(name = "isochrone", description = {
    "Walking isochrones around a point as GeoJSON (WGS84): one polygon per minute value, nested",
    "(0 to N minutes) or, with --rings, as bands between consecutive values. Properties:",
    "from_minutes, minutes, street_length_m (street reached), area_m2."})
final class IsochroneCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--network", required = true, description = "Street network: .osm.pbf, .osm, .osm.gz or a line layer (.geojson, .gpkg).")
    Path network;

    @Option(names = "--from", required = true, description = "Start point as lon,lat (WGS84 degrees).")
    String from;

    @Option(names = "--minutes", required = true, split = ",", description = "Minute values, e.g. 5,10,15.")
    double[] minutes;

    @Option(names = "--speed-kmh", defaultValue = "4.5", description = "Walking speed in km/h (default: ${DEFAULT-VALUE}).")
    double speedKmh;

    @Option(names = "--buffer-m", defaultValue = "50", description = "Buffer around reached streets in metres (default: ${DEFAULT-VALUE}).")
    double bufferMeters;

    @Option(names = "--max-snap-m", defaultValue = "500", description = "Maximum distance from the point to the street network in metres (default: ${DEFAULT-VALUE}).")
    double maxSnapMeters;

    @Option(names = "--rings", description = "Write bands between consecutive minute values instead of nested polygons.")
    boolean rings;

    @Option(names = "--out", required = true, description = "Output GeoJSON file.")
    Path out;

    @Override
    public Integer call() throws IOException {
        double[] lonLat = parseLonLat(from);
        for (double m : minutes) OdCommand.checkPositive("--minutes", m);
        OdCommand.checkPositive("--speed-kmh", speedKmh);
        OdCommand.checkPositive("--buffer-m", bufferMeters);
        if (!(maxSnapMeters >= 0)) throw InputException.of("--max-snap-m", "must be a distance in metres >= 0");
        IsochroneRequest request = asOption(() -> new IsochroneRequest(new IsochroneRequest.Origin("--from", from, lonLat[0], lonLat[1]),
                Arrays.stream(minutes).boxed().toList(), speedKmh, IsochroneRequest.WALK, rings, bufferMeters, maxSnapMeters));
        StreetNetwork streets = NetworkLoader.load(network);
        List<Isochrone> written = Isochrones.build(streets, new Snapper(streets), request).isochrones();
        IsochroneGeoJsonWriter.write(written, out);
        for (Isochrone iso : written) {
            spec.commandLine().getOut().printf(Locale.ROOT, "%s–%s min: %,.0f m of street, %,.0f m²%n",
                    trim(iso.fromMinutes()), trim(iso.minutes()), iso.streetLengthMeters(), iso.areaM2());
        }
        spec.commandLine().getOut().println("wrote " + written.size() + " isochrones to " + out);
        return 0;
    }

    /** The request's own field names as this command's options, so an error names what the user typed. */
    private static IsochroneRequest asOption(Supplier<IsochroneRequest> request) {
        try {
            return request.get();
        } catch (InputException e) {
            String option = OPTIONS.getOrDefault(e.source(), e.source());
            throw new InputException(option, e.location(), e.reason(), e);
        }
    }

    private static final Map<String, String> OPTIONS = Map.of("minutes", "--minutes", "speedKmh", "--speed-kmh",
            "bufferMeters", "--buffer-m", "maxSnapMeters", "--max-snap-m");

    private static String trim(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    static double[] parseLonLat(String text) {
        String[] parts = text.split(",");
        double[] lonLat = new double[2];
        try {
            if (parts.length != 2) throw new NumberFormatException();
            lonLat[0] = Double.parseDouble(parts[0].trim());
            lonLat[1] = Double.parseDouble(parts[1].trim());
        } catch (NumberFormatException e) {
            throw InputException.of("--from", "expected lon,lat in degrees, got '" + text + "'");
        }
        if (!(Math.abs(lonLat[0]) <= 180) || !(Math.abs(lonLat[1]) <= 90)) {
            throw InputException.of("--from", "lon,lat " + Arrays.toString(lonLat) + " is outside [-180,180] × [-90,90]");
        }
        return lonLat;
    }
}
