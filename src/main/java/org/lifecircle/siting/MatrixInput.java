package org.lifecircle.siting;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lifecircle.io.InputException;

/**
 * Reads the files of matrix mode into model inputs, validating every row: the OD matrix
 * {@code from_id,to_id,cost} (demand → candidate, header row, an empty cost or a missing pair =
 * not reachable), weights {@code id,weight}, id lists (existing, excluded), capacities
 * {@code id,capacity} and candidate positions {@code id,lon,lat}. Rows are numbered as lines of
 * the file (the header is row 1). Streaming, O(rows) memory for the kept pairs.
 */
public final class MatrixInput {

    private final CostMatrix matrix;
    private final String[] demandIds;
    private final String[] candidateIds;
    private final double[] weights;
    private final Map<String, Integer> candidateColumn;
    private final String matrixName;

    private MatrixInput(CostMatrix matrix, String[] demandIds, String[] candidateIds, double[] weights,
            Map<String, Integer> candidateColumn, String matrixName) {
        this.matrix = matrix;
        this.demandIds = demandIds;
        this.candidateIds = candidateIds;
        this.weights = weights;
        this.candidateColumn = candidateColumn;
        this.matrixName = matrixName;
    }

    /**
     * Reads the matrix and (when not null) the weights; extra candidates (e.g. from a
     * candidates file) become columns with no pair.
     */
    public static MatrixInput read(Path od, Path weightsFile, List<String> extraCandidates) {
        String name = od.toString();
        Map<String, Integer> demandRow = new LinkedHashMap<>();
        Map<String, Integer> candidateColumn = new LinkedHashMap<>();
        List<int[]> pairs = new ArrayList<>();
        List<Double> costs = new ArrayList<>();
        List<Long> firstRowOf = new ArrayList<>();
        Map<Long, Long> seen = new HashMap<>();
        boolean[] header = {false};
        forEachRow(od, (row, f) -> {
            if (row == 1) {
                header[0] = true;
                if (f.length < 3) throw InputException.atRow(name, row, "header needs 3 columns from_id,to_id,cost");
                return;
            }
            if (f.length < 3) throw InputException.atRow(name, row, "expected 3 columns from_id,to_id,cost, found " + f.length);
            String from = f[0];
            String to = f[1];
            if (from.isEmpty() || to.isEmpty()) throw InputException.atRow(name, row, "empty id");
            int i = demandRow.computeIfAbsent(from, k -> {
                firstRowOf.add(row);
                return demandRow.size();
            });
            int j = candidateColumn.computeIfAbsent(to, k -> candidateColumn.size());
            long key = ((long) i << 32) | j;
            Long earlier = seen.putIfAbsent(key, row);
            if (earlier != null) {
                throw InputException.atRow(name, row, "pair " + from + " → " + to + " already given at row " + earlier);
            }
            if (f[2].isEmpty()) return;
            double cost = number(name, row, f[2], "cost");
            pairs.add(new int[] {i, j});
            costs.add(cost);
        });
        if (!header[0]) throw InputException.of(name, "the file is empty (expected a header from_id,to_id,cost)");
        if (extraCandidates != null) for (String id : extraCandidates) candidateColumn.computeIfAbsent(id, k -> candidateColumn.size());
        if (candidateColumn.isEmpty()) throw InputException.of(name, "no pair, so the candidate set is empty");
        String[] demandIds = demandRow.keySet().toArray(String[]::new);
        double[] weights = new double[demandIds.length];
        Arrays.fill(weights, 1);
        if (weightsFile != null) weights = readWeights(weightsFile, demandRow, name);
        CostMatrix.Builder b = CostMatrix.builder(demandIds.length, candidateColumn.size());
        for (int k = 0; k < pairs.size(); k++) b.add(pairs.get(k)[0], pairs.get(k)[1], costs.get(k));
        CostMatrix matrix = b.build();
        int unreachable = 0;
        double unreachableWeight = 0;
        double total = 0;
        int first = -1;
        for (int i = 0; i < demandIds.length; i++) {
            total += weights[i];
            if (matrix.reachableCount(i) == 0) {
                unreachable++;
                unreachableWeight += weights[i];
                if (first < 0) first = i;
            }
        }
        if (unreachable > 0) {
            throw InputException.atRow(name, firstRowOf.get(first), String.format(
                    "demand '%s' is unreachable from every candidate (all its costs are empty); %d such demand ids,"
                            + " weight %s of %s", demandIds[first], unreachable, Numbers.format(unreachableWeight),
                    Numbers.format(total)));
        }
        return new MatrixInput(matrix, demandIds, candidateColumn.keySet().toArray(String[]::new), weights,
                candidateColumn, name);
    }

    private static double[] readWeights(Path file, Map<String, Integer> demandRow, String odName) {
        String name = file.toString();
        double[] weights = new double[demandRow.size()];
        Arrays.fill(weights, Double.NaN);
        int[] unknown = {0};
        double[] unknownWeight = {0};
        long[] firstUnknownRow = {-1};
        String[] firstUnknown = {null};
        forEachRow(file, (row, f) -> {
            if (f.length < 2) throw InputException.atRow(name, row, "expected 2 columns id,weight, found " + f.length);
            if (row == 1 && !isNumber(f[1])) return;
            double w = number(name, row, f[1], "weight");
            Integer i = demandRow.get(f[0]);
            if (i == null) {
                unknown[0]++;
                unknownWeight[0] += w;
                if (firstUnknown[0] == null) {
                    firstUnknown[0] = f[0];
                    firstUnknownRow[0] = row;
                }
                return;
            }
            if (!Double.isNaN(weights[i])) throw InputException.atRow(name, row, "id '" + f[0] + "' given twice");
            weights[i] = w;
        });
        if (unknown[0] > 0) {
            throw InputException.atRow(name, firstUnknownRow[0], String.format(
                    "demand id '%s' is not in %s: unreachable from every candidate; %d such ids, weight %s",
                    firstUnknown[0], odName, unknown[0], Numbers.format(unknownWeight[0])));
        }
        String[] ids = demandRow.keySet().toArray(String[]::new);
        for (int i = 0; i < weights.length; i++) {
            if (Double.isNaN(weights[i])) {
                throw InputException.of(name, "no weight for demand id '" + ids[i] + "' of " + odName);
            }
        }
        return weights;
    }

    /** Candidate columns named in an id list (one id per row, optional header "id"). */
    public int[] candidateColumns(Path file, String role) {
        String name = file.toString();
        List<Integer> out = new ArrayList<>();
        boolean[] taken = new boolean[candidateIds.length];
        forEachRow(file, (row, f) -> {
            String id = f[0];
            if (row == 1 && id.equalsIgnoreCase("id")) return;
            if (id.isEmpty()) throw InputException.atRow(name, row, "empty id");
            Integer j = candidateColumn.get(id);
            if (j == null) throw InputException.atRow(name, row, role + " id '" + id + "' is not a candidate in " + matrixName);
            if (taken[j]) throw InputException.atRow(name, row, "id '" + id + "' given twice");
            taken[j] = true;
            out.add(j);
        });
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Capacity per candidate column; every candidate needs one. */
    public double[] capacities(Path file) {
        String name = file.toString();
        double[] cap = new double[candidateIds.length];
        Arrays.fill(cap, Double.NaN);
        forEachRow(file, (row, f) -> {
            if (f.length < 2) throw InputException.atRow(name, row, "expected 2 columns id,capacity, found " + f.length);
            if (row == 1 && !isNumber(f[1])) return;
            double c = number(name, row, f[1], "capacity");
            Integer j = candidateColumn.get(f[0]);
            if (j == null) throw InputException.atRow(name, row, "id '" + f[0] + "' is not a candidate in " + matrixName);
            if (!Double.isNaN(cap[j])) throw InputException.atRow(name, row, "id '" + f[0] + "' given twice");
            cap[j] = c;
        });
        for (int j = 0; j < cap.length; j++) {
            if (Double.isNaN(cap[j])) throw InputException.of(name, "no capacity for candidate '" + candidateIds[j] + "'");
        }
        return cap;
    }

    /** Candidate positions {@code id,lon,lat} (WGS84), in file order. */
    public static Map<String, double[]> positions(Path file) {
        String name = file.toString();
        Map<String, double[]> out = new LinkedHashMap<>();
        forEachRow(file, (row, f) -> {
            if (f.length < 3) throw InputException.atRow(name, row, "expected 3 columns id,lon,lat, found " + f.length);
            if (row == 1 && !isNumber(f[1])) return;
            double lon = coordinate(name, row, f[1], "lon");
            double lat = coordinate(name, row, f[2], "lat");
            if (Math.abs(lon) > 180 || Math.abs(lat) > 90) {
                throw InputException.atRow(name, row, "position " + f[1] + "," + f[2] + " is not a WGS84 lon,lat");
            }
            if (out.put(f[0], new double[] {lon, lat}) != null) {
                throw InputException.atRow(name, row, "id '" + f[0] + "' given twice");
            }
        });
        return out;
    }

    public CostMatrix matrix() {
        return matrix;
    }

    public String[] demandIds() {
        return demandIds.clone();
    }

    public String[] candidateIds() {
        return candidateIds.clone();
    }

    public double[] weights() {
        return weights.clone();
    }

    private interface RowHandler {
        void row(long row, String[] fields);
    }

    private static void forEachRow(Path file, RowHandler handler) {
        if (!Files.isRegularFile(file)) throw InputException.of(file.toString(), "no such file");
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            long row = 0;
            while ((line = r.readLine()) != null) {
                row++;
                if (row == 1 && line.startsWith("\uFEFF")) line = line.substring(1);
                if (line.isBlank()) continue;
                String[] f = line.split(",", -1);
                for (int k = 0; k < f.length; k++) f[k] = unquote(f[k].trim());
                handler.row(row, f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String unquote(String s) {
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }

    private static boolean isNumber(String s) {
        try {
            Double.parseDouble(s);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static double number(String file, long row, String text, String what) {
        double v;
        try {
            v = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw InputException.atRow(file, row, what + " '" + text + "' is not a number");
        }
        if (Double.isNaN(v) || Double.isInfinite(v)) throw InputException.atRow(file, row, what + " " + text + " is not a finite number");
        if (v < 0) throw InputException.atRow(file, row, what + " " + text + " is negative");
        return v;
    }

    private static double coordinate(String file, long row, String text, String what) {
        try {
            double v = Double.parseDouble(text);
            if (!Double.isFinite(v)) throw new NumberFormatException();
            return v;
        } catch (NumberFormatException e) {
            throw InputException.atRow(file, row, what + " '" + text + "' is not a number");
        }
    }
}
