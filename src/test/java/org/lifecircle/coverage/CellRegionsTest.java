package org.lifecircle.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifecircle.population.DemandCells;
import org.lifecircle.population.PopulationReader;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.locationtech.jts.operation.valid.IsValidOp;

/**
 * FEATURE UNDER TEST: cell groups traced into polygons equal the union of the cell squares (JTS
 * overlay as the reference): same area, empty symmetric difference, valid — including cells that
 * touch only at a corner, holes, and holes pinched against their shell at one corner. Random
 * groups are seeded; the seed is in every message.
 */
class CellRegionsTest {

    private static final int N = 12;

    @TempDir
    Path dir;

    private DemandCells fullGrid(String crs, double cell, double originX, double originY) {
        double[][] ones = new double[N][N];
        for (double[] row : ones) java.util.Arrays.fill(row, 1);
        Path file = DemandFiles.write(dir, "g" + crs.replace(':', '_') + ".asc", ones, originX, originY, cell);
        return PopulationReader.readRaster(file, crs);
    }

    /** Cells given as "rc" pairs in a picture: '#' in the group. Row 0 is the top line. */
    private static int[] picture(DemandCells cells, String... lines) {
        List<Integer> out = new ArrayList<>();
        for (int r = 0; r < lines.length; r++) {
            for (int c = 0; c < lines[r].length(); c++) {
                if (lines[r].charAt(c) == '#') out.add(cells.findCell(r, c));
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private static void assertSameAsUnion(DemandCells cells, int[] group, String msg) {
        Geometry traced = new CellRegions(CellLattice.of(cells)).polygon(group, group.length);
        List<Geometry> squares = new ArrayList<>();
        for (int i : group) squares.add(cells.cellPolygon(i));
        Geometry union = UnaryUnionOp.union(squares);
        assertTrue(IsValidOp.isValid(traced), msg + ": " + new IsValidOp(traced).getValidationError());
        double scale = union.getArea();
        assertEquals(union.getArea(), traced.getArea(), 1e-9 * scale, msg);
        assertEquals(0, traced.symDifference(union).getArea(), 1e-7 * scale, msg);
    }

    @Test
    void diagonalCellsHolesAndPinchedHoles() {
        DemandCells cells = fullGrid("EPSG:4326", 0.001, 10, 20);
        assertSameAsUnion(cells, picture(cells, "#.", ".#"), "diagonal pair");
        assertSameAsUnion(cells, picture(cells, "###", "#.#", "###"), "ring with a hole");
        assertSameAsUnion(cells, picture(cells, ".##", "#.#", "###"), "hole pinched at a corner");
        assertSameAsUnion(cells, picture(cells, "#.#", ".#.", "#.#"), "checkerboard");
        assertSameAsUnion(cells, picture(cells, "#####", "#...#", "#.#.#", "#...#", "#####"), "island in a hole");
        Geometry ring = new CellRegions(CellLattice.of(cells)).polygon(picture(cells, "###", "#.#", "###"), 8);
        assertEquals(1, ring.getNumGeometries());
        assertEquals(1, ((org.locationtech.jts.geom.Polygon) ring.getGeometryN(0)).getNumInteriorRing());
    }

    @Test
    void randomGroupsOnGeographicAndProjectedGrids() {
        DemandCells geographic = fullGrid("EPSG:4326", 0.001, 10, 20);
        DemandCells projected = fullGrid("EPSG:32650", 100, 500_000, 3_300_000);
        for (long seed = 1; seed <= 60; seed++) {
            Random rnd = new Random(seed);
            double density = 0.2 + 0.7 * rnd.nextDouble();
            for (DemandCells cells : List.of(geographic, projected)) {
                List<Integer> group = new ArrayList<>();
                for (int i = 0; i < cells.size(); i++) if (rnd.nextDouble() < density) group.add(i);
                if (group.isEmpty()) continue;
                int[] g = group.stream().mapToInt(Integer::intValue).toArray();
                assertSameAsUnion(cells, g, "seed " + seed + " " + cells.sourceCrs());
            }
        }
    }
}
