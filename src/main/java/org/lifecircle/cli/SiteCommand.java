package org.lifecircle.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.IntFunction;
import org.lifecircle.io.InputException;
import org.lifecircle.planning.ModelRun;
import org.lifecircle.planning.SitingModel;
import org.lifecircle.planning.SitingMonitor;
import org.lifecircle.siting.CandidateSet;
import org.lifecircle.siting.CurvePoint;
import org.lifecircle.siting.MatrixInput;
import org.lifecircle.siting.SitingResult;
import org.lifecircle.siting.SolveOptions;
import org.lifecircle.siting.SolverKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code site}: site selection on a demand → candidate cost matrix (matrix mode) or on a
 * project (project mode, {@link ProjectSiteMode}). Writes {@code result.json}, {@code sites.csv}, {@code curve.csv},
 * {@code assignment.csv} and, when candidate positions are known, {@code sites.geojson}, each
 * through a temporary file moved into place.
 */
@Command(name = "site", description = "Choose new facility sites (MCLP, LSCP, p-median, capacitated coverage).")
final class SiteCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--matrix", description = "Cost matrix CSV from_id,to_id,cost (demand → candidate, header row).")
    Path matrix;

    @Option(names = "--weights", description = "Demand weights CSV id,weight (default: 1 each).")
    Path weights;

    @Option(names = "--model", description = "mclp, lscp, pmedian or capacitated.")
    String model;

    @Option(names = "--p", description = "Number of new sites (mclp, pmedian, capacitated).")
    Integer p;

    @Option(names = "--target", description = "Share of the total weight to cover, 0–1 (lscp; default: all coverable).")
    Double target;

    @Option(names = "--cutoff", description = "Coverage limit in the matrix's unit (coverage models); maximum cost for pmedian.")
    Double cutoff;

    @Option(names = "--capacities", description = "Capacities CSV id,capacity (capacitated).")
    Path capacities;

    @Option(names = "--existing", description = "Existing facilities: CSV of candidate ids (always open).")
    Path existing;

    @Option(names = "--exclude", description = "Candidates never to open: CSV of candidate ids (matrix mode);"
            + " polygon layers, repeatable (project mode).")
    List<Path> exclude = new ArrayList<>();

    @Option(names = "--candidate-areas", description = "Project mode: polygons in which candidates are placed along the streets.")
    Path candidateAreas;

    @Option(names = "--spacing", defaultValue = "100", description = "Project mode: metres between generated candidates (default: ${DEFAULT-VALUE}).")
    double spacingMeters;

    @Option(names = "--site-capacity", description = "Project mode, capacitated: capacity of each new site (people).")
    Double siteCapacity;

    @Option(names = "--crs", description = "Project mode: CRS of --candidates / --candidate-areas / --exclude files without one.")
    String crs;

    @Option(names = "--candidates", description = "Candidate positions CSV id,lon,lat (enables sites.geojson).")
    Path candidates;

    @Option(names = "--solver", defaultValue = "local", description = "greedy, local or exact (default: ${DEFAULT-VALUE}).")
    String solver;

    @Option(names = "--time-limit", defaultValue = "60", description = "Seconds for the exact solver (default: ${DEFAULT-VALUE}).")
    double timeLimit;

    @Option(names = "--curve-max", description = "Compute the coverage curve up to this many sites (default: p).")
    Integer curveMax;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the randomised search (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--project", description = "Project YAML (project mode).")
    Path project;

    @Option(names = "--type", description = "Facility type of the project (project mode).")
    String type;

    @Option(names = "--out", description = "Output folder.")
    Path out;

    @Option(names = "--no-save", description = "Project mode: do not save the run in the workspace.")
    boolean noSave;

    @Mixin
    WorkspaceOptions workspace;

    @Override
    public Integer call() throws IOException {
        if (project != null) {
            if (matrix != null) throw InputException.of("--matrix", "give either --matrix or --project, not both");
            return new ProjectSiteMode(this).run();
        }
        if (matrix == null) throw InputException.of("site", "give --matrix od.csv (or --project FILE --type TYPE)");
        if (workspace.storeNamed()) throw InputException.of("--store", "matrix mode has no project to save the run into");
        if (out == null) throw InputException.of("--out", "an output folder is required");
        SitingModel kind = SitingModel.parse(model, "--model");
        SolveOptions options = SolveOptions.of(SolverKind.parse(solver, "--solver"));
        if (!(timeLimit > 0)) throw InputException.of("--time-limit", timeLimit + " is not a positive number of seconds");
        options = options.withTimeLimit(timeLimit).withSeed(seed);
        if (kind.takesP()) {
            if (p == null) throw InputException.of("--p", "model " + kind.key() + " needs --p N");
            if (target != null) throw InputException.of("--target", "applies to lscp only");
        } else if (p != null) {
            throw InputException.of("--p", "lscp finds the number of sites itself; give --target or nothing");
        }
        if (kind != SitingModel.PMEDIAN && cutoff == null) throw InputException.of("--cutoff", "model " + kind.key() + " needs --cutoff");
        if (kind == SitingModel.CAPACITATED && capacities == null) {
            throw InputException.of("--capacities", "model capacitated needs --capacities c.csv");
        }
        Map<String, double[]> positions = candidates == null ? Map.of() : MatrixInput.positions(candidates);
        MatrixInput input = MatrixInput.read(matrix, weights, new ArrayList<>(positions.keySet()));
        CandidateSet set = CandidateSet.of(input.candidateIds());
        if (existing != null) set = set.withFixed(input.candidateColumns(existing, "existing"));
        if (exclude.size() > 1) throw InputException.of("--exclude", "matrix mode takes one file of candidate ids");
        for (Path excluded : exclude) {
            int[] ex = input.candidateColumns(excluded, "excluded");
            for (int j : ex) {
                if (set.isFixed(j)) throw InputException.of(excluded.toString(), "candidate '" + set.id(j) + "' is both existing and excluded");
            }
            set = set.withExcluded(ex);
        }
        if (curveMax != null && curveMax > set.freeCount()) {
            throw InputException.of("--curve-max", curveMax + " is larger than the " + set.freeCount() + " free candidates");
        }
        double limit = cutoff != null ? cutoff : Double.POSITIVE_INFINITY;
        double[] siteCapacities = kind == SitingModel.CAPACITATED ? input.capacities(capacities) : null;
        ModelRun run = ModelRun.solve(kind, input.matrix(), input.weights(), set, limit, p == null ? 0 : p,
                target == null ? Double.NaN : target, siteCapacities, curveMax == null ? 0 : curveMax, options, SitingMonitor.NONE);
        SitingResult result = run.result();
        List<CurvePoint> curve = run.curve();
        Files.createDirectories(out);
        writeAtomically(out.resolve("result.json"), resultJson(kind.key(), result, input));
        writeAtomically(out.resolve("sites.csv"), sitesCsv(result, set));
        writeAtomically(out.resolve("curve.csv"), curveCsv(curve));
        writeAtomically(out.resolve("assignment.csv"), assignmentCsv(result, input, set));
        if (!positions.isEmpty()) writeAtomically(out.resolve("sites.geojson"), sitesGeoJson(result, input.candidateIds(), positions));
        spec.commandLine().getOut().printf(Locale.ROOT, "%s (%s): %d new sites, objective %s, covered %.1f %% of weight"
                + " -> %s%n", kind.key(), result.solver(), result.p(), num(result.objective()), 100 * result.coveredShare(), out);
        return 0;
    }

    private String resultJson(String kind, SitingResult r, MatrixInput input) throws IOException {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("model", kind);
        json.put("solver", r.solver());
        json.put("p", r.p());
        json.put("objective", jsonNumber(r.objective()));
        json.put("selected", List.of(r.selectedIds()));
        List<String> existingIds = new ArrayList<>();
        for (int j : r.existing()) existingIds.add(input.candidateIds()[j]);
        json.put("existing", existingIds);
        json.put("coveredWeight", jsonNumber(r.coveredWeight()));
        json.put("totalWeight", jsonNumber(r.totalWeight()));
        json.put("coveredShare", jsonNumber(r.coveredShare()));
        json.put("uncoverableWeight", jsonNumber(r.uncoverableWeight()));
        if (kind.equals("pmedian")) json.put("meanCost", r.coveredWeight() == 0 ? null : jsonNumber(r.objective() / r.coveredWeight()));
        json.put("cutoff", cutoff);
        json.put("target", target);
        json.put("demandRows", r.demandRows());
        json.put("mergedRows", r.mergedRows());
        json.put("runtimeMs", r.runtimeMs());
        if (!Double.isNaN(r.lowerBound())) {
            json.put("lowerBound", jsonNumber(r.lowerBound()));
            json.put("upperBound", jsonNumber(r.upperBound()));
            json.put("gap", jsonNumber(r.gap()));
            json.put("provenOptimal", r.provenOptimal());
        }
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json) + "\n";
    }

    private static String sitesCsv(SitingResult r, CandidateSet set) {
        StringBuilder sb = new StringBuilder("id,order,existing,marginal_gain,covered_weight\n");
        int[] existingCols = r.existing();
        double[] existingWeight = r.existingWeight();
        for (int k = 0; k < existingCols.length; k++) {
            sb.append(csv(set.id(existingCols[k]))).append(",0,true,,").append(num(existingWeight[k])).append('\n');
        }
        String[] ids = r.selectedIds();
        double[] gain = r.marginalGain();
        double[] weight = r.siteWeight();
        for (int k = 0; k < ids.length; k++) {
            sb.append(csv(ids[k])).append(',').append(k + 1).append(",false,").append(num(gain[k])).append(',')
                    .append(num(weight[k])).append('\n');
        }
        return sb.toString();
    }

    static String curveCsv(List<CurvePoint> curve) {
        StringBuilder sb = new StringBuilder("p,covered_weight,share,marginal_gain,objective\n");
        for (CurvePoint c : curve) {
            sb.append(c.p()).append(',').append(num(c.coveredWeight())).append(',').append(num(c.share())).append(',')
                    .append(num(c.marginalGain())).append(',').append(num(c.objective())).append('\n');
        }
        return sb.toString();
    }

    private static String assignmentCsv(SitingResult r, MatrixInput input, CandidateSet set) {
        StringBuilder sb = new StringBuilder("demand_id,site_id\n");
        String[] demand = input.demandIds();
        int[] site = r.assignedSite();
        for (int i = 0; i < demand.length; i++) {
            sb.append(csv(demand[i])).append(',').append(site[i] < 0 ? "" : csv(set.id(site[i]))).append('\n');
        }
        return sb.toString();
    }

    /**
     * The existing (order 0) and new sites (order 1 … p) as a GeoJSON FeatureCollection; columns
     * without a position ({@code positionOf} answers null) are left out.
     */
    private static String sitesGeoJson(SitingResult r, String[] columnIds, Map<String, double[]> positions) throws IOException {
        return sitesGeoJson(r, j -> columnIds[j], j -> positions.get(columnIds[j]));
    }

    static String sitesGeoJson(SitingResult r, IntFunction<String> idOf, IntFunction<double[]> positionOf) throws IOException {
        List<Object> features = new ArrayList<>();
        int[] existingCols = r.existing();
        for (int k = 0; k < existingCols.length; k++) {
            addFeature(features, idOf, positionOf, existingCols[k], 0, true, Double.NaN, r.existingWeight()[k]);
        }
        for (int k = 0; k < r.p(); k++) {
            addFeature(features, idOf, positionOf, r.selected()[k], k + 1, false, r.marginalGain()[k], r.siteWeight()[k]);
        }
        Map<String, Object> fc = new LinkedHashMap<>();
        fc.put("type", "FeatureCollection");
        fc.put("features", features);
        return new ObjectMapper().writeValueAsString(fc) + "\n";
    }

    private static void addFeature(List<Object> features, IntFunction<String> idOf, IntFunction<double[]> positionOf,
            int column, int order, boolean isExisting, double gain, double weight) {
        double[] pos = positionOf.apply(column);
        if (pos == null) return;
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("id", idOf.apply(column));
        props.put("order", order);
        props.put("existing", isExisting);
        props.put("marginalGain", jsonNumber(gain));
        props.put("coveredWeight", jsonNumber(weight));
        Map<String, Object> feature = new LinkedHashMap<>();
        feature.put("type", "Feature");
        feature.put("geometry", Map.of("type", "Point", "coordinates", List.of(pos[0], pos[1])));
        feature.put("properties", props);
        features.add(feature);
    }

    /** A JSON number: integral values without a fraction, NaN as null. */
    static Object jsonNumber(double v) {
        if (Double.isNaN(v)) return null;
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return (long) v;
        return v;
    }

    static Object num(double v) {
        if (Double.isNaN(v)) return "";
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return Double.toString(v);
    }

    static String csv(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    static void writeAtomically(Path target, String text) throws IOException {
        Path tmp = Files.createTempFile(target.toAbsolutePath().getParent(), "." + target.getFileName(), ".tmp");
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
