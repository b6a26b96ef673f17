package org.lifecircle.coverage;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.lifecircle.facility.CoverageTarget;
import org.lifecircle.facility.FacilityType;
import org.lifecircle.facility.Indicator;
import org.lifecircle.facility.StandardsPack;
import org.lifecircle.population.DemandCells;
import org.lifecircle.population.DemandLayer;
import org.lifecircle.population.UnitAssignment;
import org.lifecircle.population.UnitLocator;

/**
 * Runs a {@link Study}: locates the cells once and assigns them to admin units once (the
 * expensive, facility-independent part), then evaluates each type — one multi-source search
 * plus O(cells) sums, gaps, catchments, 2SFCA, village and unit service, targets. Keep the
 * evaluator to re-evaluate one type after facilities change ({@link #evaluateType}). Types are
 * evaluated on all cores.
 */
public final class StudyEvaluator {

    /**
     * @param maxGaps             largest gaps per type returned with polygons (all when ≤ 0)
     * @param catchmentPolygons   whether to draw catchment footprints
     * @param searchLimitSeconds  searches run to the larger of this and each type's threshold
     *                            ({@link CoverageEvaluator#THRESHOLD}: the threshold, the default; +Inf: full searches)
     */
    public record Options(int maxGaps, boolean catchmentPolygons, double searchLimitSeconds) {
        public static Options defaults() {
            return new Options(100, true, CoverageEvaluator.THRESHOLD);
        }
    }

    private final Study study;
    private final Options options;
    private final CoverageEvaluator evaluator;
    private final CellLattice lattice;
    private final List<UnitAssignment> assignments = new ArrayList<>();
    private final List<UnitLocator> locators = new ArrayList<>();

    public StudyEvaluator(Study study, Options options) {
        this.study = study;
        this.options = options;
        this.evaluator = new CoverageEvaluator(study.model(), study.demand(), options.searchLimitSeconds());
        this.lattice = CellLattice.of(study.demand());
        for (Study.UnitLevel level : study.unitLevels()) {
            UnitLocator locator = new UnitLocator(level.units().polygons());
            locators.add(locator);
            assignments.add(UnitAssignment.of(level.units(), locator, study.demand()));
        }
    }

    public Study study() {
        return study;
    }

    public CoverageEvaluator evaluator() {
        return evaluator;
    }

    public CellLattice lattice() {
        return lattice;
    }

    public List<UnitAssignment> assignments() {
        return List.copyOf(assignments);
    }

    /** The spatial index of each unit level's polygons, in the order of {@link Study#unitLevels()}. */
    public List<UnitLocator> locators() {
        return List.copyOf(locators);
    }

    /** Every type with the study's facilities, and the per-capita standards. */
    public Evaluation evaluate() {
        long start = System.nanoTime();
        List<TypeResult> results = study.types().parallelStream()
                .map(t -> evaluateType(t, study.sites(t)))
                .toList();
        List<PerCapitaCheck.Result> perCapita = perCapita();
        DemandCells cells = study.demand();
        int[] off = evaluator.offNetworkCells();
        double offPop = 0;
        double offOld = 0;
        for (int i : off) {
            if (cells.has(DemandLayer.TOTAL)) offPop += cells.population(i);
            if (cells.has(DemandLayer.ELDERLY)) offOld += cells.elderly(i);
        }
        return new Evaluation(study, evaluator.networkBased(), assignments, results, perCapita, off,
                cells.has(DemandLayer.TOTAL) ? offPop : Double.NaN, cells.has(DemandLayer.ELDERLY) ? offOld : Double.NaN,
                (System.nanoTime() - start) / 1_000_000);
    }

    /** One type with a given facility set (the study's, or an edited one). */
    public TypeResult evaluateType(TypeSpec type, FacilitySites sites) {
        TypeTimes times = evaluator.times(type, sites);
        Counts overall = CoverageTally.count(times, type.thresholdSeconds()).overall();
        List<CoverageTally> byLevel = new ArrayList<>();
        for (UnitAssignment a : assignments) {
            byLevel.add(CoverageTally.count(times, type.thresholdSeconds(), a.unitOfCell(), a.units().size()));
        }
        GapClusters.Result gaps = GapClusters.find(times, lattice, options.maxGaps());
        List<Catchment> catchments = Catchments.of(times, lattice, options.catchmentPolygons());
        FloatingCatchment.Result fca = FloatingCatchment.compute(evaluator, type, sites);

        PlaceCoverage.Result villages = null;
        if (study.villages() != null && (study.villageTypes().isEmpty() || study.villageTypes().contains(type.key()))) {
            double radius = Double.isNaN(study.villageRadiusMeters()) ? type.radiusMeters() : study.villageRadiusMeters();
            villages = PlaceCoverage.evaluate(evaluator, study.villages(), type, sites, radius);
        }
        PlaceCoverage.Result units = null;
        int finest = finestLevel();
        if (finest >= 0) {
            Study.UnitLevel level = study.unitLevels().get(finest);
            Places places = new Places(level.units().source(), ids(level), names(level), level.units().polygons());
            units = PlaceCoverage.evaluate(evaluator, places, type, sites, type.radiusMeters());
        }
        List<TargetProgress> targets = new ArrayList<>();
        for (CoverageTarget target : type.targets()) targets.add(progress(type, target, overall, villages, units));

        int offFacilities = 0;
        if (sites.size() > 0 && evaluator.networkBased()) offFacilities = evaluator.locate(sites).offNetwork().length;
        return new TypeResult(type, sites, times, overall, byLevel, gaps, catchments, fca, villages, units, targets,
                offFacilities);
    }

    private TargetProgress progress(TypeSpec type, CoverageTarget target, Counts overall, PlaceCoverage.Result villages,
            PlaceCoverage.Result units) {
        return switch (target.scope()) {
            case POPULATION -> TargetProgress.of(type.key(), target, overall.share(), overall.demand(), null);
            case VILLAGES -> villages == null
                    ? TargetProgress.of(type.key(), target, Double.NaN, 0, "no villages in the project")
                    : TargetProgress.of(type.key(), target, villages.share(), villages.places().size(), null);
            case UNITS -> units == null
                    ? TargetProgress.of(type.key(), target, Double.NaN, 0, "no admin units in the project")
                    : TargetProgress.of(type.key(), target, units.share(), units.places().size(),
                            "units of level " + study.unitLevels().get(finestLevel()).level());
        };
    }

    /** The community level when present, else the first level; -1 without units. */
    private int finestLevel() {
        List<Study.UnitLevel> levels = study.unitLevels();
        for (int l = 0; l < levels.size(); l++) {
            if (levels.get(l).level().equals("community")) return l;
        }
        return levels.isEmpty() ? -1 : 0;
    }

    private static List<String> ids(Study.UnitLevel level) {
        List<String> out = new ArrayList<>();
        for (int u = 0; u < level.units().size(); u++) out.add(level.units().id(u));
        return out;
    }

    private static List<String> names(Study.UnitLevel level) {
        List<String> out = new ArrayList<>();
        for (int u = 0; u < level.units().size(); u++) out.add(level.units().name(u));
        return out;
    }

    /** Per-capita indicators whose facility types are evaluated or present in the facilities file. */
    private List<PerCapitaCheck.Result> perCapita() {
        List<PerCapitaCheck.Result> out = new ArrayList<>();
        StandardsPack pack = study.facilities().pack();
        Set<Integer> present = new LinkedHashSet<>();
        for (int t : study.facilities().typeIndices()) present.add(t);
        for (TypeSpec t : study.types()) present.add(t.standard().index());
        DemandCells cells = study.demand();
        double pph = pack.personsPerHousehold();
        for (Indicator indicator : pack.indicators()) {
            List<FacilityType> types = indicator.typeKeys().stream().map(pack::getType).toList();
            if (types.stream().noneMatch(t -> present.contains(t.index()))) continue;
            DemandLayer layer = DemandLayers.of(indicator.demand());
            if (!cells.has(layer)) continue;
            List<FacilitySites> sites = types.stream().map(t -> FacilitySites.of(study.facilities(), t, t.key())).toList();
            out.add(PerCapitaCheck.overall(indicator, sites, cells.total(layer), pph));
            for (int l = 0; l < assignments.size(); l++) {
                out.addAll(PerCapitaCheck.byUnit(indicator, study.unitLevels().get(l).level(), assignments.get(l),
                        locators.get(l), sites, pph));
            }
        }
        return out;
    }
}
