package org.lifecircle.rounds;

import java.util.List;

/**
 * The result of {@link RoundsPlanner}: the rounds (one vehicle-day route each, run
 * {@code perMonth} days a month), the stops left unserved with the arithmetic why, and the
 * month's totals. {@code reproducible} is false when a time limit rather than the solution
 * limit stopped a search (the plan may then differ between runs).
 */
public record RoundsPlan(List<Round> rounds, List<Unserved> unserved, long vehicleDaysPerMonth, long drivingSecondsPerMonth,
        boolean reproducible, long wallMillis) {

    /** A stop visited at {@code arrivalSeconds} after the day's start, left at {@code departureSeconds}. */
    public record Visit(int stop, String stopId, long arrivalSeconds, long departureSeconds) {}

    /** One route from a depot and back, driven on {@code perMonth} days of the month. */
    public record Round(String depotId, int depot, int perMonth, List<Visit> visits, long returnSeconds, long drivingSeconds) {}

    /** A stop no vehicle-day can serve, and why (the arithmetic for each depot). */
    public record Unserved(int stop, String stopId, String reason) {}
}
