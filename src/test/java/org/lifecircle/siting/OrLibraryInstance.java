package org.lifecircle.siting;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An OR-Library p-median instance (Beasley 1990): "n m p" then m edges "i j cost" on nodes
 * 1..n; every node is both demand (weight 1) and candidate; costs are all-pairs shortest paths
 * over the undirected graph (Floyd–Warshall, O(n³)). A repeated edge keeps its last cost.
 */
public final class OrLibraryInstance {

    public final String name;
    public final int n;
    public final int p;
    public final double[][] distance;

    private OrLibraryInstance(String name, int n, int p, double[][] distance) {
        this.name = name;
        this.n = n;
        this.p = p;
        this.distance = distance;
    }

    /** The folder with pmed1.txt … pmed40.txt and pmedopt.txt. */
    public static Path folder() {
        String shared = System.getProperty("lifecircle.shared", "../shared");
        return Path.of(shared, "data", "orlib-pmed");
    }

    public static OrLibraryInstance read(String name) throws IOException {
        List<String> lines = Files.readAllLines(folder().resolve(name + ".txt"));
        String[] head = lines.get(0).trim().split("\\s+");
        int n = Integer.parseInt(head[0]);
        int m = Integer.parseInt(head[1]);
        int p = Integer.parseInt(head[2]);
        double[][] d = new double[n][n];
        for (double[] row : d) Arrays.fill(row, Double.POSITIVE_INFINITY);
        for (int i = 0; i < n; i++) d[i][i] = 0;
        for (int e = 1; e <= m; e++) {
            String[] f = lines.get(e).trim().split("\\s+");
            int a = Integer.parseInt(f[0]) - 1;
            int b = Integer.parseInt(f[1]) - 1;
            double c = Double.parseDouble(f[2]);
            d[a][b] = c;
            d[b][a] = c;
        }
        for (int k = 0; k < n; k++) {
            double[] dk = d[k];
            for (int i = 0; i < n; i++) {
                double dik = d[i][k];
                if (dik == Double.POSITIVE_INFINITY) continue;
                double[] di = d[i];
                for (int j = 0; j < n; j++) {
                    double via = dik + dk[j];
                    if (via < di[j]) di[j] = via;
                }
            }
        }
        return new OrLibraryInstance(name, n, p, d);
    }

    /** Published optimum per instance name, from pmedopt.txt. */
    public static Map<String, Double> optima() throws IOException {
        Map<String, Double> out = new HashMap<>();
        for (String line : Files.readAllLines(folder().resolve("pmedopt.txt"))) {
            String[] f = line.trim().split("\\s+");
            if (f.length == 2 && f[0].startsWith("pmed")) out.put(f[0], Double.parseDouble(f[1]));
        }
        return out;
    }

    public CostMatrix matrix() {
        return CostMatrix.dense(distance, n);
    }

    public double[] weights() {
        double[] w = new double[n];
        Arrays.fill(w, 1);
        return w;
    }

    public CandidateSet candidates() {
        return CandidateSet.numbered(n);
    }
}
