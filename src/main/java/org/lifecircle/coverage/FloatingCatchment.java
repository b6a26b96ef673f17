package org.lifecircle.coverage;

import org.lifecircle.network.traveltime.SparseTimes;
import org.lifecircle.population.DemandCells;

/**
 * Two-step floating catchment (2SFCA; Luo &amp; Wang 2003) of one facility type, with the type's
 * threshold t₀ as catchment size and no distance decay:
 * <pre>
 *   step 1, per facility j:  R_j = S_j / Σ_{i : t_ij ≤ t₀} P_i        (supply per person in reach)
 *   step 2, per cell i:      A_i = Σ_{j : t_ij ≤ t₀} R_j              (accessibility)
 * </pre>
 * S_j is the facility's capacity when every facility of the type has one, else its area when
 * every one has an area, else 1 (a facility count); P_i is the type's demand layer. A facility
 * with no demand in reach has R_j = NaN and adds nothing. Σ_i P_i A_i = Σ_{j with demand} S_j:
 * the supply is shared out, never created.
 *
 * <p>Cost: one bounded search per facility ({@code TravelTimeModel.reachFromEach}) and
 * O(pairs) arithmetic; memory O(pairs within t₀).
 */
public final class FloatingCatchment {

    /** What S_j counts. */
    public enum Supply {
        CAPACITY("places"), AREA_M2("m²"), FACILITIES("facilities");

        private final String unit;

        Supply(String unit) {
            this.unit = unit;
        }

        public String unit() {
            return unit;
        }
    }

    /**
     * @param ratio          R_j per facility (supply per person of demand in reach), NaN when no demand is in reach
     * @param demandInReach  Σ P_i within t₀ of each facility
     * @param accessibility  A_i per cell (supply per person available to the cell)
     */
    public record Result(String typeKey, Supply supply, double[] ratio, double[] demandInReach,
            double[] accessibility, boolean networkBased) {

        /** Demand-weighted mean of A_i over all cells (supply per person for the study area). */
        public double meanAccessibility(double[] demand) {
            double sum = 0;
            double weight = 0;
            for (int i = 0; i < accessibility.length; i++) {
                sum += demand[i] * accessibility[i];
                weight += demand[i];
            }
            return weight > 0 ? sum / weight : Double.NaN;
        }

        /** Demand-weighted mean accessibility per group (admin unit) of cells; NaN for a group without demand. */
        public double[] meanAccessibility(double[] demand, int[] groupOfCell, int groups) {
            double[] sum = new double[groups];
            double[] weight = new double[groups];
            for (int i = 0; i < accessibility.length; i++) {
                int g = groupOfCell[i];
                if (g < 0) continue;
                sum[g] += demand[i] * accessibility[i];
                weight[g] += demand[i];
            }
            for (int g = 0; g < groups; g++) sum[g] = weight[g] > 0 ? sum[g] / weight[g] : Double.NaN;
            return sum;
        }
    }

    private FloatingCatchment() {
    }

    public static Result compute(CoverageEvaluator evaluator, TypeSpec type, FacilitySites sites) {
        DemandCells cells = evaluator.cells();
        double[] demand = cells.values(type.demand());
        int m = sites.size();
        Supply supply = supplyOf(sites);
        double[] ratio = new double[m];
        double[] inReach = new double[m];
        double[] access = new double[cells.size()];
        if (m == 0) return new Result(type.key(), supply, ratio, inReach, access, evaluator.networkBased());
        SparseTimes pairs = evaluator.model().reachFromEach(evaluator.locate(sites), evaluator.cellLocations(),
                type.speedKmh(), type.thresholdSeconds());
        for (int j = 0; j < m; j++) {
            double sum = 0;
            for (int k = 0; k < pairs.reachedCount(j); k++) sum += demand[pairs.target(j, k)];
            inReach[j] = sum;
            ratio[j] = sum > 0 ? supplyOf(sites, j, supply) / sum : Double.NaN;
        }
        for (int j = 0; j < m; j++) {
            if (Double.isNaN(ratio[j])) continue;
            for (int k = 0; k < pairs.reachedCount(j); k++) access[pairs.target(j, k)] += ratio[j];
        }
        return new Result(type.key(), supply, ratio, inReach, access, pairs.networkBased());
    }

    static Supply supplyOf(FacilitySites sites) {
        boolean allCapacity = sites.size() > 0;
        boolean allArea = sites.size() > 0;
        for (int f = 0; f < sites.size(); f++) {
            allCapacity &= !Double.isNaN(sites.capacity(f));
            allArea &= !Double.isNaN(sites.areaM2(f));
        }
        return allCapacity ? Supply.CAPACITY : allArea ? Supply.AREA_M2 : Supply.FACILITIES;
    }

    static double supplyOf(FacilitySites sites, int f, Supply supply) {
        return switch (supply) {
            case CAPACITY -> sites.capacity(f);
            case AREA_M2 -> sites.areaM2(f);
            case FACILITIES -> 1.0;
        };
    }
}
