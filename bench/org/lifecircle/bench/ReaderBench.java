package org.lifecircle.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.lifecircle.geo.ChinaOffsets;
import org.lifecircle.geo.MetricProjection;
import org.lifecircle.io.PointCsvReader;
import org.lifecircle.io.PointRecord;
import org.lifecircle.io.VectorLayer;
import org.lifecircle.io.VectorReader;

/**
 * Throughput of the readers and coordinate transforms on synthetic inputs around Shenzhen
 * (seeded): a point CSV, a GeoJSON FeatureCollection of LineStrings, batch GK projection and
 * GCJ-02 inversion, reported per CPU-second of the reading thread (the machine is shared).
 * Usage: {@code bench/run ReaderBench [points] [lines]}.
 */
public final class ReaderBench {

    private ReaderBench() {}

    public static void main(String[] args) throws IOException {
        int points = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int lines = args.length > 1 ? Integer.parseInt(args[1]) : 200_000;
        long seed = 42;
        Path dir = Files.createTempDirectory("lifecircle-bench");
        Path csv = dir.resolve("points.csv");
        Path geojson = dir.resolve("lines.geojson");
        writeCsv(csv, points, seed);
        writeGeoJson(geojson, lines, seed);
        System.out.printf("inputs: %,d CSV rows (%.1f MB), %,d GeoJSON lines (%.1f MB), seed %d%n", points,
                Files.size(csv) / 1e6, lines, Files.size(geojson) / 1e6, seed);

        VectorReader.read(geojson);
        PointCsvReader.read(csv);
        for (int run = 1; run <= 3; run++) {
            long c0 = cpu();
            long t0 = System.nanoTime();
            List<PointRecord> read = PointCsvReader.read(csv);
            long t1 = System.nanoTime();
            long c1 = cpu();
            VectorLayer layer = VectorReader.readLines(geojson, null);
            long t2 = System.nanoTime();
            long c2 = cpu();
            System.out.printf("run %d: PointCsvReader %,d rows: %.0f ms wall, %.0f ms CPU (%.2f M rows/CPU-s);"
                    + " VectorReader %,d lines: %.0f ms wall, %.0f ms CPU (%.0f k features/CPU-s)%n", run, read.size(),
                    (t1 - t0) / 1e6, (c1 - c0) / 1e6, read.size() / ((c1 - c0) / 1e9) / 1e6,
                    layer.size(), (t2 - t1) / 1e6, (c2 - c1) / 1e6, layer.size() / ((c2 - c1) / 1e9) / 1e3);
        }

        int n = 10_000_000;
        double[] lonLat = new double[2 * n];
        Random random = new Random(seed);
        for (int i = 0; i < n; i++) {
            lonLat[2 * i] = 113.8 + random.nextDouble() * 0.5;
            lonLat[2 * i + 1] = 22.4 + random.nextDouble() * 0.3;
        }
        MetricProjection projection = MetricProjection.forPoint(114.05, 22.55);
        double[] xy = new double[2 * n];
        for (int run = 1; run <= 3; run++) {
            long t0 = cpu();
            projection.toMetric(lonLat, xy);
            long t1 = cpu();
            projection.toLonLat(xy, xy);
            long t2 = cpu();
            double[] gcj = lonLat.clone();
            long t3 = cpu();
            ChinaOffsets.gcj02ToWgs84(gcj);
            long t4 = cpu();
            System.out.printf("run %d: %s toMetric %.1f M points/CPU-s, toLonLat %.1f M points/CPU-s;"
                    + " GCJ-02->WGS84 %.1f M points/CPU-s%n",
                    run, projection, n / ((t1 - t0) / 1e9) / 1e6, n / ((t2 - t1) / 1e9) / 1e6, n / ((t4 - t3) / 1e9) / 1e6);
        }
        Files.delete(csv);
        Files.delete(geojson);
        Files.delete(dir);
    }

    /** CPU time of this thread: the machine is shared, wall time says more about the neighbours than the code. */
    private static long cpu() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static void writeCsv(Path file, int rows, long seed) throws IOException {
        Random random = new Random(seed);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("id,lon,lat,weight,name\n");
            for (int i = 0; i < rows; i++) {
                w.write("p" + i + "," + (113.8 + random.nextDouble() * 0.5) + "," + (22.4 + random.nextDouble() * 0.3) + ","
                        + random.nextInt(500) + ",\"cell " + i + ", Futian\"\n");
            }
        }
    }

    private static void writeGeoJson(Path file, int features, long seed) throws IOException {
        Random random = new Random(seed);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("{\"type\":\"FeatureCollection\",\"features\":[\n");
            for (int i = 0; i < features; i++) {
                if (i > 0) w.write(",\n");
                double lon = 113.8 + random.nextDouble() * 0.5;
                double lat = 22.4 + random.nextDouble() * 0.3;
                w.write("{\"type\":\"Feature\",\"properties\":{\"osmid\":\"" + i + "\",\"highway\":\"residential\",\"oneway\":false,"
                        + "\"length_m\":" + random.nextInt(300) + "},\"geometry\":{\"type\":\"LineString\",\"coordinates\":[");
                int vertices = 2 + random.nextInt(6);
                for (int k = 0; k < vertices; k++) {
                    if (k > 0) w.write(',');
                    w.write("[" + (lon + k * 1e-4) + "," + (lat + k * 1e-4) + "]");
                }
                w.write("]}}");
            }
            w.write("\n]}\n");
        }
    }
}
