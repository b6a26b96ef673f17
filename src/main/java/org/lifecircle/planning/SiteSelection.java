package org.lifecircle.planning;

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
import org.lifecircle.siting.CostMatrix;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * The site-selection use case on a loaded study, shared by {@code POST /api/siting/runs} and
 * {@code site --project}: builds the request's candidates ({@link CandidatePolicy}), then solves.
 * Demand = the study's cells weighted by the type's demand layer
 * (total or 60+; cells without demand are left out), columns = the type's existing facilities
 * (fixed open, they count toward coverage) then the candidates, costs = walking seconds from one
 * bounded search per column ({@code reachFromEach}) up to the type's threshold (three times it for
 * p-median, where farther pairs are out of reach). Cost matrices are cached per (type, candidate
 * set, existing facilities): a second run with another model or p reuses them. Building a matrix
 * costs O(columns · (V' + E') log V') for the searched part V', E' of the network; the models'
 * costs are in their own classes. Thread-safe.
 */
public final class SiteSelection {

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

    public SiteSelection(Study study) {
        this(study, new CoverageEvaluator(study.model(), study.demand()));
    }

    /** Shares the evaluator's snapped demand cells. */
    public SiteSelection(Study study, CoverageEvaluator evaluator) {
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
        throw InputException.of("type", "'" + key + "' is not a facility type of this project ("
                + String.join(", ", study.types().stream().map(TypeSpec::key).toList()) + ")");
    }

    /** The existing facilities of a type, as the study has them. */
    public FacilitySites existing(String typeKey) {
        return study.sites(type(typeKey));
    }

    /** Runs the request on given candidates and the type's existing facilities of the study. */
    public SiteOutcome run(SiteRequest request, CandidatePoints candidates, SitingMonitor monitor) {
        return run(request, existing(request.type()), candidates, monitor);
    }

    /** Runs the request on the type's existing facilities of the study. */
    public SiteOutcome run(SiteRequest request, SitingMonitor monitor) {
        return run(request, existing(request.type()), monitor);
    }

    /** Runs the request with the existing facilities given (a scenario's): candidates by its policy, then the model. */
    public SiteOutcome run(SiteRequest request, FacilitySites existing, SitingMonitor monitor) {
        TypeSpec type = type(request.type());
        monitor.progress(0, "candidate sites: " + request.candidates().label());
        CandidatePoints candidates = candidates(request.candidates(), type, existing)
                .without(request.candidates().exclusionPolygons());
        if (monitor.cancelled()) throw new SitingCancelledException();
        return run(request, existing, candidates, monitor);
    }

    /** The candidate points of a policy for a type whose facilities are {@code existing} (before exclusions). */
    public CandidatePoints candidates(CandidatePolicy policy, TypeSpec type, FacilitySites existing) {
        double spacing = policy.spacingMeters();
        return switch (policy.source()) {
            case FILE -> CandidatePoints.read(policy.file(), policy.crs());
            case AREAS -> CandidatePoints.inAreas(study.model(), policy.polygons(policy.file()), spacing,
                    policy.file().getFileName().toString());
            case STREETS -> {
                Envelope env = new Envelope();
                for (int c = 0; c < study.demand().size(); c++) env.expandToInclude(study.demand().lon(c), study.demand().lat(c));
                yield CandidatePoints.inAreas(study.model(), List.of(new GeometryFactory().toGeometry(env)), spacing, "streets");
            }
            case GAPS -> CandidatePoints.inGaps(study.model(), evaluator.times(type, existing),
                    study.demand().values(type.demand()), spacing, spacing);
        };
    }

    /** As {@link #run(SiteRequest, FacilitySites, SitingMonitor)} on candidates given (the request's policy unused). */
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
        SitingModel model = request.model();
        double limit = model == SitingModel.PMEDIAN ? MEDIAN_REACH_THRESHOLDS * type.thresholdSeconds() : type.thresholdSeconds();
        CostMatrix matrix = matrix(type, limit, ids, lon, lat, rowCell, cellWeights.length, monitor);
        checkCancelled(monitor);
        int[] fixedColumns = new int[fixed];
        for (int f = 0; f < fixed; f++) fixedColumns[f] = f;
        CandidateSet set = CandidateSet.of(ids).withFixed(fixedColumns);
        double[] capacities = null;
        if (model == SitingModel.CAPACITATED) {
            // existing facilities without a capacity serve everyone they reach
            double total = 0;
            for (double w : weights) total += w;
            capacities = new double[columns];
            for (int f = 0; f < fixed; f++) {
                double c = existing.capacity(f);
                capacities[f] = Double.isNaN(c) ? total : c;
            }
            Arrays.fill(capacities, fixed, columns, request.siteCapacity());
        }
        double solverSeconds = Math.max(1, Math.min(request.options().timeLimitSeconds(), monitor.secondsLeft()));
        monitor.progress(0.8, model.key() + ": solving");
        ModelRun solved = ModelRun.solve(model, matrix, weights, set, limit, request.p(), request.target(), capacities,
                request.curveMax(), request.options().withTimeLimit(solverSeconds), monitor);
        checkCancelled(monitor);
        monitor.progress(1, model.key() + ": " + solved.result().p() + " new sites");
        return new SiteOutcome(request, type.key(), solved.result(), ids, lon, lat, fixed, candidates.size(), solved.curve(),
                study.model().networkBased(), type.thresholdSeconds(), candidates.source());
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
