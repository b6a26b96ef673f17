package org.lifecircle.scenario;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.lifecircle.io.InputException;

/**
 * A scenario: the baseline facility layer (by id, e.g. the stored layer name) plus an ordered
 * list of modifications. {@link #resolve} checks every modification in order against the
 * facilities as they stand before it and reports all problems; {@link #apply} does the same and
 * then returns the edited copy. The baseline list is never changed. Cost O(facilities +
 * modifications).
 */
public record Scenario(String baselineId, List<Modification> modifications) {

    public Scenario {
        if (baselineId == null || baselineId.isBlank()) throw InputException.of("scenario", "no baseline layer named");
        modifications = List.copyOf(modifications);
    }

    public static Scenario of(String baselineId) {
        return new Scenario(baselineId, List.of());
    }

    /** This scenario with {@code m} appended. */
    public Scenario with(Modification m) {
        List<Modification> more = new ArrayList<>(modifications);
        more.add(m);
        return new Scenario(baselineId, more);
    }

    /**
     * Every problem of applying this scenario to {@code baseline}, in order; empty when it
     * applies. A modification with problems is skipped and later ones are checked without it.
     */
    public List<ScenarioProblem> resolve(List<FacilityRecord> baseline) {
        List<ScenarioProblem> problems = new ArrayList<>();
        run(baseline, problems);
        return problems;
    }

    /** The facilities after all modifications; an {@link InputException} listing every problem when one does not apply. */
    public List<FacilityRecord> apply(List<FacilityRecord> baseline) {
        List<ScenarioProblem> problems = new ArrayList<>();
        List<FacilityRecord> result = run(baseline, problems);
        if (!problems.isEmpty()) {
            ScenarioProblem first = problems.get(0);
            String reason = problems.size() == 1 ? first.toString()
                    : problems.size() + " problems: " + problems.stream().map(ScenarioProblem::toString)
                            .collect(Collectors.joining("; "));
            throw new InputException("scenario on '" + baselineId + "'", null, reason);
        }
        return result;
    }

    private List<FacilityRecord> run(List<FacilityRecord> baseline, List<ScenarioProblem> problems) {
        FacilitySet working = new FacilitySet();
        Set<String> seen = new HashSet<>();
        for (FacilityRecord f : baseline) {
            for (String p : f.problems()) problems.add(new ScenarioProblem(0, null, f.id(), p));
            if (!seen.add(f.id())) problems.add(new ScenarioProblem(0, null, f.id(), "duplicate facility id"));
            working.put(f);
        }
        for (int i = 0; i < modifications.size(); i++) {
            Modification m = modifications.get(i);
            List<String> found = m.resolve(working);
            for (String p : found) problems.add(new ScenarioProblem(i + 1, m.kind(), m.facilityId(), p));
            if (found.isEmpty()) m.apply(working);
        }
        return working.toList();
    }
}
