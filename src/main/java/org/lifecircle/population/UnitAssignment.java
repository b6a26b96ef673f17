package org.lifecircle.population;

/**
 * Demand rolled up by admin unit: each cell belongs to the unit containing its centroid (see
 * {@link UnitLocator} for the interior/boundary rule), sums per unit for each present layer.
 * Cells outside every unit are counted apart, never dropped. Cost O(cells × log vertices).
 *
 * @param unitOfCell  per demand cell the unit index, or -1 outside all units
 * @param cellCount   cells per unit
 * @param population  total population per unit, or null when the demand has no total layer
 * @param elderly     population aged 60+ per unit, or null when absent
 */
public record UnitAssignment(AdminUnits units, int[] unitOfCell, int[] cellCount, double[] population,
        double[] elderly, int outsideCells, double outsidePopulation, double outsideElderly) {

    /** Assigns every cell of {@code demand} to the unit containing its centroid and sums per unit. */
    public static UnitAssignment of(AdminUnits units, DemandCells demand) {
        return of(units, new UnitLocator(units.polygons()), demand);
    }

    /** Same with a prepared locator over {@code units.polygons()} (reuse it for several demand sets). */
    public static UnitAssignment of(AdminUnits units, UnitLocator locator, DemandCells demand) {
        int[] unitOfCell = locator.locateAll(demand.lons(), demand.lats());
        int n = units.size();
        int[] count = new int[n];
        double[] pop = demand.has(DemandLayer.TOTAL) ? new double[n] : null;
        double[] old = demand.has(DemandLayer.ELDERLY) ? new double[n] : null;
        double[] popValues = pop == null ? null : demand.values(DemandLayer.TOTAL);
        double[] oldValues = old == null ? null : demand.values(DemandLayer.ELDERLY);
        int outside = 0;
        double outsidePop = 0;
        double outsideOld = 0;
        for (int i = 0; i < unitOfCell.length; i++) {
            int u = unitOfCell[i];
            if (u < 0) {
                outside++;
                if (popValues != null) outsidePop += popValues[i];
                if (oldValues != null) outsideOld += oldValues[i];
                continue;
            }
            count[u]++;
            if (pop != null) pop[u] += popValues[i];
            if (old != null) old[u] += oldValues[i];
        }
        return new UnitAssignment(units, unitOfCell, count, pop, old, outside, outsidePop, outsideOld);
    }
}
