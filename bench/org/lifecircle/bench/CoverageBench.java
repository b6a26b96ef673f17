package org.lifecircle.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Random;
import org.lifecircle.coverage.CellLattice;
import org.lifecircle.coverage.Catchments;
import org.lifecircle.coverage.CoverageEvaluator;
import org.lifecircle.coverage.CoverageTally;
import org.lifecircle.coverage.FacilitySites;
import org.lifecircle.coverage.FloatingCatchment;
import org.lifecircle.coverage.GapClusters;
import org.lifecircle.coverage.TypeSpec;
import org.lifecircle.coverage.TypeTimes;
import org.lifecircle.facility.StandardsPack;
import org.lifecircle.network.NetworkBuilder;
import org.lifecircle.network.StreetNetwork;
import org.lifecircle.network.geodesy.Wgs84;
import org.lifecircle.network.traveltime.NetworkTravelTimes;
import org.lifecircle.population.DemandCells;
import org.lifecircle.population.DemandLayer;
import org.lifecircle.population.PopulationReader;
import org.lifecircle.population.RasterGrid;
import org.lifecircle.population.UnitLocator;
import org.lifecircle.project.TypeSettings;
import org.lifecircle.study.TypeSpecs;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Coverage evaluation of 5 facility types over about 2 million populated cells on a street
 * network of Wuhan's extent, stage by stage, with peak heap. Demand: the real WorldPop 60+ rasters
 * of Wuhan (494,676 cells with people, 1,942,653 people) each split into 2 × 2 sub-cells of
 * 0.000417° (~45 m) with a quarter of the people, and a total population of 60+ ÷ 0.2 (synthetic).
 * Network: a street grid of {@value #BLOCK_METERS} m blocks over the raster's extent, nodes
 * jittered ±{@value #JITTER_METERS} m, 8 % of the blocks' sides missing (seeded). Facilities:
 * drawn at populated sub-cells, weighted by people. Units: a 12 × 12 grid of "districts".
 * Aggregation is a sum over primitive arrays: its figure is bytes read per second (after three
 * warm-up runs, mean of five).
 * Run with {@code bench/run CoverageBench}.
 */
public final class CoverageBench {

    private static final long SEED = 7;
    private static final double BLOCK_METERS = 200;
    private static final double JITTER_METERS = 40;
    private static final Map<String, Integer> FACILITIES = new LinkedHashMap<>();

    static {
        FACILITIES.put("fitness", 2500);
        FACILITIES.put("elder_care", 1800);
        FACILITIES.put("clinic", 1200);
        FACILITIES.put("kindergarten", 3000);
        FACILITIES.put("primary_school", 1500);
    }

    private CoverageBench() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(System.getProperty("lifecircle.shared", "../shared"), "data", "wuhan-worldpop-60plus");
        System.out.printf(Locale.ROOT, "CoverageBench: %d cores, max heap %.1f GB, seed %d%n",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / 1e9, SEED);

        long t = System.nanoTime();
        DemandCells raster = PopulationReader.readElderlyRasters(PopulationReader.bandFiles(dir, "pop_*_wuhan.tif"));
        stage("read 10 WorldPop rasters", t, raster.size() + " cells, " + people(raster.total(DemandLayer.ELDERLY)) + " aged 60+");

        t = System.nanoTime();
        DemandCells cells = refine(raster);
        raster = null;
        stage("split cells 2 x 2", t, cells.size() + " populated cells");

        t = System.nanoTime();
        Envelope extent = new Envelope();
        for (int i = 0; i < cells.size(); i++) extent.expandToInclude(cells.lon(i), cells.lat(i));
        StreetNetwork network = streetGrid(extent, new Random(SEED));
        stage("build street grid", t, network.nodeCount() + " nodes, " + network.edgeCount() + " edges");

        t = System.nanoTime();
        NetworkTravelTimes model = new NetworkTravelTimes(network);
        CoverageEvaluator evaluator = new CoverageEvaluator(model, cells);
        stage("index network + snap cells", t, evaluator.offNetworkCells().length + " cells off network");

        t = System.nanoTime();
        List<Geometry> districts = districts(extent, 12);
        int[] unitOfCell = new UnitLocator(districts).locateAll(cells.lons(), cells.lats());
        stage("assign cells to 144 districts", t, "");

        StandardsPack pack = StandardsPack.builtin();
        Map<String, TypeSettings> settings = new LinkedHashMap<>();
        for (String key : FACILITIES.keySet()) settings.put(key, TypeSettings.defaults(key));
        List<TypeSpec> types = TypeSpecs.resolve(pack, settings, OptionalDouble.empty(), "bench");
        Random rnd = new Random(SEED);
        CellLattice lattice = CellLattice.of(cells);

        double searchTotal = 0;
        double tallyTotal = 0;
        for (TypeSpec type : types) {
            FacilitySites sites = drawSites(type.key(), FACILITIES.get(type.key()), cells, rnd);
            t = System.nanoTime();
            TypeTimes times = evaluator.times(type, sites);
            double search = seconds(t);
            searchTotal += search;

            CoverageTally tally = null;
            for (int k = 0; k < 3; k++) tally = CoverageTally.count(times, type.thresholdSeconds(), unitOfCell, districts.size());
            t = System.nanoTime();
            int repeats = 5;
            for (int k = 0; k < repeats; k++) tally = CoverageTally.count(times, type.thresholdSeconds(), unitOfCell, districts.size());
            double tally1 = seconds(t) / repeats;
            tallyTotal += tally1;
            double bytes = cells.size() * (4.0 + 8 + 8 + 8 + 4);

            t = System.nanoTime();
            GapClusters.Result gaps = GapClusters.find(times, lattice, 100);
            double gapSeconds = seconds(t);
            t = System.nanoTime();
            Catchments.of(times, lattice, false);
            double catchSeconds = seconds(t);
            t = System.nanoTime();
            FloatingCatchment.Result fca = FloatingCatchment.compute(evaluator, type, sites);
            double fcaSeconds = seconds(t);
            System.out.printf(Locale.ROOT, "%-15s %5d sites  search %6.2f s  tally %6.1f ms (%5.1f GB/s)  gaps %5.2f s (%d, top 100 drawn)"
                    + "  catchments %5.2f s  2SFCA %5.2f s   covered %5.1f %% of %s%n",
                    type.key(), sites.size(), search, tally1 * 1000, bytes / tally1 / 1e9, gapSeconds, gaps.gapCount(),
                    catchSeconds, fcaSeconds, tally.overall().share() * 100, people(tally.overall().demand()));
            if (fca.ratio().length == 0) throw new IllegalStateException("no facilities");
        }
        System.out.printf(Locale.ROOT, "5 types: searches %.2f s, tallies %.1f ms%n", searchTotal, tallyTotal * 1000);
        System.out.printf(Locale.ROOT, "peak heap (sum of the heap pools' peaks) %.2f GB%n", peakHeapBytes() / 1e9);
    }

    private static void stage(String name, long startNanos, String detail) {
        System.out.printf(Locale.ROOT, "%-32s %7.2f s  %s%n", name, seconds(startNanos), detail);
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static String people(double v) {
        return String.format(Locale.ROOT, "%,.0f", v);
    }

    /** Each raster cell as four point cells at the centres of its quarters, a quarter of the people each. */
    static DemandCells refine(DemandCells raster) {
        RasterGrid grid = raster.grid();
        int n = raster.size() * 4;
        String[] ids = new String[n];
        double[] lon = new double[n];
        double[] lat = new double[n];
        double[] total = new double[n];
        double[] old = new double[n];
        double qx = grid.cellWidth() / 4;
        double qy = grid.cellHeight() / 4;
        int k = 0;
        for (int i = 0; i < raster.size(); i++) {
            double e = raster.elderly(i) / 4;
            for (int q = 0; q < 4; q++) {
                ids[k] = raster.id(i) + "." + q;
                lon[k] = raster.lon(i) + ((q & 1) == 0 ? -qx : qx);
                lat[k] = raster.lat(i) + ((q & 2) == 0 ? qy : -qy);
                old[k] = e;
                total[k] = e / 0.2;
                k++;
            }
        }
        return DemandCells.ofPoints("WorldPop Wuhan 60+ split 2x2", ids, lon, lat, total, old, "WorldPop 60+ bands");
    }

    static StreetNetwork streetGrid(Envelope extent, Random rnd) {
        double lat0 = extent.centre().y;
        double dLat = BLOCK_METERS / Wgs84.metersPerDegreeLat(lat0);
        double dLon = BLOCK_METERS / Wgs84.metersPerDegreeLon(lat0);
        int cols = (int) Math.ceil(extent.getWidth() / dLon) + 1;
        int rows = (int) Math.ceil(extent.getHeight() / dLat) + 1;
        double jLat = JITTER_METERS / Wgs84.metersPerDegreeLat(lat0);
        double jLon = JITTER_METERS / Wgs84.metersPerDegreeLon(lat0);
        NetworkBuilder b = new NetworkBuilder("street grid over Wuhan");
        for (int y = 0; y < rows; y++) {
            for (int x = 0; x < cols; x++) {
                b.addNode(extent.getMinX() + x * dLon + (rnd.nextDouble() * 2 - 1) * jLon,
                        extent.getMinY() + y * dLat + (rnd.nextDouble() * 2 - 1) * jLat);
            }
        }
        int both = StreetNetwork.WALK_FORWARD | StreetNetwork.WALK_BACKWARD;
        double[] none = new double[0];
        for (int y = 0; y < rows; y++) {
            for (int x = 0; x < cols; x++) {
                int n = y * cols + x;
                if (x + 1 < cols && rnd.nextDouble() >= 0.08) b.addEdge(n, n + 1, none, both, Double.NaN);
                if (y + 1 < rows && rnd.nextDouble() >= 0.08) b.addEdge(n, n + cols, none, both, Double.NaN);
            }
        }
        return b.build();
    }

    static List<Geometry> districts(Envelope extent, int side) {
        GeometryFactory gf = new GeometryFactory();
        List<Geometry> out = new ArrayList<>();
        double w = extent.getWidth() / side;
        double h = extent.getHeight() / side;
        for (int r = 0; r < side; r++) {
            for (int c = 0; c < side; c++) {
                out.add(gf.toGeometry(new Envelope(extent.getMinX() + c * w, extent.getMinX() + (c + 1) * w,
                        extent.getMinY() + r * h, extent.getMinY() + (r + 1) * h)));
            }
        }
        return out;
    }

    /** Facility sites at populated cells drawn in proportion to their people (inverse CDF on the cumulative sum). */
    static FacilitySites drawSites(String type, int count, DemandCells cells, Random rnd) {
        double[] cumulative = new double[cells.size()];
        double sum = 0;
        for (int i = 0; i < cells.size(); i++) {
            sum += cells.population(i);
            cumulative[i] = sum;
        }
        String[] ids = new String[count];
        double[] lon = new double[count];
        double[] lat = new double[count];
        double[] area = new double[count];
        double[] cap = new double[count];
        for (int f = 0; f < count; f++) {
            int i = Arrays.binarySearch(cumulative, rnd.nextDouble() * sum);
            if (i < 0) i = -i - 1;
            i = Math.min(i, cells.size() - 1);
            ids[f] = type + "-" + f;
            lon[f] = cells.lon(i);
            lat[f] = cells.lat(i);
            area[f] = 200 + rnd.nextInt(2000);
            cap[f] = 20 + rnd.nextInt(200);
        }
        return new FacilitySites(type, ids, ids.clone(), lon, lat, area, cap);
    }

    private static long peakHeapBytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) peak += pool.getPeakUsage().getUsed();
        }
        return peak;
    }
}
