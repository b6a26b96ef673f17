package org.lifecircle.rounds;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * A CVRPLIB instance (TSPLIB format, EUC_2D, one depot) read from a .vrp file, and its
 * translation into {@link VehicleRouting.Instance}: arc cost = Euclidean distance rounded to the
 * nearest integer per edge (CVRPLIB's convention), the dimension = load (transit = demand of the
 * node left), capacity per vehicle, as many vehicles as first-fit-decreasing packs the demands into (a
 * feasible plan exists with that many, so no optimum is cut off). O(n²).
 */
public record Cvrplib(String name, int capacity, double[] x, double[] y, int[] demand, int depot) {

    public static final Path FOLDER = Path.of("../shared/data/cvrplib-a");

    /** The eight instances with their published optima (PROVENANCE.md). */
    public static final List<String> NAMES = List.of("A-n32-k5", "A-n33-k6", "A-n34-k5", "A-n39-k5", "A-n44-k6",
            "A-n45-k6", "A-n65-k9", "A-n80-k10");
    public static final long[] OPTIMA = {784, 742, 778, 822, 937, 944, 1174, 1763};

    public static Cvrplib read(String name) throws IOException {
        List<String> lines = Files.readAllLines(FOLDER.resolve(name + ".vrp"));
        int dimension = 0;
        int capacity = 0;
        double[] x = null;
        double[] y = null;
        int[] demand = null;
        int depot = -1;
        String section = "";
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty()) continue;
            if (line.startsWith("DIMENSION")) {
                dimension = Integer.parseInt(line.substring(line.indexOf(':') + 1).strip());
                x = new double[dimension];
                y = new double[dimension];
                demand = new int[dimension];
            } else if (line.startsWith("CAPACITY")) {
                capacity = Integer.parseInt(line.substring(line.indexOf(':') + 1).strip());
            } else if (line.equals("NODE_COORD_SECTION") || line.equals("DEMAND_SECTION") || line.equals("DEPOT_SECTION")) {
                section = line;
            } else if (line.equals("EOF")) {
                break;
            } else if (line.contains(":")) {
                section = "";
            } else {
                String[] f = line.split("\\s+");
                switch (section) {
                    case "NODE_COORD_SECTION" -> {
                        int i = Integer.parseInt(f[0]) - 1;
                        x[i] = Double.parseDouble(f[1]);
                        y[i] = Double.parseDouble(f[2]);
                    }
                    case "DEMAND_SECTION" -> demand[Integer.parseInt(f[0]) - 1] = Integer.parseInt(f[1]);
                    case "DEPOT_SECTION" -> {
                        int d = Integer.parseInt(f[0]);
                        if (d > 0 && depot < 0) depot = d - 1;
                    }
                    default -> throw new IOException(name + ": unexpected line " + line);
                }
            }
        }
        return new Cvrplib(name, capacity, x, y, demand, depot);
    }

    public int size() {
        return x.length;
    }

    /** CVRPLIB's EUC_2D distance: rounded to the nearest integer. */
    public long distance(int i, int j) {
        return Math.round(Math.hypot(x[i] - x[j], y[i] - y[j]));
    }

    /** The routing instance: vehicles at the depot, load dimension. */
    public VehicleRouting.Instance routing() {
        int n = size();
        if (depot != 0) throw new IllegalStateException(name + ": the depot must be node 1");
        long[][] cost = new long[n][n];
        long[][] load = new long[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                cost[i][j] = distance(i, j);
                load[i][j] = demand[i];
            }
        }
        int vehicles = firstFitDecreasingBins();
        int[] depots = new int[vehicles];
        Arrays.fill(depots, depot);
        long[] capacities = new long[vehicles];
        Arrays.fill(capacities, capacity);
        return new VehicleRouting.Instance(cost, load, depots, capacities, 1);
    }

    /** Bins of first-fit decreasing over the demands: an upper bound on the vehicles needed. */
    public int firstFitDecreasingBins() {
        int[] sorted = Arrays.stream(demand).filter(d -> d > 0).boxed().sorted((a, b) -> b - a).mapToInt(Integer::intValue).toArray();
        long[] free = new long[sorted.length];
        int bins = 0;
        for (int d : sorted) {
            int b = 0;
            while (b < bins && free[b] < d) b++;
            if (b == bins) free[bins++] = capacity;
            free[b] -= d;
        }
        return bins;
    }

    /** Fewest vehicles any solution needs by load alone: ⌈Σ demand / capacity⌉. */
    public int loadLowerBound() {
        long total = 0;
        for (int d : demand) total += d;
        return (int) ((total + capacity - 1) / capacity);
    }
}
