package org.lifecircle.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.lifecircle.io.InputException;
import org.lifecircle.io.PointCsvReader;
import org.lifecircle.io.PointRecord;
import org.lifecircle.network.StreetNetwork;
import org.lifecircle.network.load.NetworkLoader;
import org.lifecircle.network.traveltime.NetworkTravelTimes;
import org.lifecircle.network.traveltime.StraightLineTravelTimes;
import org.lifecircle.network.traveltime.TravelTimeModel;
import org.lifecircle.rounds.MonthSchedule;
import org.lifecircle.rounds.RoundsPlan;
import org.lifecircle.rounds.RoundsPlanner;
import org.lifecircle.rounds.RoundsProblem;
import org.lifecircle.rounds.RoundsTimes;
import org.lifecircle.rounds.VehicleRouting;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code rounds}: mobile service rounds (流动服务) from depots to stops over the street network
 * (or straight-line), solved by {@link RoundsPlanner}; writes routes.geojson, schedule.csv and
 * result.json. Translates files and options only; bad input exits 2 naming file and row.
 */
@Command(name = "rounds", mixinStandardHelpOptions = true, description = {
    "Mobile service rounds (流动服务): the fewest vehicle-days per month, then the least driving, to visit",
    "every stop its number of times a month from the depots, each vehicle-day within --day-hours incl. travel.",
    "Stops CSV: id,lon,lat[,per_month,service_minutes]; depots CSV: id,lon,lat.",
    "Writes DIR/routes.geojson, DIR/schedule.csv and DIR/result.json. Stops no depot can serve within a day",
    "are listed in result.json with the arithmetic."})
final class RoundsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--network", description = "Street network (.osm.pbf, .osm, .osm.gz, .geojson, .gpkg); straight-line times without it.")
    Path network;

    @Option(names = "--stops", required = true, description = "Stops CSV: id,lon,lat[,per_month,service_minutes].")
    Path stopsFile;

    @Option(names = "--depots", required = true, description = "Depots CSV: id,lon,lat.")
    Path depotsFile;

    @Option(names = "--speed-kmh", defaultValue = "30", description = "Vehicle speed in km/h (default: ${DEFAULT-VALUE}).")
    double speedKmh;

    @Option(names = "--day-hours", defaultValue = "8", description = "Working day per vehicle incl. travel, hours (default: ${DEFAULT-VALUE}).")
    double dayHours;

    @Option(names = "--service-minutes", defaultValue = "120", description = "Service time per visit when the stop has none (default: ${DEFAULT-VALUE}).")
    double serviceMinutes;

    @Option(names = "--per-month", defaultValue = "1", description = "Visits a month when the stop has none (default: ${DEFAULT-VALUE}).")
    int perMonth;

    @Option(names = "--working-days", defaultValue = "20", description = "Working days a month for the schedule (default: ${DEFAULT-VALUE}).")
    int workingDays;

    @Option(names = "--day-start", defaultValue = "08:00", description = "Clock time the vehicles leave (default: ${DEFAULT-VALUE}).")
    String dayStart;

    @Option(names = "--max-snap-m", defaultValue = "500", description = "Maximum distance from a point to the network in metres (default: ${DEFAULT-VALUE}).")
    double maxSnapMeters;

    @Option(names = "--time-limit-s", defaultValue = "30", description = "Search time cap in seconds (default: ${DEFAULT-VALUE}).")
    double timeLimitSeconds;

    @Option(names = "--solution-limit", defaultValue = "20000", description = "Search solution limit; reached first, the plan is reproducible (default: ${DEFAULT-VALUE}).")
    long solutionLimit;

    @Option(names = "--out", required = true, description = "Output folder.")
    Path out;

    @Override
    public Integer call() throws IOException {
        OdCommand.checkPositive("--speed-kmh", speedKmh);
        OdCommand.checkPositive("--day-hours", dayHours);
        OdCommand.checkPositive("--time-limit-s", timeLimitSeconds);
        if (dayHours > 24) throw InputException.of("--day-hours", "must be at most 24, got " + dayHours);
        if (!(serviceMinutes >= 0)) throw InputException.of("--service-minutes", "must be >= 0, got " + serviceMinutes);
        if (perMonth < 1) throw InputException.of("--per-month", "a frequency of " + perMonth + " visits a month: it must be at least 1");
        if (workingDays < 1 || workingDays > 31) throw InputException.of("--working-days", "must be 1..31, got " + workingDays);
        if (solutionLimit < 1) throw InputException.of("--solution-limit", "must be >= 1");
        long startSeconds = clockSeconds(dayStart);
        long daySeconds = Math.round(dayHours * 3600);

        List<PointRecord> depots = PointCsvReader.read(depotsFile);
        List<PointRecord> stopRows = PointCsvReader.read(stopsFile);
        if (depots.isEmpty()) throw InputException.of(String.valueOf(depotsFile.getFileName()), "has no depots");
        List<RoundsProblem.Stop> stops = new ArrayList<>();
        String stopSource = String.valueOf(stopsFile.getFileName());
        for (PointRecord r : stopRows) stops.add(stop(stopSource, r, daySeconds));

        int n = depots.size() + stops.size();
        double[] lon = new double[n];
        double[] lat = new double[n];
        for (int i = 0; i < n; i++) {
            PointRecord p = i < depots.size() ? depots.get(i) : stopRows.get(i - depots.size());
            lon[i] = p.lon();
            lat[i] = p.lat();
        }
        TravelTimeModel model;
        if (network != null) {
            StreetNetwork streets = NetworkLoader.load(network);
            model = new NetworkTravelTimes(streets, maxSnapMeters, Runtime.getRuntime().availableProcessors());
        } else {
            model = new StraightLineTravelTimes();
        }
        RoundsTimes times = new RoundsTimes(model, lon, lat, speedKmh);
        String depotSource = String.valueOf(depotsFile.getFileName());
        for (int d = 0; d < depots.size(); d++) {
            if (!times.points().onNetwork(d)) {
                double meters = times.points().snapMeters(d);
                throw InputException.atRow(depotSource, depots.get(d).row(), "depot " + depots.get(d).id() + " is "
                        + (Double.isFinite(meters) ? String.format(Locale.ROOT, "%.0f m from the nearest street > --max-snap-m %.0f m", meters, maxSnapMeters)
                                : "not near any street of the network"));
            }
        }
        RoundsProblem problem;
        try {
            problem = new RoundsProblem(depots.stream().map(PointRecord::id).toList(), stops, times.matrix(), daySeconds, workingDays);
        } catch (IllegalArgumentException e) {
            throw InputException.of(stopSource, e.getMessage());
        }
        RoundsPlan plan = RoundsPlanner.plan(problem, new VehicleRouting.Limits(timeLimitSeconds, solutionLimit));

        List<Map<String, Object>> unserved = new ArrayList<>();
        for (RoundsPlan.Unserved u : plan.unserved()) {
            int node = problem.stopNode(u.stop());
            String reason = times.points().onNetwork(node) ? u.reason()
                    : String.format(Locale.ROOT, "%.0f m from the nearest street > --max-snap-m %.0f m", times.points().snapMeters(node), maxSnapMeters);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", u.stopId());
            row.put("row", stopRows.get(u.stop()).row());
            row.put("reason", reason);
            unserved.add(row);
        }
        List<MonthSchedule.Slot> slots = MonthSchedule.assign(plan, workingDays, depots.size());
        writeSchedule(plan, slots, startSeconds, problem);
        writeRoutes(plan, times, problem);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("vehicleDaysPerMonth", plan.vehicleDaysPerMonth());
        result.put("drivingSeconds", plan.drivingSecondsPerMonth());
        result.put("rounds", plan.rounds().size());
        result.put("stops", stops.size());
        result.put("servedStops", stops.size() - plan.unserved().size());
        result.put("unserved", unserved);
        result.put("timeMode", times.timeMode());
        result.put("speedKmh", speedKmh);
        result.put("daySeconds", daySeconds);
        result.put("workingDaysPerMonth", workingDays);
        result.put("reproducible", plan.reproducible());
        result.put("runtimeMs", plan.wallMillis());
        String json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(result) + "\n";
        OdCommand.writeAtomically(out.resolve("result.json"), w -> w.write(json));
        spec.commandLine().getOut().printf(Locale.ROOT, "%d vehicle-days a month in %d rounds, %.1f h driving a month, %d of %d stops unserved (%s times) → %s%n",
                plan.vehicleDaysPerMonth(), plan.rounds().size(), plan.drivingSecondsPerMonth() / 3600.0, plan.unserved().size(), stops.size(),
                times.timeMode(), out);
        return 0;
    }

    private RoundsProblem.Stop stop(String source, PointRecord r, long daySeconds) {
        String freqText = attribute(r, "per_month");
        String serviceText = attribute(r, "service_minutes");
        int frequency = perMonth;
        if (freqText != null && !freqText.isBlank()) {
            try {
                frequency = Integer.parseInt(freqText.strip());
            } catch (NumberFormatException e) {
                throw InputException.atRow(source, r.row(), "per_month \"" + freqText + "\" is not a whole number");
            }
        }
        if (frequency < 1) throw InputException.atRow(source, r.row(), "stop " + r.id() + ": per_month " + frequency + " — a stop must be visited at least once a month");
        if (frequency > workingDays) {
            throw InputException.atRow(source, r.row(), "stop " + r.id() + ": per_month " + frequency + " > " + workingDays + " working days (at most one visit a day)");
        }
        double minutes = serviceMinutes;
        if (serviceText != null && !serviceText.isBlank()) {
            try {
                minutes = Double.parseDouble(serviceText.strip());
            } catch (NumberFormatException e) {
                throw InputException.atRow(source, r.row(), "service_minutes \"" + serviceText + "\" is not a number");
            }
            if (!(minutes >= 0) || Double.isInfinite(minutes)) throw InputException.atRow(source, r.row(), "service_minutes must be >= 0, got " + serviceText);
        }
        long serviceSeconds = Math.round(minutes * 60);
        if (serviceSeconds > daySeconds) {
            throw InputException.atRow(source, r.row(), String.format(Locale.ROOT, "stop %s: service %s min > working day %s h = %d min",
                    r.id(), fmt(minutes), fmt(dayHours), daySeconds / 60));
        }
        return new RoundsProblem.Stop(r.id(), frequency, serviceSeconds);
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    private static String attribute(PointRecord r, String name) {
        for (Map.Entry<String, String> e : r.attributes().entrySet()) {
            if (e.getKey().strip().equalsIgnoreCase(name)) return e.getValue();
        }
        return null;
    }

    private static long clockSeconds(String text) {
        String[] parts = text.strip().split(":");
        try {
            int h = Integer.parseInt(parts[0]);
            int m = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
            if (parts.length > 2 || h < 0 || h > 23 || m < 0 || m > 59) throw new NumberFormatException();
            return h * 3600L + m * 60L;
        } catch (NumberFormatException e) {
            throw InputException.of("--day-start", "must be a clock time HH:MM, got " + text);
        }
    }

    private void writeSchedule(RoundsPlan plan, List<MonthSchedule.Slot> slots, long startSeconds, RoundsProblem problem) throws IOException {
        OdCommand.writeAtomically(out.resolve("schedule.csv"), w -> {
            w.write("day,vehicle,depot,round,stop_order,stop_id,arrival,departure\n");
            for (MonthSchedule.Slot slot : slots) {
                RoundsPlan.Round round = plan.rounds().get(slot.round());
                String vehicle = OdCommand.csvField(round.depotId() + "-" + slot.vehicle());
                String prefix = slot.day() + "," + vehicle + "," + OdCommand.csvField(round.depotId()) + "," + (slot.round() + 1) + ",";
                w.write(prefix + "0," + OdCommand.csvField(round.depotId()) + ",," + clock(startSeconds) + "\n");
                int order = 1;
                for (RoundsPlan.Visit v : round.visits()) {
                    w.write(prefix + order++ + "," + OdCommand.csvField(v.stopId()) + "," + clock(startSeconds + v.arrivalSeconds()) + ","
                            + clock(startSeconds + v.departureSeconds()) + "\n");
                }
                w.write(prefix + order + "," + OdCommand.csvField(round.depotId()) + "," + clock(startSeconds + round.returnSeconds()) + ",\n");
            }
        });
    }

    private static String clock(long seconds) {
        return String.format(Locale.ROOT, "%02d:%02d:%02d", seconds / 3600, seconds % 3600 / 60, seconds % 60);
    }

    private void writeRoutes(RoundsPlan plan, RoundsTimes times, RoundsProblem problem) throws IOException {
        List<Map<String, Object>> features = new ArrayList<>();
        for (int r = 0; r < plan.rounds().size(); r++) {
            RoundsPlan.Round round = plan.rounds().get(r);
            int[] order = new int[round.visits().size() + 2];
            order[0] = round.depot();
            for (int k = 0; k < round.visits().size(); k++) order[k + 1] = problem.stopNode(round.visits().get(k).stop());
            order[order.length - 1] = round.depot();
            List<double[]> line = times.roundLine(order);
            if (line.size() < 2) line.add(line.get(0));
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("round", r + 1);
            props.put("depot", round.depotId());
            props.put("perMonth", round.perMonth());
            props.put("stops", round.visits().stream().map(RoundsPlan.Visit::stopId).toList());
            props.put("drivingSeconds", round.drivingSeconds());
            props.put("daySeconds", round.returnSeconds());
            props.put("timeMode", times.timeMode());
            Map<String, Object> geometry = new LinkedHashMap<>();
            geometry.put("type", "LineString");
            geometry.put("coordinates", line.stream().map(p -> List.of(round7(p[0]), round7(p[1]))).toList());
            Map<String, Object> feature = new LinkedHashMap<>();
            feature.put("type", "Feature");
            feature.put("properties", props);
            feature.put("geometry", geometry);
            features.add(feature);
        }
        Map<String, Object> fc = new LinkedHashMap<>();
        fc.put("type", "FeatureCollection");
        fc.put("features", features);
        String json = new ObjectMapper().writeValueAsString(fc) + "\n";
        OdCommand.writeAtomically(out.resolve("routes.geojson"), w -> w.write(json));
    }

    private static double round7(double v) {
        return Math.round(v * 1e7) / 1e7;
    }
}
