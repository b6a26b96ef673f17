package org.lifecircle.coverage;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.lifecircle.facility.Indicator;
import org.lifecircle.facility.IndicatorTarget;
import org.lifecircle.facility.Measure;
import org.lifecircle.population.AdminUnits;
import org.lifecircle.population.UnitAssignment;
import org.lifecircle.population.UnitLocator;

/**
 * Per-capita standards by area: the facility measure (area m² or capacity) summed over the
 * facilities of an indicator's types inside the area, divided by the area's demand population in
 * the indicator's unit (per person, per 100 households, per 1,000 people), against each target:
 * met, or short by the amount of measure missing ({@code target × population ÷ persons per unit
 * − sum}). Facilities without the measure are counted apart and add nothing. The study area as
 * a whole is one area; each admin unit is another. O(facilities × log vertices + units × targets).
 */
public final class PerCapitaCheck {

    /** One target of an indicator for one area; {@code short} is in the indicator's measure (m², places), 0 when met. */
    public record TargetCheck(double target, OptionalInt year, String citation, boolean met, double shortBy) {
    }

    /**
     * One indicator in one area.
     *
     * @param unitId    the admin unit's id, null for the whole study area
     * @param missing   facilities of the indicator's types in the area without the measure
     * @param value     the indicator value, NaN when the area has no demand population
     */
    public record Result(Indicator indicator, String level, String unitId, String unitName, int facilities,
            int missing, double measureSum, double population, double value, List<TargetCheck> targets) {

        public Result {
            targets = List.copyOf(targets);
        }

        public boolean allMet() {
            return targets.stream().allMatch(TargetCheck::met);
        }
    }

    private PerCapitaCheck() {
    }

    /** The indicator over the whole study area, {@code population} being its demand population. */
    public static Result overall(Indicator indicator, List<FacilitySites> sites, double population,
            double personsPerHousehold) {
        int count = 0;
        int missing = 0;
        double sum = 0;
        for (FacilitySites s : sites) {
            for (int f = 0; f < s.size(); f++) {
                double v = measure(s, f, indicator.measure());
                count++;
                if (Double.isNaN(v)) missing++;
                else sum += v;
            }
        }
        return result(indicator, null, null, null, count, missing, sum, population, personsPerHousehold);
    }

    /** The indicator per admin unit of one level; facilities are placed in units by their location. */
    public static List<Result> byUnit(Indicator indicator, String level, UnitAssignment assignment,
            UnitLocator locator, List<FacilitySites> sites, double personsPerHousehold) {
        AdminUnits units = assignment.units();
        int n = units.size();
        int[] count = new int[n];
        int[] missing = new int[n];
        double[] sum = new double[n];
        for (FacilitySites s : sites) {
            int[] unitOf = locator.locateAll(s.lons(), s.lats());
            for (int f = 0; f < s.size(); f++) {
                int u = unitOf[f];
                if (u < 0) continue;
                double v = measure(s, f, indicator.measure());
                count[u]++;
                if (Double.isNaN(v)) missing[u]++;
                else sum[u] += v;
            }
        }
        double[] population = switch (indicator.demand()) {
            case TOTAL -> assignment.population();
            case ELDERLY -> assignment.elderly();
        };
        List<Result> out = new ArrayList<>(n);
        for (int u = 0; u < n; u++) {
            double pop = population == null ? Double.NaN : population[u];
            out.add(result(indicator, level, units.id(u), units.name(u), count[u], missing[u], sum[u], pop,
                    personsPerHousehold));
        }
        return out;
    }

    private static Result result(Indicator indicator, String level, String unitId, String unitName, int count,
            int missing, double sum, double population, double personsPerHousehold) {
        double value = Double.isNaN(population) ? Double.NaN : indicator.value(sum, population, personsPerHousehold);
        double units = population / indicator.unit().personsPerUnit(personsPerHousehold);
        List<TargetCheck> checks = new ArrayList<>();
        for (IndicatorTarget t : indicator.targets()) {
            boolean met = !Double.isNaN(value) && indicator.meets(value, t);
            double shortBy = met || Double.isNaN(value) ? 0 : t.value() * units - sum;
            checks.add(new TargetCheck(t.value(), t.year(), t.clause().citation(), met, Math.max(0, shortBy)));
        }
        return new Result(indicator, level, unitId, unitName, count, missing, sum, population, value, checks);
    }

    private static double measure(FacilitySites s, int f, Measure measure) {
        return measure == Measure.AREA_M2 ? s.areaM2(f) : s.capacity(f);
    }
}
