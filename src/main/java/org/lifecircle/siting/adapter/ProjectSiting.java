package org.lifecircle.siting.adapter;

import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lifecircle.coverage.CoverageEvaluator;
import org.lifecircle.coverage.FacilitySites;
import org.lifecircle.coverage.Study;
import org.lifecircle.coverage.TypeSpec;
import org.lifecircle.io.InputException;
import org.lifecircle.network.traveltime.Locations;
import org.lifecircle.siting.CandidateSet;
import org.lifecircle.siting.CapacitatedCoverage;
import org.lifecircle.siting.CostMatrix;
import org.lifecircle.siting.CoverageProblem;
import org.lifecircle.siting.CurvePoint;
import org.lifecircle.siting.Lscp;
import org.lifecircle.siting.Mclp;
import org.lifecircle.siting.PMedian;
import org.lifecircle.siting.SitingResult;
import org.lifecircle.siting.SolverKind;

/**
 * Site selection on a loaded study: demand = the study's cells weighted by the type's demand layer
 * (total or 60+; cells without demand are left out), columns = the type's existing facilities
 * (fixed open, they count toward coverage) then the candidates, costs = walking seconds from one
 * bounded search per column ({@code reachFromEach}) up to the type's threshold (three times it for
 * p-median, where farther pairs are out of reach). Cost matrices are cached per (type, candidate
 * set, existing facilities): a second run with another model or p reuses them. Building a matrix
 * costs O(columns · (V' + E') log V') for the searched part V', E' of the network; the models'
 * costs are in their own classes. Thread-safe.
 */
public final class ProjectSiting {

    private static final int CACHED_MATRICES = 8;
    /** p-median searches this many thresholds far; farther demand is unassigned (penalised). */
    private static final double MEDIAN_REACH_THRESHOLDS = 3;

    private final Study study;
    private final CoverageEvaluator evaluator;
    private final Map<String, CostMatrix> cache = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, CostMatrix> eldest) {
            return size() > CACHED_MATRICES;
        }
    };

    public ProjectSiting(Study study) {
        this(study, new CoverageEvaluator(study.model(), study.demand()));
    }

    /** Shares the evaluator's snapped demand cells. */
    public ProjectSiting(Study study, CoverageEvaluator evaluator) {
        this.study = study;
        this.evaluator = evaluator;
    }

    public Study study() {
        return study;
    }

    public CoverageEvaluator evaluator() {
        return evaluator;
    }

    /** The type by key; an unknown key is an {@link InputException} on field {@code type}. */
    public TypeSpec type(String key) {
        for (TypeSpec t : study.types()) {
            if (t.key().equals(key)) return t;
        }
        List<String> keys = study.types().stream().map(TypeSpec::key).toList();
        throw InputException.of("type", "'" + key + "' is not an evaluated type (" + String.join(", ", keys) + ")");
    }

    /** The existing facilities of a type, as the study has them. */
    public FacilitySites existing(String typeKey) {
        return study.sites(type(typeKey));
    }

    public SiteOutcome run(SiteRequest request, CandidatePoints candidates, SitingMonitor monitor) {
        return run(request, existing(request.type()), candidates, monitor);
    }

    /** As {@link #run(SiteRequest, CandidatePoints, SitingMonitor)} with the existing facilities given (a scenario's). */
    public SiteOutcome run(SiteRequest request, FacilitySites existing, CandidatePoints candidates, SitingMonitor monitor) {
        TypeSpec type = type(request.type());
        if (candidates.size() == 0) throw InputException.of("candidates", "no candidate sites are left (" + candidates.source() + ")");
        int fixed = existing.size();
        int columns = fixed + candidates.size();
        String[] ids = new String[columns];
        double[] lon = new double[columns];
        double[] lat = new double[columns];
        Set<String> seen = new HashSet<>();
        for (int f = 0; f < fixed; f++) {
            ids[f] = existing.id(f);
            lon[f] = existing.lon(f);
            lat[f] = existing.lat(f);
            seen.add(ids[f]);
        }
        for (int c = 0; c < candidates.size(); c++) {
            String id = candidates.id(c);
            if (!seen.add(id)) {
                throw InputException.of(candidates.source(), "candidate id '" + id + "' is also an existing " + type.key() + " facility");
            }
            ids[fixed + c] = id;
            lon[fixed + c] = candidates.lon(c);
            lat[fixed + c] = candidates.lat(c);
        }
        double[] cellWeights = study.demand().values(type.demand());
        int[] rowCell = demandRows(cellWeights);
        double[] weights = new double[rowCell.length];
        for (int r = 0; r < rowCell.length; r++) weights[r] = cellWeights[rowCell[r]];
        String model = request.model();
        double limit = model.equals("pmedian") ? MEDIAN_REACH_THRESHOLDS * type.thresholdSeconds() : type.thresholdSeconds();
        CostMatrix matrix = matrix(type, limit, ids, lon, lat, rowCell, cellWeights.length, monitor);
        checkCancelled(monitor);
        int[] fixedColumns = new int[fixed];
        for (int f = 0; f < fixed; f++) fixedColumns[f] = f;
        CandidateSet set = CandidateSet.of(ids).withFixed(fixedColumns);
        boolean improve = request.options().solver() != SolverKind.GREEDY;
        monitor.progress(0.8, model + ": solving");
        SitingResult result;
        List<CurvePoint> curve;
        switch (model) {
            case "pmedian" -> {
                result = PMedian.solve(matrix, weights, set, request.p(), limit, request.options());
                checkCancelled(monitor);
                monitor.progress(0.9, "coverage curve");
                curve = PMedian.curve(matrix, weights, set, curveSize(request, result.p(), set), limit, improve);
            }
            case "lscp" -> {
                CoverageProblem problem = CoverageProblem.of(matrix, type.thresholdSeconds(), weights, set);
                result = Lscp.solve(problem, request.target(), request.options());
                checkCancelled(monitor);
                monitor.progress(0.9, "coverage curve");
                int size = curveSize(request, result.p(), set);
                curve = size == 0 ? List.of() : Mclp.curve(problem, size, improve);
            }
            case "capacitated" -> {
                CoverageProblem problem = CoverageProblem.of(matrix, type.thresholdSeconds(), weights, set);
                double[] capacities = new double[columns];
                double total = problem.totalWeight();
                for (int f = 0; f < fixed; f++) {
                    double c = existing.capacity(f);
                    capacities[f] = Double.isNaN(c) ? total : c;
                }
                Arrays.fill(capacities, fixed, columns, request.siteCapacity());
                result = CapacitatedCoverage.solve(problem, capacities, request.p(), request.options());
                checkCancelled(monitor);
                monitor.progress(0.9, "coverage curve");
                curve = CapacitatedCoverage.curve(problem, capacities, curveSize(request, result.p(), set));
            }
            default -> {
                CoverageProblem problem = CoverageProblem.of(matrix, type.thresholdSeconds(), weights, set);
                result = Mclp.solve(problem, request.p(), request.options());
                checkCancelled(monitor);
                monitor.progress(0.9, "coverage curve");
                curve = Mclp.curve(problem, curveSize(request, result.p(), set), improve);
            }
        }
        checkCancelled(monitor);
        monitor.progress(1, model + ": " + result.p() + " new sites");
        return new SiteOutcome(type.key(), model, result, ids, lon, lat, fixed, candidates.size(), curve,
                study.model().networkBased(), type.thresholdSeconds(), candidates.source());
    }

    private static int curveSize(SiteRequest request, int resultP, CandidateSet set) {
        int size = Math.max(resultP, request.curveMax());
        return Math.min(size, set.freeCount());
    }

    private static int[] demandRows(double[] cellWeights) {
        int n = 0;
        for (double w : cellWeights) {
            if (w > 0) n++;
        }
        int[] rows = new int[n];
        int r = 0;
        for (int c = 0; c < cellWeights.length; c++) {
            if (cellWeights[c] > 0) rows[r++] = c;
        }
        return rows;
    }

    private CostMatrix matrix(TypeSpec type, double limitSeconds, String[] ids, double[] lon, double[] lat, int[] rowCell,
            int cellCount, SitingMonitor monitor) {
        String key = type.key() + "|" + type.speedKmh() + "|" + limitSeconds + "|" + Arrays.hashCode(ids) + "|"
                + Arrays.hashCode(lon) + "|" + Arrays.hashCode(lat) + "|" + ids.length;
        synchronized (cache) {
            CostMatrix cached = cache.get(key);
            if (cached != null) return cached;
        }
        int[] cellRow = new int[cellCount];
        Arrays.fill(cellRow, -1);
        for (int r = 0; r < rowCell.length; r++) cellRow[rowCell[r]] = r;
        int columns = ids.length;
        CostMatrix.Builder builder = CostMatrix.builder(rowCell.length, columns);
        Locations sources = study.model().locate(lon, lat);
        int step = Math.max(1, columns / 100);
        study.model().forEachSource(sources, evaluator.cellLocations(), type.speedKmh(), limitSeconds,
                (source, count, targets, seconds) -> {
                    if (monitor.cancelled()) throw new SitingCancelledException();
                    for (int k = 0; k < count; k++) {
                        int row = cellRow[targets[k]];
                        if (row >= 0) builder.add(row, source, seconds[k]);
                    }
                    if (source % step == 0) {
                        monitor.progress(0.8 * (source + 1) / columns,
                                "walking times: " + (source + 1) + " of " + columns + " sites");
                    }
                });
        CostMatrix matrix = builder.build();
        synchronized (cache) {
            cache.put(key, matrix);
        }
        return matrix;
    }

    private static void checkCancelled(SitingMonitor monitor) {
        if (monitor.cancelled()) throw new SitingCancelledException();
    }
}
