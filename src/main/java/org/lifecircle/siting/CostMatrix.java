package org.lifecircle.siting;

import java.util.Arrays;

/**
 * Sparse demand × candidate cost matrix (any unit: seconds, metres) in compressed rows: for each
 * demand row the reachable candidate columns sorted by ascending cost (ties by column), and the
 * transpose, for each candidate the demand rows that reach it with their costs. A missing pair
 * means "not reachable". Building costs O(nnz log nnz) for the per-row sort; memory is 3 arrays
 * of nnz entries each way.
 *
 * <p>Contract: costs are finite and ≥ 0; a pair appears at most once.
 */
public final class CostMatrix {

    private final int demandCount;
    private final int candidateCount;
    final int[] rowStart;
    final int[] rowColumn;
    final double[] rowCost;
    final int[] columnStart;
    final int[] columnRow;
    final double[] columnCost;

    private CostMatrix(int demandCount, int candidateCount, int[] rowStart, int[] rowColumn,
            double[] rowCost) {
        this.demandCount = demandCount;
        this.candidateCount = candidateCount;
        this.rowStart = rowStart;
        this.rowColumn = rowColumn;
        this.rowCost = rowCost;
        int nnz = rowColumn.length;
        columnStart = new int[candidateCount + 1];
        for (int c : rowColumn) columnStart[c + 1]++;
        for (int j = 0; j < candidateCount; j++) columnStart[j + 1] += columnStart[j];
        columnRow = new int[nnz];
        columnCost = new double[nnz];
        int[] next = Arrays.copyOf(columnStart, candidateCount);
        for (int i = 0; i < demandCount; i++) {
            for (int k = rowStart[i]; k < rowStart[i + 1]; k++) {
                int at = next[rowColumn[k]]++;
                columnRow[at] = i;
                columnCost[at] = rowCost[k];
            }
        }
    }

    public static Builder builder(int demandCount, int candidateCount) {
        return new Builder(demandCount, candidateCount);
    }

    /** From a dense table; an infinite or NaN entry is a missing pair. */
    public static CostMatrix dense(double[][] cost, int candidateCount) {
        Builder b = builder(cost.length, candidateCount);
        for (int i = 0; i < cost.length; i++) {
            for (int j = 0; j < candidateCount; j++) {
                double c = cost[i][j];
                if (Double.isFinite(c)) b.add(i, j, c);
            }
        }
        return b.build();
    }

    public int demandCount() {
        return demandCount;
    }

    public int candidateCount() {
        return candidateCount;
    }

    public int pairCount() {
        return rowColumn.length;
    }

    /** Number of reachable candidates of demand row {@code demand}. */
    public int reachableCount(int demand) {
        return rowStart[demand + 1] - rowStart[demand];
    }

    /** Cost of a pair, or +∞ when it is missing. O(row length). */
    public double cost(int demand, int candidate) {
        for (int k = rowStart[demand]; k < rowStart[demand + 1]; k++) {
            if (rowColumn[k] == candidate) return rowCost[k];
        }
        return Double.POSITIVE_INFINITY;
    }

    /** The pairs with cost ≤ {@code cutoff} as a coverage matrix (costs kept). O(nnz). */
    public CoverageMatrix within(double cutoff) {
        int[] start = new int[demandCount + 1];
        int nnz = 0;
        for (int i = 0; i < demandCount; i++) {
            for (int k = rowStart[i]; k < rowStart[i + 1] && rowCost[k] <= cutoff; k++) nnz++;
            start[i + 1] = nnz;
        }
        int[] col = new int[nnz];
        double[] cost = new double[nnz];
        for (int i = 0; i < demandCount; i++) {
            int len = start[i + 1] - start[i];
            System.arraycopy(rowColumn, rowStart[i], col, start[i], len);
            System.arraycopy(rowCost, rowStart[i], cost, start[i], len);
        }
        return CoverageMatrix.fromRows(demandCount, candidateCount, start, col, cost);
    }

    /** Same matrix without the pairs whose cost exceeds {@code maxCost}. */
    public CostMatrix capped(double maxCost) {
        Builder b = builder(demandCount, candidateCount);
        for (int i = 0; i < demandCount; i++) {
            for (int k = rowStart[i]; k < rowStart[i + 1] && rowCost[k] <= maxCost; k++) {
                b.add(i, rowColumn[k], rowCost[k]);
            }
        }
        return b.build();
    }

    /** Largest cost in the matrix, 0 when it is empty. */
    public double maxCost() {
        double max = 0;
        for (double c : rowCost) max = Math.max(max, c);
        return max;
    }

    /** Collects pairs in any order; {@link #build()} sorts each row by cost. */
    public static final class Builder {
        private final int demandCount;
        private final int candidateCount;
        private int[] rows = new int[64];
        private int[] cols = new int[64];
        private double[] costs = new double[64];
        private int size;

        private Builder(int demandCount, int candidateCount) {
            if (demandCount < 0 || candidateCount < 0) throw new IllegalArgumentException("negative size");
            this.demandCount = demandCount;
            this.candidateCount = candidateCount;
        }

        public Builder add(int demand, int candidate, double cost) {
            if (demand < 0 || demand >= demandCount || candidate < 0 || candidate >= candidateCount) {
                throw new IllegalArgumentException("pair (" + demand + ", " + candidate + ") outside "
                        + demandCount + " × " + candidateCount);
            }
            if (!(cost >= 0) || Double.isInfinite(cost)) {
                throw new IllegalArgumentException("cost " + cost + " of pair (" + demand + ", " + candidate + ")");
            }
            if (size == rows.length) {
                int cap = size * 2;
                rows = Arrays.copyOf(rows, cap);
                cols = Arrays.copyOf(cols, cap);
                costs = Arrays.copyOf(costs, cap);
            }
            rows[size] = demand;
            cols[size] = candidate;
            costs[size] = cost;
            size++;
            return this;
        }

        /** Throws IllegalArgumentException on a duplicated pair. */
        public CostMatrix build() {
            int[] start = new int[demandCount + 1];
            for (int k = 0; k < size; k++) start[rows[k] + 1]++;
            for (int i = 0; i < demandCount; i++) start[i + 1] += start[i];
            int[] next = Arrays.copyOf(start, demandCount);
            int[] col = new int[size];
            double[] cost = new double[size];
            for (int k = 0; k < size; k++) {
                int at = next[rows[k]]++;
                col[at] = cols[k];
                cost[at] = costs[k];
            }
            int[] seen = new int[candidateCount];
            Arrays.fill(seen, -1);
            for (int i = 0; i < demandCount; i++) {
                for (int k = start[i]; k < start[i + 1]; k++) {
                    if (seen[col[k]] == i) {
                        throw new IllegalArgumentException("pair (" + i + ", " + col[k] + ") given twice");
                    }
                    seen[col[k]] = i;
                }
                PairSort.byCostThenColumn(col, cost, start[i], start[i + 1]);
            }
            return new CostMatrix(demandCount, candidateCount, start, col, cost);
        }
    }
}
