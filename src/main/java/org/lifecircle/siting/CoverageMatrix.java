package org.lifecircle.siting;

import java.util.Arrays;

/**
 * Which candidates cover which demand rows, in compressed rows (columns ascending per row, with
 * the pair's cost when known) and the transpose (for each candidate the rows it covers).
 * Memory: 2 int arrays of nnz each way plus optional costs; building is O(nnz + rows).
 */
public final class CoverageMatrix {

    private final int demandCount;
    private final int candidateCount;
    final int[] rowStart;
    final int[] rowColumn;
    /** Cost of each row entry, or null when the matrix was built without costs. */
    final double[] rowCost;
    final int[] columnStart;
    final int[] columnRow;

    private CoverageMatrix(int demandCount, int candidateCount, int[] rowStart, int[] rowColumn,
            double[] rowCost) {
        this.demandCount = demandCount;
        this.candidateCount = candidateCount;
        this.rowStart = rowStart;
        this.rowColumn = rowColumn;
        this.rowCost = rowCost;
        columnStart = new int[candidateCount + 1];
        for (int c : rowColumn) columnStart[c + 1]++;
        for (int j = 0; j < candidateCount; j++) columnStart[j + 1] += columnStart[j];
        columnRow = new int[rowColumn.length];
        int[] next = Arrays.copyOf(columnStart, candidateCount);
        for (int i = 0; i < demandCount; i++) {
            for (int k = rowStart[i]; k < rowStart[i + 1]; k++) columnRow[next[rowColumn[k]]++] = i;
        }
    }

    /**
     * From compressed rows; the arrays are taken over (not copied) and each row is sorted by
     * column. Throws IllegalArgumentException on an out-of-range or repeated column.
     */
    public static CoverageMatrix fromRows(int demandCount, int candidateCount, int[] rowStart,
            int[] rowColumn, double[] rowCost) {
        if (rowStart.length != demandCount + 1 || rowStart[demandCount] != rowColumn.length
                || (rowCost != null && rowCost.length != rowColumn.length)) {
            throw new IllegalArgumentException("inconsistent compressed rows");
        }
        for (int i = 0; i < demandCount; i++) {
            PairSort.byColumn(rowColumn, rowCost, rowStart[i], rowStart[i + 1]);
            for (int k = rowStart[i]; k < rowStart[i + 1]; k++) {
                int c = rowColumn[k];
                if (c < 0 || c >= candidateCount) throw new IllegalArgumentException("column " + c + " in row " + i);
                if (k > rowStart[i] && rowColumn[k - 1] == c) {
                    throw new IllegalArgumentException("column " + c + " twice in row " + i);
                }
            }
        }
        return new CoverageMatrix(demandCount, candidateCount, rowStart, rowColumn, rowCost);
    }

    /** From a dense boolean table {@code covers[demand][candidate]}. */
    public static CoverageMatrix dense(boolean[][] covers, int candidateCount) {
        int[] start = new int[covers.length + 1];
        int nnz = 0;
        for (int i = 0; i < covers.length; i++) {
            for (int j = 0; j < candidateCount; j++) if (covers[i][j]) nnz++;
            start[i + 1] = nnz;
        }
        int[] col = new int[nnz];
        int k = 0;
        for (boolean[] row : covers) {
            for (int j = 0; j < candidateCount; j++) if (row[j]) col[k++] = j;
        }
        return new CoverageMatrix(covers.length, candidateCount, start, col, null);
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

    public boolean covers(int demand, int candidate) {
        return Arrays.binarySearch(rowColumn, rowStart[demand], rowStart[demand + 1], candidate) >= 0;
    }

    /** Number of candidates covering demand row {@code demand}. */
    public int coverCount(int demand) {
        return rowStart[demand + 1] - rowStart[demand];
    }

    /**
     * Merges demand rows covered by exactly the same candidates, summing their weights; rows
     * covered by no candidate are left out (their weight is {@link MergedDemand#uncoverableWeight()}).
     * O(nnz) expected with a hash of each row's columns.
     */
    public MergedDemand mergeIdenticalRows(double[] weights) {
        if (weights.length != demandCount) throw new IllegalArgumentException("weights length " + weights.length);
        int cap = Integer.highestOneBit(Math.max(4, demandCount * 2 - 1)) << 1;
        int[] table = new int[cap];
        Arrays.fill(table, -1);
        int mask = cap - 1;
        int[] uniqueOf = new int[demandCount];
        int[] firstRow = new int[Math.max(1, demandCount)];
        long[] uniqueHash = new long[Math.max(1, demandCount)];
        double[] uniqueWeight = new double[Math.max(1, demandCount)];
        int unique = 0;
        double uncoverable = 0;
        int uncoverableRows = 0;
        for (int i = 0; i < demandCount; i++) {
            int from = rowStart[i];
            int to = rowStart[i + 1];
            if (from == to) {
                uniqueOf[i] = -1;
                uncoverable += weights[i];
                uncoverableRows++;
                continue;
            }
            long h = 0x9E3779B97F4A7C15L;
            for (int k = from; k < to; k++) h = (h ^ rowColumn[k]) * 0xBF58476D1CE4E5B9L;
            h ^= h >>> 33;
            h *= 0xFF51AFD7ED558CCDL;
            h ^= h >>> 33;
            h *= 0xC4CEB9FE1A85EC53L;
            h ^= h >>> 33;
            int slot = (int) h & mask;
            int found = -1;
            while (table[slot] >= 0) {
                int u = table[slot];
                if (uniqueHash[u] == h && sameRow(firstRow[u], i)) {
                    found = u;
                    break;
                }
                slot = (slot + 1) & mask;
            }
            if (found < 0) {
                found = unique++;
                table[slot] = found;
                firstRow[found] = i;
                uniqueHash[found] = h;
            }
            uniqueOf[i] = found;
            uniqueWeight[found] += weights[i];
        }
        int[] start = new int[unique + 1];
        for (int u = 0; u < unique; u++) start[u + 1] = start[u] + coverCount(firstRow[u]);
        int[] col = new int[start[unique]];
        for (int u = 0; u < unique; u++) {
            int r = firstRow[u];
            System.arraycopy(rowColumn, rowStart[r], col, start[u], start[u + 1] - start[u]);
        }
        CoverageMatrix merged = new CoverageMatrix(unique, candidateCount, start, col, null);
        return new MergedDemand(merged, Arrays.copyOf(uniqueWeight, unique), uniqueOf,
                uncoverable, uncoverableRows);
    }

    private boolean sameRow(int a, int b) {
        int la = rowStart[a + 1] - rowStart[a];
        if (la != rowStart[b + 1] - rowStart[b]) return false;
        return Arrays.equals(rowColumn, rowStart[a], rowStart[a + 1], rowColumn, rowStart[b], rowStart[b + 1]);
    }
}
