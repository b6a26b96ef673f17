package org.lifecircle.siting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * FEATURE UNDER TEST: the compressed matrices against dense tables: rows sorted by cost, the
 * transpose, cutoff filtering, and signature merging counted with a plain hash map of column
 * lists.
 */
class MatrixTest {

    @Test
    void costMatrixRowsAreSortedAndTransposeMatchesDenseTable() {
        long seed = 11;
        RandomInstance in = new RandomInstance(seed, 40, 25, 0, 0, 0.3);
        CostMatrix m = in.matrix();
        int pairs = 0;
        for (int i = 0; i < in.demand; i++) {
            for (int k = m.rowStart[i] + 1; k < m.rowStart[i + 1]; k++) {
                assertTrue(m.rowCost[k - 1] < m.rowCost[k]
                        || (m.rowCost[k - 1] == m.rowCost[k] && m.rowColumn[k - 1] < m.rowColumn[k]), "seed " + seed);
            }
            for (int j = 0; j < in.candidates; j++) {
                assertEquals(in.cost[i][j], m.cost(i, j), "seed " + seed + " pair " + i + "," + j);
                if (Double.isFinite(in.cost[i][j])) pairs++;
            }
        }
        assertEquals(pairs, m.pairCount());
        for (int j = 0; j < in.candidates; j++) {
            for (int k = m.columnStart[j]; k < m.columnStart[j + 1]; k++) {
                assertEquals(in.cost[m.columnRow[k]][j], m.columnCost[k]);
            }
        }
        CoverageMatrix within = m.within(400);
        for (int i = 0; i < in.demand; i++) {
            for (int j = 0; j < in.candidates; j++) assertEquals(in.cost[i][j] <= 400, within.covers(i, j));
        }
    }

    @Test
    void duplicatedPairIsRejected() {
        CostMatrix.Builder b = CostMatrix.builder(2, 2).add(0, 1, 3).add(0, 1, 4);
        assertThrows(IllegalArgumentException.class, b::build);
        assertThrows(IllegalArgumentException.class, () -> CostMatrix.builder(1, 1).add(0, 0, -1));
        assertThrows(IllegalArgumentException.class, () -> CostMatrix.builder(1, 1).add(0, 0, Double.NaN));
    }

    @Test
    void mergingCountsDistinctSignaturesAndSumsWeights() {
        long seed = 5;
        SplittableRandom r = new SplittableRandom(seed);
        int rows = 5000;
        int candidates = 9;
        boolean[][] covers = new boolean[rows][candidates];
        double[] weights = new double[rows];
        Map<List<Integer>, Double> reference = new HashMap<>();
        double uncoverable = 0;
        for (int i = 0; i < rows; i++) {
            List<Integer> signature = new ArrayList<>();
            for (int j = 0; j < candidates; j++) {
                covers[i][j] = r.nextInt(4) == 0;
                if (covers[i][j]) signature.add(j);
            }
            weights[i] = r.nextInt(50);
            if (signature.isEmpty()) uncoverable += weights[i];
            else reference.merge(signature, weights[i], Double::sum);
        }
        MergedDemand merged = CoverageMatrix.dense(covers, candidates).mergeIdenticalRows(weights);
        assertEquals(reference.size(), merged.matrix().demandCount(), "seed " + seed);
        assertEquals(uncoverable, merged.uncoverableWeight(), 1e-9);
        CoverageMatrix m = merged.matrix();
        for (int u = 0; u < m.demandCount(); u++) {
            List<Integer> signature = new ArrayList<>();
            for (int k = m.rowStart[u]; k < m.rowStart[u + 1]; k++) signature.add(m.rowColumn[k]);
            assertEquals(reference.get(signature), merged.weights()[u], 1e-9, signature.toString());
        }
        for (int i = 0; i < rows; i++) {
            int u = merged.mergedRowOf()[i];
            for (int j = 0; j < candidates; j++) assertEquals(covers[i][j], u >= 0 && m.covers(u, j));
        }
        assertEquals(rows - merged.uncoverableRows() - reference.size(), merged.mergedAway());
    }
}
