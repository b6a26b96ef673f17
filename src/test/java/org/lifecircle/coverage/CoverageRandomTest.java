package org.lifecircle.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lifecircle.coverage.Fixtures.D;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifecircle.network.NetworkBuilder;
import org.lifecircle.network.traveltime.Locations;
import org.lifecircle.network.traveltime.NetworkTravelTimes;
import org.lifecircle.network.traveltime.SparseTimes;
import org.lifecircle.network.traveltime.StraightLineTravelTimes;
import org.lifecircle.network.traveltime.TravelTimeModel;
import org.lifecircle.population.DemandCells;
import org.lifecircle.scenario.MoveFacility;
import org.lifecircle.scenario.ScenarioEdits;

/**
 * FEATURE UNDER TEST: coverage equals brute force on random seeded cases. Street graphs are drawn
 * on the raster's cell centres (rows always connected, random verticals, diagonals with a bent
 * shape point, some one-way links); facilities sit on nodes. References: a plain Dijkstra per
 * facility (ReferenceDijkstra), the minimum over per-facility searches ({@code reachFromEach}),
 * a breadth-first flood fill for gaps, and plain loops for 2SFCA. Every failure message names
 * the seed.
 */
class CoverageRandomTest {

    private static final int COLS = 14;
    private static final int ROWS = 11;

    @TempDir
    Path dir;

    /** A random case: the graph, its reference, demand, facility nodes. */
    private final class Case {
        final long seed;
        final NetworkTravelTimes model;
        final ReferenceDijkstra reference;
        final DemandCells cells;
        final int[] facilityNodes;
        final FacilitySites sites;
        final double[][] pop = new double[ROWS][COLS];
        final double[][] old = new double[ROWS][COLS];

        Case(long seed) {
            this(seed, false);
        }

        /**
         * @param oneWays whether some links are one-way. Off where points sit exactly on nodes: the
         *     snapper can place such a point a few 1e-10 m short of the end of a one-way edge, and
         *     the network then refuses the sub-nanometre walk against the one-way direction
         *     (reported to the network engineer); the jittered cases keep one-way links.
         */
        Case(long seed, boolean oneWays) {
            this.seed = seed;
            Random rnd = new Random(seed);
            NetworkBuilder b = new NetworkBuilder("random " + seed);
            for (int y = 0; y < ROWS; y++) {
                for (int x = 0; x < COLS; x++) b.addNode(x * D, y * D);
            }
            List<int[]> edges = new ArrayList<>();
            List<double[]> shapes = new ArrayList<>();
            for (int y = 0; y < ROWS; y++) {
                for (int x = 0; x < COLS; x++) {
                    int n = y * COLS + x;
                    if (x + 1 < COLS) add(b, edges, shapes, n, n + 1, new double[0], oneWays && rnd.nextDouble() < 0.1, rnd);
                    if (y + 1 < ROWS && rnd.nextDouble() < 0.6) {
                        add(b, edges, shapes, n, n + COLS, new double[0], oneWays && rnd.nextDouble() < 0.2, rnd);
                    }
                    if (x + 1 < COLS && y + 1 < ROWS && rnd.nextDouble() < 0.15) {
                        double[] bend = {(x + 0.5 + 0.3 * rnd.nextDouble()) * D, (y + 0.5) * D};
                        add(b, edges, shapes, n, n + COLS + 1, bend, false, rnd);
                    }
                }
            }
            model = new NetworkTravelTimes(b.build(), 500, 2, 1);
            reference = new ReferenceDijkstra(ROWS * COLS, edges, shapes);
            for (int y = 0; y < ROWS; y++) {
                for (int x = 0; x < COLS; x++) {
                    pop[y][x] = rnd.nextDouble() < 0.15 ? 0 : 1 + rnd.nextInt(400);
                    old[y][x] = Math.round(pop[y][x] * rnd.nextDouble() * 0.4);
                }
            }
            cells = DemandFiles.read(DemandFiles.write(dir, "p" + seed + ".asc", pop, 0, 0, D),
                    DemandFiles.write(dir, "e" + seed + ".asc", old, 0, 0, D));
            int m = 1 + rnd.nextInt(5);
            facilityNodes = rnd.ints(0, ROWS * COLS).distinct().limit(m).toArray();
            double[] lon = new double[m];
            double[] lat = new double[m];
            double[] cap = new double[m];
            for (int f = 0; f < m; f++) {
                lon[f] = (facilityNodes[f] % COLS) * D;
                lat[f] = (facilityNodes[f] / COLS) * D;
                cap[f] = 5 + rnd.nextInt(50);
            }
            sites = Fixtures.sites("fitness", lon, lat, cap);
        }

        private void add(NetworkBuilder b, List<int[]> edges, List<double[]> shapes, int from, int to, double[] bend,
                boolean oneWay, Random rnd) {
            boolean reversed = oneWay && rnd.nextBoolean();
            int access = ReferenceDijkstra.access(!oneWay || !reversed, !oneWay || reversed);
            b.addEdge(from, to, bend, access, Double.NaN);
            edges.add(new int[] {from, to, (access & 1) != 0 ? 1 : 0, (access & 2) != 0 ? 1 : 0});
            double[] shape = new double[4 + bend.length];
            shape[0] = (from % COLS) * D;
            shape[1] = (from / COLS) * D;
            System.arraycopy(bend, 0, shape, 2, bend.length);
            shape[2 + bend.length] = (to % COLS) * D;
            shape[3 + bend.length] = (to / COLS) * D;
            shapes.add(shape);
        }

        /** The same demand on a raster shifted by (dx, dy) cells, so centres fall between the nodes. */
        DemandCells shifted(double dx, double dy) {
            return DemandFiles.read(DemandFiles.write(dir, "ps" + seed + ".asc", pop, dx * D, dy * D, D),
                    DemandFiles.write(dir, "es" + seed + ".asc", old, dx * D, dy * D, D));
        }

        int node(int cell) {
            return (ROWS - 1 - cells.row(cell)) * COLS + cells.col(cell);
        }

        /** Reference seconds from the nearest facility to each cell at {@code kmh}. */
        double[] referenceSeconds(double kmh) {
            double[] best = new double[cells.size()];
            Arrays.fill(best, Double.POSITIVE_INFINITY);
            for (int f : facilityNodes) {
                double[] meters = reference.from(f);
                for (int i = 0; i < best.length; i++) best[i] = Math.min(best[i], meters[node(i)] / (kmh / 3.6));
            }
            return best;
        }
    }

    @Test
    void boundedByDefaultEqualsAPlainDijkstraWithinTheThresholdAndReachesNothingBeyond() {
        for (long seed = 1; seed <= 25; seed++) {
            Case c = new Case(seed);
            TypeSpec t = Fixtures.type("fitness", 600, 4.5, null);
            TypeTimes times = new CoverageEvaluator(c.model, c.cells).times(t, c.sites);
            assertEquals(t.thresholdSeconds(), times.searchLimitSeconds(), 0);
            double[] ref = c.referenceSeconds(4.5);
            int within = 0;
            for (int i = 0; i < ref.length; i++) {
                String msg = "seed " + seed + " cell " + i + " reference " + ref[i] + " s";
                if (ref[i] <= t.thresholdSeconds() - 1e-2) {
                    assertEquals(ref[i], times.seconds(i), 1e-2, msg);
                    assertTrue(times.nearest(i) >= 0, msg);
                    within++;
                } else if (ref[i] > t.thresholdSeconds() + 1e-2) {
                    assertEquals(Float.POSITIVE_INFINITY, times.seconds(i), msg);
                    assertEquals(-1, times.nearest(i), msg);
                }
            }
            assertTrue(within > 0 && within < ref.length, "seed " + seed + ": the threshold must split the cells, " + within);
        }
    }

    @Test
    void timesEqualAPlainDijkstraFromEveryFacility() {
        for (long seed = 1; seed <= 25; seed++) {
            Case c = new Case(seed);
            TypeSpec t = Fixtures.type("fitness", 600, 4.5, null);
            TypeTimes times = new CoverageEvaluator(c.model, c.cells, Double.POSITIVE_INFINITY).times(t, c.sites);
            double[] ref = c.referenceSeconds(4.5);
            for (int i = 0; i < ref.length; i++) {
                String msg = "seed " + seed + " cell " + i;
                if (Double.isInfinite(ref[i])) {
                    assertEquals(Float.POSITIVE_INFINITY, times.seconds(i), msg);
                } else {
                    assertEquals(ref[i], times.seconds(i), 1e-2, msg);
                }
            }
        }
    }

    @Test
    void coverageEqualsBruteForceAtEveryThreshold() {
        for (long seed = 100; seed < 120; seed++) {
            Case c = new Case(seed);
            Random rnd = new Random(seed);
            double[] ref = c.referenceSeconds(4.5);
            CoverageEvaluator ev = new CoverageEvaluator(c.model, c.cells);
            for (int k = 0; k < 5; k++) {
                double threshold = 60 + rnd.nextInt(1200) + 0.5;
                TypeSpec t = Fixtures.type("elder_care", threshold, 4.5, org.lifecircle.facility.Demand.ELDERLY);
                Counts got = CoverageTally.count(ev.times(t, c.sites), threshold).overall();
                double demand = 0;
                double covered = 0;
                double pop = 0;
                double popCovered = 0;
                for (int i = 0; i < ref.length; i++) {
                    demand += c.cells.elderly(i);
                    pop += c.cells.population(i);
                    if (Math.abs(ref[i] - threshold) < 1e-2) throw new IllegalStateException("threshold on a cell time");
                    if (ref[i] <= threshold) {
                        covered += c.cells.elderly(i);
                        popCovered += c.cells.population(i);
                    }
                }
                String msg = "seed " + seed + " threshold " + threshold;
                assertEquals(demand, got.demand(), 1e-6, msg);
                assertEquals(covered, got.demandCovered(), 1e-6, msg);
                assertEquals(pop, got.population(), 1e-6, msg);
                assertEquals(popCovered, got.populationCovered(), 1e-6, msg);
            }
        }
    }

    @Test
    void nearestOfTheMultiSourceSearchEqualsTheMinimumOverSingleSourceSearches() {
        for (long seed = 200; seed < 215; seed++) {
            Case c = new Case(seed, true);
            Random rnd = new Random(seed);
            // cells and facilities off the nodes, so snapping, connectors and partial edges count
            DemandCells cells = c.shifted(0.1 + 0.8 * rnd.nextDouble(), 0.1 + 0.8 * rnd.nextDouble());
            MoveFacility[] moves = new MoveFacility[c.sites.size()];
            for (int f = 0; f < c.sites.size(); f++) {
                moves[f] = new MoveFacility(c.sites.id(f), c.sites.lon(f) + 0.3 * D * rnd.nextDouble(),
                        c.sites.lat(f) + 0.2 * D * rnd.nextDouble());
            }
            FacilitySites moved = ScenarioEdits.edited(c.sites, moves);
            for (TravelTimeModel model : List.of(c.model, new StraightLineTravelTimes(2))) {
                CoverageEvaluator ev = new CoverageEvaluator(model, cells, Double.POSITIVE_INFINITY);
                TypeTimes times = ev.times(Fixtures.type("fitness", 600, 4.5, null), moved);
                SparseTimes all = model.reachFromEach(ev.locate(moved), ev.cellLocations(), 4.5, Double.POSITIVE_INFINITY);
                double[] best = bestOf(all, cells.size());
                assertEquals(cells.size(), ev.cellLocations().size());
                for (int i = 0; i < best.length; i++) {
                    String msg = "seed " + seed + " " + (model.networkBased() ? "network" : "straight") + " cell " + i;
                    if (Double.isInfinite(best[i])) assertEquals(Float.POSITIVE_INFINITY, times.seconds(i), msg);
                    else assertEquals(best[i], times.seconds(i), 1e-2, msg);
                }
            }
        }
    }

    @Test
    void coverageNeverFallsAsTheThresholdGrows() {
        for (long seed = 300; seed < 315; seed++) {
            Case c = new Case(seed, true);
            for (TravelTimeModel model : List.of(c.model, new StraightLineTravelTimes(2))) {
                CoverageEvaluator ev = new CoverageEvaluator(model, c.cells);
                TypeTimes times = ev.times(Fixtures.type("fitness", 600, 4.5, null), c.sites);
                double previous = -1;
                int previousCells = -1;
                for (double threshold = 0; threshold <= 2400; threshold += 37.5) {
                    Counts k = CoverageTally.count(times, threshold).overall();
                    String msg = "seed " + seed + " threshold " + threshold;
                    assertTrue(k.demandCovered() >= previous, msg);
                    assertTrue(k.cellsCovered() >= previousCells, msg);
                    assertTrue(k.demandCovered() <= k.demand() + 1e-9, msg);
                    previous = k.demandCovered();
                    previousCells = k.cellsCovered();
                }
            }
        }
    }

    @Test
    void gapsEqualAFloodFillOfUncoveredCells() {
        for (long seed = 400; seed < 420; seed++) {
            Case c = new Case(seed, true);
            TypeSpec t = Fixtures.type("fitness", 300, 4.5, null);
            TypeTimes times = new CoverageEvaluator(c.model, c.cells).times(t, c.sites);
            GapClusters.Result got = GapClusters.find(times, CellLattice.of(c.cells), 0);
            // flood fill on the full raster grid
            double[][] gridPop = new double[ROWS][COLS];
            boolean[][] open = new boolean[ROWS][COLS];
            for (int i = 0; i < c.cells.size(); i++) {
                int r = c.cells.row(i);
                int col = c.cells.col(i);
                gridPop[r][col] = c.cells.population(i);
                open[r][col] = c.cells.population(i) > 0 && !(times.seconds(i) <= 300);
            }
            List<Double> sums = new ArrayList<>();
            List<Integer> sizes = new ArrayList<>();
            boolean[][] seen = new boolean[ROWS][COLS];
            for (int r = 0; r < ROWS; r++) {
                for (int col = 0; col < COLS; col++) {
                    if (!open[r][col] || seen[r][col]) continue;
                    double sum = 0;
                    int size = 0;
                    ArrayDeque<int[]> queue = new ArrayDeque<>();
                    queue.add(new int[] {r, col});
                    seen[r][col] = true;
                    while (!queue.isEmpty()) {
                        int[] p = queue.poll();
                        sum += gridPop[p[0]][p[1]];
                        size++;
                        for (int[] d : new int[][] {{1, 0}, {-1, 0}, {0, 1}, {0, -1}}) {
                            int rr = p[0] + d[0];
                            int cc = p[1] + d[1];
                            if (rr >= 0 && cc >= 0 && rr < ROWS && cc < COLS && open[rr][cc] && !seen[rr][cc]) {
                                seen[rr][cc] = true;
                                queue.add(new int[] {rr, cc});
                            }
                        }
                    }
                    sums.add(sum);
                    sizes.add(size);
                }
            }
            String msg = "seed " + seed;
            assertEquals(sums.size(), got.gapCount(), msg);
            double[] expected = sums.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            double[] actual = got.gaps().stream().mapToDouble(Gap::demand).sorted().toArray();
            assertEquals(Arrays.toString(expected), Arrays.toString(actual), msg);
            assertEquals(sizes.stream().mapToInt(Integer::intValue).sum(),
                    got.gaps().stream().mapToInt(Gap::cellCount).sum(), msg);
            for (Gap g : got.gaps()) {
                assertTrue(g.polygon().isValid(), msg);
                assertEquals(g.cellCount() * D * D, g.polygon().getArea(), 1e-9 * D * D, msg);
            }
        }
    }

    @Test
    void floatingCatchmentEqualsPlainLoopsAndConservesSupply() {
        for (long seed = 500; seed < 515; seed++) {
            Case c = new Case(seed);
            TypeSpec t = Fixtures.type("fitness", 420, 4.5, null);
            CoverageEvaluator ev = new CoverageEvaluator(c.model, c.cells);
            FloatingCatchment.Result got = FloatingCatchment.compute(ev, t, c.sites);
            Locations fl = ev.locate(c.sites);
            SparseTimes od = c.model.reachFromEach(fl, ev.cellLocations(), 4.5, Double.POSITIVE_INFINITY);
            int m = c.sites.size();
            int n = c.cells.size();
            double[][] time = new double[m][n];
            for (double[] row : time) Arrays.fill(row, Double.POSITIVE_INFINITY);
            for (int j = 0; j < m; j++) {
                for (int k = 0; k < od.reachedCount(j); k++) time[j][od.target(j, k)] = od.seconds(j, k);
            }
            double[] ratio = new double[m];
            double supplyWithDemand = 0;
            for (int j = 0; j < m; j++) {
                double sum = 0;
                for (int i = 0; i < n; i++) if (time[j][i] <= 420) sum += c.cells.population(i);
                ratio[j] = sum > 0 ? c.sites.capacity(j) / sum : Double.NaN;
                if (sum > 0) supplyWithDemand += c.sites.capacity(j);
                assertEquals(ratio[j], got.ratio()[j], 1e-12, "seed " + seed + " facility " + j);
            }
            double weighted = 0;
            for (int i = 0; i < n; i++) {
                double a = 0;
                for (int j = 0; j < m; j++) if (time[j][i] <= 420 && !Double.isNaN(ratio[j])) a += ratio[j];
                assertEquals(a, got.accessibility()[i], 1e-12, "seed " + seed + " cell " + i);
                weighted += c.cells.population(i) * got.accessibility()[i];
            }
            assertEquals(supplyWithDemand, weighted, 1e-9, "seed " + seed + ": supply conserved");
        }
    }

    @Test
    void catchmentsPartitionTheReachedDemandByNearestFacility() {
        for (long seed = 600; seed < 615; seed++) {
            Case c = new Case(seed);
            TypeSpec t = Fixtures.type("fitness", 300, 4.5, null);
            CoverageEvaluator ev = new CoverageEvaluator(c.model, c.cells, Double.POSITIVE_INFINITY);
            TypeTimes times = ev.times(t, c.sites);
            List<Catchment> cs = Catchments.of(times, CellLattice.of(c.cells), false);
            double[] served = new double[c.sites.size()];
            double reached = 0;
            for (int f = 0; f < c.facilityNodes.length; f++) {
                double[] meters = c.reference.from(c.facilityNodes[f]);
                for (int i = 0; i < c.cells.size(); i++) {
                    double best = Double.POSITIVE_INFINITY;
                    int arg = -1;
                    for (int g = 0; g < c.facilityNodes.length; g++) {
                        double d = c.reference.from(c.facilityNodes[g])[c.node(i)];
                        if (d < best - 1e-6) {
                            best = d;
                            arg = g;
                        }
                    }
                    if (arg == f && meters[c.node(i)] < Double.POSITIVE_INFINITY) served[f] += c.cells.population(i);
                }
            }
            for (int f = 0; f < served.length; f++) reached += served[f];
            double total = cs.stream().mapToDouble(Catchment::population).sum();
            assertEquals(reached, total, 1e-6, "seed " + seed);
            for (int f = 0; f < served.length; f++) {
                // ties between equidistant facilities may go either way; compare only untied totals
                if (hasTie(c, f)) continue;
                assertEquals(served[f], cs.get(f).population(), 1e-6, "seed " + seed + " facility " + f);
            }
        }
    }

    private static boolean hasTie(Case c, int f) {
        double[][] d = new double[c.facilityNodes.length][];
        for (int g = 0; g < d.length; g++) d[g] = c.reference.from(c.facilityNodes[g]);
        for (int i = 0; i < c.cells.size(); i++) {
            for (int g = 0; g < d.length; g++) {
                if (g != f && Math.abs(d[g][c.node(i)] - d[f][c.node(i)]) < 1e-6 && Double.isFinite(d[f][c.node(i)])) return true;
            }
        }
        return false;
    }

    private static double[] bestOf(SparseTimes all, int n) {
        double[] best = new double[n];
        Arrays.fill(best, Double.POSITIVE_INFINITY);
        for (int s = 0; s < all.sourceCount(); s++) {
            for (int k = 0; k < all.reachedCount(s); k++) {
                best[all.target(s, k)] = Math.min(best[all.target(s, k)], all.seconds(s, k));
            }
        }
        return best;
    }
}
