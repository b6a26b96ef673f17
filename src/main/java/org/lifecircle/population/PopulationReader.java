package org.lifecircle.population;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.lifecircle.io.InputException;
import org.lifecircle.io.PointCsvReader;
import org.lifecircle.io.PointRecord;
import org.lifecircle.io.VectorFeature;
import org.lifecircle.io.VectorLayer;
import org.lifecircle.io.VectorReader;

/**
 * Entry points that turn population files into {@link DemandCells}.
 *
 * <p>Rasters (GeoTIFF / ASCII grid, WGS84 or projected): people per cell; nodata honoured;
 * NaN (unless it is the nodata value), infinite or negative values are an {@link InputException}
 * naming the file and cell. Several band files (e.g. WorldPop's {@code *_60_f … *_80_m} for the
 * population aged 60+) are summed cell by cell and must share one grid. Only cells with people
 * are materialised. Cost O(files × cells) time, O(cells) memory; files are decoded two at a time.
 * Before any pixel is decoded, every GeoTIFF's {@link RasterHeader} estimate (cells × bands × bytes
 * per sample plus {@link RasterHeader#READ_BYTES_PER_CELL} per cell) is checked against a byte
 * budget, by default {@link #defaultRasterBudgetBytes()}; a file over it is an {@link InputException}
 * with the numbers, so a small deflate file of millions of cells cannot exhaust the heap.
 *
 * <p>Points (CSV {@code id,lon,lat,population[,elderly]} via {@link PointCsvReader}): one cell per
 * point with people, the file's id kept. Polygons (census tracts, communities, vector grids,
 * via {@link VectorReader}): population fields spread to a grid by area ({@link PolygonSpreader}).
 */
public final class PopulationReader {

    private PopulationReader() {
    }

    /** Cell size used when polygons are spread without a size given. */
    public static final double DEFAULT_CELL_METERS = 100;

    /**
     * The {@code population:} file of a project, by extension: a raster ({@code .tif/.tiff/.asc},
     * total population), a point CSV ({@code .csv}: {@code id,lon,lat,population[,elderly]}) or
     * polygons ({@code .geojson/.json/.geojsonseq}: fields {@code population} and, when the
     * features have it, {@code elderly}, spread to {@link #DEFAULT_CELL_METERS} cells).
     *
     * @param crs CRS declared for the file, or null for the file's own (WGS84 for CSV)
     */
    public static DemandCells read(Path file, String crs) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".tif") || name.endsWith(".tiff") || name.endsWith(".asc")) return readRaster(file, crs);
        if (name.endsWith(".csv") || name.endsWith(".txt")) return readPoints(file, crs, "population", "elderly");
        VectorLayer layer = VectorReader.readPolygons(file, crs);
        boolean elderly = !layer.features().isEmpty() && layer.features().get(0).properties().containsKey("elderly");
        return spread(layer, "population", elderly ? "elderly" : null, DEFAULT_CELL_METERS);
    }

    /**
     * The byte budget one raster read may need by default: a quarter of the heap the JVM may grow
     * to ({@code -Xmx}), as two files are decoded at a time next to the rest of the study.
     */
    public static long defaultRasterBudgetBytes() {
        return Runtime.getRuntime().maxMemory() / 4;
    }

    /** Total population from one raster, CRS from the file. */
    public static DemandCells readRaster(Path raster) {
        return readRasters(List.of(raster), List.of(), null);
    }

    /** Total population from one raster with a declared CRS (EPSG code or WKT) replacing the file's. */
    public static DemandCells readRaster(Path raster, String declaredCrs) {
        return readRasters(List.of(raster), List.of(), declaredCrs);
    }

    /** Population aged 60+ only, the sum of age-band rasters (the total layer is absent). */
    public static DemandCells readElderlyRasters(List<Path> elderlyBands) {
        return readRasters(List.of(), elderlyBands, null);
    }

    /**
     * Total population as the sum of {@code totalBands} and the elderly layer as the sum of
     * {@code elderlyBands}; either list may be empty (that layer is then absent), not both. All
     * files must share one grid.
     *
     * @param declaredCrs EPSG code or WKT replacing the files' CRS, or null to use the files'
     */
    public static DemandCells readRasters(List<Path> totalBands, List<Path> elderlyBands, String declaredCrs) {
        return readRasters(totalBands, elderlyBands, declaredCrs, defaultRasterBudgetBytes());
    }

    /**
     * As {@link #readRasters(List, List, String)}, refusing before decoding any file whose header
     * estimate ({@link RasterHeader#readBytes()}) exceeds {@code budgetBytes}.
     */
    public static DemandCells readRasters(List<Path> totalBands, List<Path> elderlyBands, String declaredCrs,
            long budgetBytes) {
        if (totalBands.isEmpty() && elderlyBands.isEmpty()) throw new IllegalArgumentException("no raster files given");
        if (budgetBytes <= 0) throw new IllegalArgumentException("raster budget must be positive: " + budgetBytes);
        List<Path> all = new ArrayList<>(totalBands);
        all.addAll(elderlyBands);
        for (Path file : all) checkBudget(file, budgetBytes);
        BandSums sums = new BandSums(totalBands.size());
        int ahead = Math.min(2, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(ahead);
        try {
            // at most `ahead` decoded bands wait in memory: file f + ahead starts when f is summed
            List<CompletableFuture<RasterBand>> reads = new ArrayList<>();
            for (int f = 0; f < Math.min(ahead, all.size()); f++) reads.add(readAsync(all.get(f), declaredCrs, pool));
            for (int f = 0; f < all.size(); f++) {
                RasterBand band = join(reads.get(f));
                reads.set(f, null);
                if (f + ahead < all.size()) reads.add(readAsync(all.get(f + ahead), declaredCrs, pool));
                sums.add(band, f);
            }
        } finally {
            pool.shutdownNow();
        }
        String source = all.stream().map(p -> p.getFileName().toString()).collect(Collectors.joining(", "));
        String elderlySource = elderlyBands.isEmpty() ? null
                : elderlyBands.stream().map(p -> p.getFileName().toString()).collect(Collectors.joining(" + "));
        return materialise(source, sums.grid, sums.total, sums.elderly, elderlySource);
    }

    /** Point demand from a CSV {@code id,lon,lat,population[,elderly]} in WGS84. */
    public static DemandCells readPoints(Path csv) {
        return readPoints(csv, null, "population", "elderly");
    }

    /**
     * Point demand from a CSV: {@code populationColumn} is required, {@code elderlyColumn} is used
     * when the file has it (null: never). Coordinates in {@code crs} (null = WGS84; EPSG code, WKT,
     * GCJ-02, BD-09). Points with nobody in any layer are skipped; the ids of the others are kept.
     */
    public static DemandCells readPoints(Path csv, String crs, String populationColumn, String elderlyColumn) {
        List<PointRecord> points = PointCsvReader.read(csv, crs, populationColumn);
        String source = csv.toString();
        String elderlyKey = elderlyColumn == null ? null : elderlyColumn.strip().toLowerCase(Locale.ROOT);
        boolean hasElderly = elderlyKey != null && !points.isEmpty() && points.get(0).attributes().containsKey(elderlyKey);
        double[] old = new double[points.size()];
        int kept = 0;
        for (int k = 0; k < points.size(); k++) {
            PointRecord p = points.get(k);
            if (hasElderly) old[k] = elderlyValue(source, p, elderlyKey);
            if (p.weight() > 0 || old[k] > 0) kept++;
        }
        String[] ids = new String[kept];
        double[] lons = new double[kept];
        double[] lats = new double[kept];
        double[] pop = new double[kept];
        double[] elderly = hasElderly ? new double[kept] : null;
        int i = 0;
        for (int k = 0; k < points.size(); k++) {
            PointRecord p = points.get(k);
            if (!(p.weight() > 0 || old[k] > 0)) continue;
            ids[i] = p.id();
            lons[i] = p.lon();
            lats[i] = p.lat();
            pop[i] = p.weight();
            if (elderly != null) elderly[i] = old[k];
            i++;
        }
        DemandCells cells = DemandCells.ofPoints(source, ids, lons, lats, pop, elderly,
                hasElderly ? source + " column " + elderlyColumn : null);
        return crs == null || crs.isBlank() ? cells : cells.withPointCrs(crs.strip());
    }

    private static double elderlyValue(String source, PointRecord p, String column) {
        String text = p.attributes().get(column).strip();
        double v;
        try {
            v = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw InputException.atRow(source, p.row(), "column " + column + ": '" + text + "' is not a number");
        }
        if (!(v >= 0) || Double.isInfinite(v)) {
            throw InputException.atRow(source, p.row(), "column " + column + ": " + text + " is not a number ≥ 0");
        }
        if (v > p.weight()) {
            throw InputException.atRow(source, p.row(), "column " + column + ": " + text + " elderly exceeds the population " + p.weight());
        }
        return v;
    }

    /**
     * Polygons with a population field (and optionally an elderly field) spread by area to a
     * WGS84 grid of about {@code cellMeters}.
     *
     * @param crs           CRS declared for the file, or null for the file's own
     * @param elderlyField  field with the population aged 60+, or null
     */
    public static DemandCells readPolygons(Path file, String crs, String populationField, String elderlyField,
            double cellMeters) {
        return spread(VectorReader.readPolygons(file, crs), populationField, elderlyField, cellMeters);
    }

    private static DemandCells spread(VectorLayer layer, String populationField, String elderlyField, double cellMeters) {
        List<PolygonSpreader.Zone> zones = new ArrayList<>(layer.size());
        for (VectorFeature f : layer.features()) {
            double pop = field(layer.source(), f, populationField);
            double old = elderlyField == null ? Double.NaN : field(layer.source(), f, elderlyField);
            if (old > pop) {
                throw InputException.atFeature(layer.source(), f.number(),
                        elderlyField + " " + old + " exceeds " + populationField + " " + pop);
            }
            zones.add(new PolygonSpreader.Zone(f.number(), f.geometry(), pop, old));
        }
        return PolygonSpreader.spread(layer.source(), zones, cellMeters);
    }

    /** A numeric property (number or numeric text) of a feature; missing or not a number ≥ 0 is an InputException. */
    static double field(String source, VectorFeature f, String name) {
        Object value = f.properties().get(name);
        if (value == null) {
            throw InputException.atFeature(source, f.number(), "missing field '" + name + "' (fields: "
                    + String.join(", ", f.properties().keySet()) + ")");
        }
        double v;
        if (value instanceof Number n) {
            v = n.doubleValue();
        } else {
            try {
                v = Double.parseDouble(String.valueOf(value).strip());
            } catch (NumberFormatException e) {
                throw InputException.atFeature(source, f.number(), "field '" + name + "': '" + value + "' is not a number");
            }
        }
        if (!(v >= 0) || Double.isInfinite(v)) {
            throw InputException.atFeature(source, f.number(), "field '" + name + "': " + value + " is not a number ≥ 0");
        }
        return v;
    }

    /** Files in {@code dir} whose names match a glob ("pop_*_wuhan.tif"), sorted by name. */
    public static List<Path> bandFiles(Path dir, String glob) {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, glob)) {
            stream.forEach(files::add);
        } catch (IOException e) {
            throw InputException.of(dir.toString(), "cannot list raster files: " + e.getMessage());
        }
        if (files.isEmpty()) throw InputException.of(dir.toString(), "no files match " + glob);
        files.sort(null);
        return files;
    }

    /** A GeoTIFF whose header estimate exceeds the budget is refused; unreadable headers are left to the reader. */
    private static void checkBudget(Path file, long budgetBytes) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".tif") && !name.endsWith(".tiff")) return;
        RasterHeader header = RasterHeader.of(file).orElse(null);
        if (header == null || header.readBytes() <= budgetBytes) return;
        throw InputException.of(file.toString(), String.format(Locale.ROOT,
                "raster too large to read: %s; %,d bytes exceed the raster memory budget of %,d bytes"
                        + " (by default a quarter of the maximum Java heap, -Xmx); use a smaller raster or a larger heap",
                header.describe(), header.readBytes(), budgetBytes));
    }

    private static CompletableFuture<RasterBand> readAsync(Path file, String declaredCrs, ExecutorService pool) {
        return CompletableFuture.supplyAsync(() -> RasterFiles.read(file, declaredCrs), pool);
    }

    private static RasterBand join(CompletableFuture<RasterBand> read) {
        try {
            return read.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw e;
        }
    }

    /** Accumulates bands into the total and elderly sums, checking that all share the first band's grid. */
    private static final class BandSums {
        private final int totalCount;
        private RasterGrid grid;
        private String firstSource;
        private double[] total;
        private double[] elderly;

        BandSums(int totalCount) {
            this.totalCount = totalCount;
        }

        void add(RasterBand band, int fileIndex) {
            if (grid == null) {
                grid = band.grid();
                firstSource = band.source();
            } else if (!grid.sameGridAs(band.grid())) {
                throw InputException.of(band.source(), "its grid (" + band.grid().describe() + ") differs from "
                        + firstSource + " (" + grid.describe() + "); band files summed together must share one grid");
            }
            boolean isTotal = fileIndex < totalCount;
            if (isTotal && total == null) total = new double[band.values().length];
            if (!isTotal && elderly == null) elderly = new double[band.values().length];
            band.addTo(isTotal ? total : elderly);
        }
    }

    /** Keeps the cells with people, in row-major order, with WGS84 centroids. */
    static DemandCells materialise(String source, RasterGrid grid, double[] total, double[] elderly, String elderlySource) {
        int cells = grid.cols() * grid.rows();
        int n = 0;
        for (int k = 0; k < cells; k++) {
            if ((total != null && total[k] > 0) || (elderly != null && elderly[k] > 0)) n++;
        }
        int[] rows = new int[n];
        int[] cols = new int[n];
        double[] pop = total == null ? null : new double[n];
        double[] old = elderly == null ? null : new double[n];
        double[] xy = new double[2 * n];
        int i = 0;
        for (int k = 0; k < cells; k++) {
            if ((total != null && total[k] > 0) || (elderly != null && elderly[k] > 0)) {
                int r = k / grid.cols();
                int c = k % grid.cols();
                rows[i] = r;
                cols[i] = c;
                if (pop != null) pop[i] = total[k];
                if (old != null) old[i] = elderly[k];
                xy[2 * i] = grid.centerX(c);
                xy[2 * i + 1] = grid.centerY(r);
                i++;
            }
        }
        grid.transformToWgs84(xy, n);
        double[] lons = new double[n];
        double[] lats = new double[n];
        for (int j = 0; j < n; j++) {
            lons[j] = xy[2 * j];
            lats[j] = xy[2 * j + 1];
        }
        return DemandCells.ofGrid(source, grid, rows, cols, lons, lats, pop, old, elderlySource);
    }
}
