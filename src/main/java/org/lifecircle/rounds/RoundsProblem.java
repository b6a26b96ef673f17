package org.lifecircle.rounds;

import java.util.List;

/**
 * A mobile-service rounds problem (流动服务): depots and stops with a directed travel-time
 * matrix over them (node order: depots first, then stops; +Inf = unreachable), per stop a visit
 * frequency per month and a service time, and one working-day limit per vehicle-day that
 * includes driving and service. Validates on construction; O(n²) to check the matrix.
 */
public record RoundsProblem(List<String> depotIds, List<Stop> stops, double[][] travelSeconds, long daySeconds,
        int workingDaysPerMonth) {

    /** A place to visit {@code perMonth} times a month for {@code serviceSeconds} each time. */
    public record Stop(String id, int perMonth, long serviceSeconds) {}

    public RoundsProblem {
        depotIds = List.copyOf(depotIds);
        stops = List.copyOf(stops);
        if (depotIds.isEmpty()) throw new IllegalArgumentException("at least one depot is needed");
        if (daySeconds <= 0) throw new IllegalArgumentException("the working day must be longer than 0 s");
        if (workingDaysPerMonth < 1) throw new IllegalArgumentException("a month needs at least one working day");
        int n = depotIds.size() + stops.size();
        if (travelSeconds.length != n) {
            throw new IllegalArgumentException("travel matrix has " + travelSeconds.length + " rows for " + n + " depots and stops");
        }
        for (double[] row : travelSeconds) {
            if (row.length != n) throw new IllegalArgumentException("travel matrix is not square");
            for (double t : row) if (Double.isNaN(t) || t < 0) throw new IllegalArgumentException("travel times must be >= 0 s or +Inf");
        }
        for (Stop s : stops) {
            if (s.perMonth() < 1) throw new IllegalArgumentException("stop " + s.id() + ": a frequency of " + s.perMonth() + " visits a month; it must be at least 1");
            if (s.perMonth() > workingDaysPerMonth) {
                throw new IllegalArgumentException("stop " + s.id() + ": " + s.perMonth() + " visits a month > " + workingDaysPerMonth
                        + " working days (at most one visit a day)");
            }
            if (s.serviceSeconds() < 0) throw new IllegalArgumentException("stop " + s.id() + ": service time must be >= 0");
            if (s.serviceSeconds() > daySeconds) {
                throw new IllegalArgumentException("stop " + s.id() + ": service " + Durations.text(s.serviceSeconds()) + " > working day "
                        + Durations.text(daySeconds));
            }
        }
    }

    public int depotCount() {
        return depotIds.size();
    }

    /** Matrix node of stop {@code s}. */
    public int stopNode(int s) {
        return depotIds.size() + s;
    }

    /** Whole seconds of a leg, rounded up (keeps the triangle inequality; float noise under 1 ms ignored), or -1 when unreachable. */
    public long legSeconds(int fromNode, int toNode) {
        double t = travelSeconds[fromNode][toNode];
        return Double.isInfinite(t) ? -1 : (long) Math.ceil(t - 1e-3);
    }
}
