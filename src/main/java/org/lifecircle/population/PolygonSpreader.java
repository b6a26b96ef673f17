package org.lifecircle.population;

import java.util.Arrays;
import java.util.List;
import org.lifecircle.io.InputException;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * Spreads the population of polygons (census tracts, communities, a vector grid) onto a regular
 * WGS84 grid in proportion to area: each zone gives each cell population × (area of zone ∩ cell)
 * ÷ (area of zone). Areas are lon/lat areas weighted by the cosine of the piece's latitude, the
 * spherical area to within (cell height in radians)²/24, so totals are conserved exactly (up to
 * floating point) and cells straddling zones receive from each.
 *
 * <p>Cost O(Σ cells in each zone's envelope × zone vertices) for the clipping; cells inside a
 * zone are recognised with a prepared geometry and not clipped. Memory O(grid cells) while
 * spreading; only cells with people are materialised.
 */
public final class PolygonSpreader {

    private static final double METERS_PER_DEGREE = 6_371_008.8 * Math.PI / 180.0;

    /**
     * One zone: {@code feature} is its 1-based number in the source file (for error messages),
     * {@code elderly} NaN when the source has no elderly field.
     */
    public record Zone(int feature, Geometry polygon, double population, double elderly) {
    }

    private PolygonSpreader() {
    }

    /**
     * A WGS84 grid of about {@code cellMeters} square cells covering {@code extent}: the cell
     * height is {@code cellMeters} of latitude, the width {@code cellMeters} of longitude at the
     * extent's middle latitude; the origin snaps to whole multiples of the cell size so grids
     * built for different files at the same size line up.
     */
    public static RasterGrid gridFor(Envelope extent, double cellMeters) {
        if (!(cellMeters > 0)) throw new IllegalArgumentException("cell size must be positive: " + cellMeters);
        double midLat = (extent.getMinY() + extent.getMaxY()) / 2;
        double dy = cellMeters / METERS_PER_DEGREE;
        double dx = cellMeters / (METERS_PER_DEGREE * Math.cos(Math.toRadians(midLat)));
        double minX = Math.floor(extent.getMinX() / dx) * dx;
        double maxY = Math.ceil(extent.getMaxY() / dy) * dy;
        int cols = Math.max(1, (int) Math.ceil((extent.getMaxX() - minX) / dx));
        int rows = Math.max(1, (int) Math.ceil((maxY - extent.getMinY()) / dy));
        return RasterGrid.wgs84(cols, rows, minX, maxY, dx, dy);
    }

    /** Spreads {@code zones} onto a grid of about {@code cellMeters} covering them all. */
    public static DemandCells spread(String source, List<Zone> zones, double cellMeters) {
        Envelope extent = new Envelope();
        for (Zone z : zones) extent.expandToInclude(z.polygon().getEnvelopeInternal());
        if (extent.isNull()) throw InputException.of(source, "no polygons with population");
        return spread(source, zones, gridFor(extent, cellMeters));
    }

    /**
     * Spreads {@code zones} onto {@code grid} (WGS84). A zone partly outside the grid gives all
     * its people to its part inside; a zone wholly outside is an {@link InputException}.
     */
    public static DemandCells spread(String source, List<Zone> zones, RasterGrid grid) {
        if (!grid.isWgs84()) throw new IllegalArgumentException("spreading needs a WGS84 grid, not " + grid.crsName());
        boolean hasElderly = !zones.isEmpty() && zones.stream().allMatch(z -> !Double.isNaN(z.elderly()));
        double[] total = new double[grid.cols() * grid.rows()];
        double[] elderly = hasElderly ? new double[total.length] : null;
        Spreader spreader = new Spreader(grid);
        for (Zone zone : zones) {
            check(source, zone);
            if (zone.population() == 0 && !(hasElderly && zone.elderly() > 0)) continue;
            spreader.cut(zone.polygon());
            if (spreader.weightSum <= 0) {
                throw InputException.atFeature(source, zone.feature(), "polygon has no area inside the population grid");
            }
            for (int k = 0; k < spreader.count; k++) {
                double share = spreader.weights[k] / spreader.weightSum;
                total[spreader.cells[k]] += zone.population() * share;
                if (elderly != null) elderly[spreader.cells[k]] += zone.elderly() * share;
            }
        }
        return PopulationReader.materialise(source, grid, total, elderly,
                hasElderly ? source + " (elderly field spread by area)" : null);
    }

    private static void check(String source, Zone zone) {
        if (!(zone.polygon() instanceof Polygonal)) {
            throw InputException.atFeature(source, zone.feature(), "expected a polygon, found " + zone.polygon().getGeometryType());
        }
        if (!(zone.population() >= 0) || Double.isInfinite(zone.population())) {
            throw InputException.atFeature(source, zone.feature(), "population must be a number ≥ 0, found " + zone.population());
        }
        if (!Double.isNaN(zone.elderly()) && (!(zone.elderly() >= 0) || Double.isInfinite(zone.elderly()))) {
            throw InputException.atFeature(source, zone.feature(), "elderly population must be a number ≥ 0, found " + zone.elderly());
        }
    }

    /** Cuts one zone into cell pieces; reuses its arrays between zones. */
    private static final class Spreader {
        private final RasterGrid grid;
        private final GeometryFactory gf = new GeometryFactory();
        private final PreparedGeometryFactory prepare = new PreparedGeometryFactory();
        int[] cells = new int[64];
        double[] weights = new double[64];
        int count;
        double weightSum;

        Spreader(RasterGrid grid) {
            this.grid = grid;
        }

        void cut(Geometry zone) {
            count = 0;
            weightSum = 0;
            Envelope env = zone.getEnvelopeInternal();
            int c0 = Math.max(0, (int) Math.floor((env.getMinX() - grid.minX()) / grid.cellWidth()));
            int c1 = Math.min(grid.cols() - 1, (int) Math.floor((env.getMaxX() - grid.minX()) / grid.cellWidth()));
            int r0 = Math.max(0, (int) Math.floor((grid.maxY() - env.getMaxY()) / grid.cellHeight()));
            int r1 = Math.min(grid.rows() - 1, (int) Math.floor((grid.maxY() - env.getMinY()) / grid.cellHeight()));
            if (c0 > c1 || r0 > r1) return;
            boolean single = c0 == c1 && r0 == r1;
            PreparedGeometry prepared = single ? null : prepare.create(zone);
            for (int r = r0; r <= r1; r++) {
                double top = grid.maxY() - r * grid.cellHeight();
                for (int c = c0; c <= c1; c++) {
                    double left = grid.minX() + c * grid.cellWidth();
                    Envelope cellEnv = new Envelope(left, left + grid.cellWidth(), top - grid.cellHeight(), top);
                    Geometry box = gf.toGeometry(cellEnv);
                    double weight;
                    if (prepared != null && prepared.contains(box)) {
                        weight = cellEnv.getArea() * Math.cos(Math.toRadians(cellEnv.centre().y));
                    } else if (prepared != null && !prepared.intersects(box)) {
                        continue;
                    } else {
                        Geometry piece = OverlayNGRobust.overlay(zone, box, OverlayNG.INTERSECTION);
                        if (piece.isEmpty()) continue;
                        weight = piece.getArea() * Math.cos(Math.toRadians(piece.getCentroid().getY()));
                    }
                    if (weight <= 0) continue;
                    add(r * grid.cols() + c, weight);
                }
            }
        }

        private void add(int cell, double weight) {
            if (count == cells.length) {
                cells = Arrays.copyOf(cells, count * 2);
                weights = Arrays.copyOf(weights, count * 2);
            }
            cells[count] = cell;
            weights[count] = weight;
            count++;
            weightSum += weight;
        }
    }
}
