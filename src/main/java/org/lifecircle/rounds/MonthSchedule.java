package org.lifecircle.rounds;

import java.util.ArrayList;
import java.util.List;

/**
 * Spreads the rounds over the working days of a month: a round driven f times a month runs on
 * days spaced about W/f apart (W working days), with the first day chosen to keep the busiest
 * day's vehicle count low (greedy, rounds taken most frequent first). Vehicles are numbered per
 * depot and day. Cost O(rounds × W).
 */
public final class MonthSchedule {

    /** Round {@code round} of the plan runs on working day {@code day} (1-based) as vehicle {@code vehicle} of its depot. */
    public record Slot(int day, int round, int vehicle) {}

    private MonthSchedule() {
    }

    public static List<Slot> assign(RoundsPlan plan, int workingDays, int depots) {
        int[][] perDepotDay = new int[depots][workingDays];
        int[] perDay = new int[workingDays];
        List<Slot> slots = new ArrayList<>();
        for (int r = 0; r < plan.rounds().size(); r++) {
            RoundsPlan.Round round = plan.rounds().get(r);
            int f = round.perMonth();
            double spacing = (double) workingDays / f;
            int bestOffset = 0;
            long bestScore = Long.MAX_VALUE;
            for (int offset = 0; offset < Math.max(1, (int) Math.floor(spacing)); offset++) {
                long max = 0;
                long sum = 0;
                for (int k = 0; k < f; k++) {
                    int day = (int) Math.floor(offset + k * spacing);
                    max = Math.max(max, perDay[day]);
                    sum += perDay[day];
                }
                long score = max * 1_000_000 + sum;
                if (score < bestScore) {
                    bestScore = score;
                    bestOffset = offset;
                }
            }
            for (int k = 0; k < f; k++) {
                int day = (int) Math.floor(bestOffset + k * spacing);
                perDay[day]++;
                int vehicle = ++perDepotDay[round.depot()][day];
                slots.add(new Slot(day + 1, r, vehicle));
            }
        }
        slots.sort((a, b) -> a.day() != b.day() ? Integer.compare(a.day(), b.day()) : Integer.compare(a.round(), b.round()));
        return slots;
    }
}
