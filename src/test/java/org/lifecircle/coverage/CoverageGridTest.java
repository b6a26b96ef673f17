package org.lifecircle.coverage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lifecircle.coverage.Fixtures.D;
import static org.lifecircle.coverage.Fixtures.LX;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifecircle.network.traveltime.NetworkTravelTimes;
import org.lifecircle.network.traveltime.StraightLineTravelTimes;
import org.lifecircle.population.AdminUnits;
import org.lifecircle.population.DemandCells;
import org.lifecircle.population.UnitAssignment;
import org.lifecircle.facility.Demand;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * FEATURE UNDER TEST: coverage on a perfect street grid, worked out by hand. Nodes are 100 m apart
 * north–south and LX = 100.67 m east–west; one demand cell is centred on every node with
 * population 10·(5y + x + 1); at 3.6 km/h (1 m/s) seconds equal metres.
 *
 * <pre>
 *   y=3   160  170  180  190 [200]F2      covered at 250 s:  F1: (0,0) (1,0) (2,0) (0,1) (1,1) (0,2)
 *   y=2   110  120  130  140  150                            F2: (4,3) (3,3) (2,3) (4,2) (3,2) (4,1)
 *   y=1    60   70   80   90  100         time from F1 to (x,y) = x·LX + y·100
 *   y=0 F1[10]  20   30   40   50         units: West = columns 0–2, East = columns 3–4
 *         x=0   1    2    3    4
 * </pre>
 */
class CoverageGridTest {

    private static final double[][] POP = new double[4][5];
    private static DemandCells cells;
    private static final NetworkTravelTimes MODEL = new NetworkTravelTimes(Fixtures.grid(5, 4), 500, 2);
    private static final FacilitySites SITES = Fixtures.sites("fitness", new double[] {0, 4 * D},
            new double[] {0, 3 * D}, new double[] {30, 96});

    @BeforeAll
    static void writeDemand(@TempDir Path dir) {
        double[][] old = new double[4][5];
        for (int y = 0; y < 4; y++) {
            for (int x = 0; x < 5; x++) {
                POP[y][x] = 10 * (5 * y + x + 1);
                old[y][x] = POP[y][x] / 5;
            }
        }
        cells = DemandFiles.read(DemandFiles.write(dir, "pop.asc", POP, 0, 0, D),
                DemandFiles.write(dir, "old.asc", old, 0, 0, D));
    }

    private static int cell(int x, int y) {
        int i = cells.findCell(3 - y, x);
        assertTrue(i >= 0, "cell " + x + "," + y);
        return i;
    }

    @Test
    void timesAreGridDistancesToTheNearerFacility() {
        CoverageEvaluator ev = new CoverageEvaluator(MODEL, cells, Double.POSITIVE_INFINITY);
        TypeTimes t = ev.times(Fixtures.type("fitness", 250, 3.6, null), SITES);
        assertTrue(t.networkBased());
        assertEquals(0, t.seconds(cell(0, 0)), 1e-3);
        assertEquals(2 * LX, t.seconds(cell(2, 0)), 1e-3);
        assertEquals(LX + 100, t.seconds(cell(1, 1)), 1e-3);
        assertEquals(3 * LX, t.seconds(cell(3, 0)), 1e-3);
        assertEquals(300, t.seconds(cell(4, 0)), 1e-3);
        assertEquals(2 * LX + 100, t.seconds(cell(2, 2)), 1e-3);
        assertEquals(0, t.nearest(cell(3, 0)));
        assertEquals(1, t.nearest(cell(4, 0)));
    }

    @Test
    void coveredPopulationOverallAndPerUnit() {
        CoverageEvaluator ev = new CoverageEvaluator(MODEL, cells, Double.POSITIVE_INFINITY);
        TypeSpec fitness = Fixtures.type("fitness", 250, 3.6, null);
        TypeTimes t = ev.times(fitness, SITES);
        Counts all = CoverageTally.count(t, fitness.thresholdSeconds()).overall();
        assertEquals(20, all.cells());
        assertEquals(12, all.cellsCovered());
        assertEquals(2100, all.demand(), 1e-9);
        assertEquals(1260, all.demandCovered(), 1e-9);
        assertEquals(0.6, all.share(), 1e-12);
        assertEquals(420, all.elderly(), 1e-9);
        assertEquals(252, all.elderlyCovered(), 1e-9);
        assertEquals(0, all.demandUnreached(), 0);

        AdminUnits units = AdminUnits.of("units", List.of("W", "E"), List.of("West", "East"),
                List.of(box(-0.5, 2.5, -0.5, 3.5), box(2.5, 4.5, -0.5, 3.5)));
        UnitAssignment a = UnitAssignment.of(units, cells);
        CoverageTally byUnit = CoverageTally.count(t, fitness.thresholdSeconds(), a.unitOfCell(), 2);
        assertEquals(1140, byUnit.group(0).demand(), 1e-9);
        assertEquals(480, byUnit.group(0).demandCovered(), 1e-9);
        assertEquals(960, byUnit.group(1).demand(), 1e-9);
        assertEquals(780, byUnit.group(1).demandCovered(), 1e-9);
        assertEquals(0, byUnit.outside().cells());
    }

    @Test
    void elderlyDemandCountsTheSixtyPlusLayer() {
        CoverageEvaluator ev = new CoverageEvaluator(MODEL, cells);
        TypeSpec care = Fixtures.type("elder_care", 250, 3.6, Demand.ELDERLY);
        Counts c = CoverageTally.count(ev.times(care, SITES), care.thresholdSeconds()).overall();
        assertEquals(420, c.demand(), 1e-9);
        assertEquals(252, c.demandCovered(), 1e-9);
        assertEquals(2100, c.population(), 1e-9);
        assertEquals(1260, c.populationCovered(), 1e-9);
    }

    @Test
    void uncoveredCellsFormOneGapOfEightCells() {
        CoverageEvaluator ev = new CoverageEvaluator(MODEL, cells, Double.POSITIVE_INFINITY);
        TypeTimes t = ev.times(Fixtures.type("fitness", 250, 3.6, null), SITES);
        GapClusters.Result r = GapClusters.find(t, CellLattice.of(cells), 0);
        assertEquals(1, r.gapCount());
        assertEquals(840, r.uncoveredDemand(), 1e-9);
        Gap g = r.gaps().get(0);
        assertEquals(8, g.cellCount());
        // (3,0) 40 + (4,0) 50 + (2,1) 80 + (3,1) 90 + (1,2) 120 + (2,2) 130 + (0,3) 160 + (1,3) 170
        assertEquals(840, g.demand(), 1e-9);
        assertEquals(8 * D * D, g.polygon().getArea(), 1e-9 * D * D);
        assertTrue(g.polygon().isValid());
        // (0,3) is 3 blocks north of F1
        assertEquals(300, g.minSeconds(), 1e-3);
    }

    @Test
    void gapsSplitWhereCoveredCellsSeparateThem() {
        CoverageEvaluator ev = new CoverageEvaluator(MODEL, cells);
        // at 310 s everything is covered; with F2 alone the west is a single gap, with F1 alone the east
        TypeSpec t310 = Fixtures.type("fitness", 150, 3.6, null);
        GapClusters.Result r = GapClusters.find(ev.times(t310, SITES), CellLattice.of(cells), 0);
        // covered at 150 s: (0,0) (1,0) (0,1) and (4,3) (3,3) (4,2); the other 14 cells touch each other
        assertEquals(1, r.gapCount());
        assertEquals(14, r.gaps().get(0).cellCount());
        FacilitySites middle = Fixtures.sites("fitness", new double[] {2 * D}, new double[] {0}, new double[] {1});
        TypeSpec t100 = Fixtures.type("fitness", 101, 3.6, null);
        // a facility at (2,0) covers (1,0) (2,0) (3,0) (2,1): cells (0,0) and (4,0) are cut off from the rest? no —
        // (0,0) touches (0,1) and (4,0) touches (4,1), so everything else is one gap of 16 cells
        GapClusters.Result r2 = GapClusters.find(ev.times(t100, middle), CellLattice.of(cells), 0);
        assertEquals(1, r2.gapCount());
        assertEquals(16, r2.gaps().get(0).cellCount());
        // three facilities in row 1 cut the grid into a south row and the north rows
        FacilitySites row = Fixtures.sites("fitness", new double[] {0, 2 * D, 4 * D}, new double[] {D, D, D},
                new double[] {1, 1, 1});
        GapClusters.Result r3 = GapClusters.find(ev.times(t100, row), CellLattice.of(cells), 0);
        // covered: all of row 1, plus (0,0) (2,0) (4,0) and (0,2) (2,2) (4,2): gaps (1,0), (3,0), and the north
        assertEquals(3, r3.gapCount());
        Gap north = r3.gaps().get(0);
        assertEquals(2 + 5, north.cellCount());
        assertEquals(120 + 140 + 160 + 170 + 180 + 190 + 200, north.demand(), 1e-9);
        assertEquals(40, r3.gaps().get(1).demand(), 1e-9);
        assertEquals(20, r3.gaps().get(2).demand(), 1e-9);
    }

    @Test
    void catchmentsSplitTheGridBetweenTheTwoFacilities() {
        CoverageEvaluator ev = new CoverageEvaluator(MODEL, cells, Double.POSITIVE_INFINITY);
        TypeTimes t = ev.times(Fixtures.type("fitness", 250, 3.6, null), SITES);
        List<Catchment> cs = Catchments.of(t, CellLattice.of(cells), true);
        assertEquals(2, cs.size());
        // F1 is nearest where x·LX + y·100 < 2·LX + 150: 4 + 3 + 2 + 1 cells
        assertEquals(10, cs.get(0).cellCount());
        assertEquals(10, cs.get(1).cellCount());
        double f1 = 10 + 20 + 30 + 40 + 60 + 70 + 80 + 110 + 120 + 160;
        assertEquals(f1, cs.get(0).demand(), 1e-9);
        assertEquals(2100 - f1, cs.get(1).demand(), 1e-9);
        assertEquals(300, cs.get(0).demandWithin(), 1e-9);
        assertEquals(960, cs.get(1).demandWithin(), 1e-9);
        assertEquals(f1 / 5, cs.get(0).elderly(), 1e-9);
        assertEquals(10 * D * D, cs.get(0).polygon().getArea(), 1e-9 * D * D);
        assertEquals(0, cs.get(0).polygon().intersection(cs.get(1).polygon()).getArea(), 1e-12 * D * D);
    }

    @Test
    void floatingCatchmentSharesCapacityAmongThePeopleInReach() {
        CoverageEvaluator ev = new CoverageEvaluator(MODEL, cells);
        FloatingCatchment.Result r = FloatingCatchment.compute(ev, Fixtures.type("fitness", 250, 3.6, null), SITES);
        assertEquals(FloatingCatchment.Supply.CAPACITY, r.supply());
        // F1 reaches 300 people with 30 places, F2 960 people with 96 places
        assertArrayEquals(new double[] {300, 960}, r.demandInReach(), 1e-9);
        assertArrayEquals(new double[] {0.1, 0.1}, r.ratio(), 1e-12);
        assertEquals(0.1, r.accessibility()[cell(1, 1)], 1e-12);
        assertEquals(0.1, r.accessibility()[cell(3, 2)], 1e-12);
        assertEquals(0, r.accessibility()[cell(2, 2)], 0);
        assertEquals(126.0 / 2100, r.meanAccessibility(cells.values(org.lifecircle.population.DemandLayer.TOTAL)), 1e-12);
    }

    @Test
    void villageServedInsideWithinRadiusOrWithinMinutes() {
        CoverageEvaluator ev = new CoverageEvaluator(MODEL, cells);
        Places villages = new Places("villages", List.of("V1", "V2", "V3"), List.of("一村", "二村", "三村"),
                List.of(box(-0.4, 0.4, -0.4, 0.4), box(3.6, 4.4, -0.4, 0.4), box(1.6, 2.4, 1.6, 2.4)));
        TypeSpec fitness = Fixtures.type("fitness", 250, 3.6, null);
        PlaceCoverage.Result r = PlaceCoverage.evaluate(ev, villages, fitness, SITES, 350);
        PlaceCoverage.Status v1 = r.places().get(0);
        assertEquals(1, v1.inside());
        assertTrue(v1.served());
        PlaceCoverage.Status v2 = r.places().get(1);
        assertEquals(0, v2.inside());
        assertEquals(1, v2.nearest());
        assertEquals(300, v2.nearestSeconds(), 1e-3);
        assertFalse(v2.withinMinutes());
        assertEquals(300, v2.closestMeters(), 0.01);
        assertTrue(v2.withinRadius());
        PlaceCoverage.Status v3 = r.places().get(2);
        assertEquals(1, v3.nearest());
        assertEquals(2 * LX + 100, v3.nearestSeconds(), 1e-3);
        assertFalse(v3.withinMinutes());
        assertEquals(Math.hypot(2 * LX, 100), v3.closestMeters(), 0.01);
        assertTrue(v3.withinRadius());
        assertEquals(3, r.served());
        PlaceCoverage.Result noRadius = PlaceCoverage.evaluate(ev, villages, fitness, SITES, Double.NaN);
        assertEquals(1, noRadius.served());
        assertEquals(1.0 / 3, noRadius.share(), 1e-12);
    }

    @Test
    void pointCheckListsFacilitiesByBand() {
        CoverageEvaluator ev = new CoverageEvaluator(MODEL, cells);
        TypeSpec fitness = Fixtures.type("fitness", 250, 3.6, null);
        PointReach p = ev.reach(D, 0, List.of(fitness), Map.of("fitness", SITES), new double[] {2, 5, 15});
        assertTrue(p.onNetwork());
        PointReach.TypeReach r = p.types().get(0);
        assertEquals(2, r.reached().size());
        assertEquals(LX, r.nearestSeconds(), 1e-3);
        assertTrue(r.covered());
        assertEquals(2.0, r.reached().get(0).bandMinutes());
        assertEquals(LX, r.reached().get(0).meters(), 1e-3);
        assertEquals("fitness-2", r.reached().get(1).id());
        assertEquals(3 * LX + 300, r.reached().get(1).seconds(), 1e-3);
        assertEquals(15.0, r.reached().get(1).bandMinutes());
    }

    @Test
    void straightLineFallbackIsFlaggedAndUsesDistances() {
        CoverageEvaluator ev = new CoverageEvaluator(new StraightLineTravelTimes(2), cells);
        TypeTimes t = ev.times(Fixtures.type("fitness", 250, 3.6, null), SITES);
        assertFalse(t.networkBased());
        assertFalse(ev.networkBased());
        assertEquals(0, ev.offNetworkCells().length);
        // (1,1) is sqrt(LX² + 100²) from F1 in a straight line
        assertEquals(Math.hypot(LX, 100), t.seconds(cell(1, 1)), 0.01);
        Counts c = CoverageTally.count(t, 250).overall();
        // straight line covers more: additionally (2,1) at 224 m and (1,2) at 224 m, and their mirrors
        assertEquals(12 + 4, c.cellsCovered());
    }

    private static Geometry box(double x0, double x1, double y0, double y1) {
        return new GeometryFactory().toGeometry(new Envelope(x0 * D, x1 * D, y0 * D, y1 * D));
    }
}
