package org.lifecircle.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.lifecircle.io.InputException;

/**
 * FEATURE UNDER TEST: a scenario = baseline + ordered modifications, each resolved against the
 * facilities as they stand before it, then applied to a copy. Checked by hand on small cases and
 * against a plain list-based reference on random edit sequences.
 */
class ScenarioTest {

    static final FacilityRecord A = new FacilityRecord("A", 114.00, 22.50, "fitness", "A 广场", 1200.0, null);
    static final FacilityRecord B = new FacilityRecord("B", 114.01, 22.51, "elder_care", "B 驿站", 300.0, 20.0);
    static final FacilityRecord C = new FacilityRecord("C", 114.02, 22.52, "clinic", null, null, 5.0);

    @Test
    void editsApplyInOrderToACopy() {
        List<FacilityRecord> baseline = List.of(A, B, C);
        FacilityRecord d = new FacilityRecord("D", 114.03, 22.53, "elder_care", "新驿站", 150.0, 30.0);
        Scenario s = Scenario.of("facilities")
                .with(new AddFacility(d))
                .with(new MoveFacility("A", 114.005, 22.505))
                .with(new RemoveFacility("B"))
                .with(new ChangeCapacity("C", 12))
                .with(new MoveFacility("D", 114.04, 22.54));
        List<FacilityRecord> out = s.apply(baseline);
        assertEquals(List.of(A.movedTo(114.005, 22.505), C.withCapacity(12.0), d.movedTo(114.04, 22.54)), out);
        assertEquals(List.of(A, B, C), baseline);
        assertTrue(s.resolve(baseline).isEmpty());
    }

    @Test
    void everyProblemIsReportedWithItsPosition() {
        Scenario s = Scenario.of("facilities")
                .with(new MoveFacility("Z", 114, 22.5))
                .with(new AddFacility(new FacilityRecord("A", 114, 22.5, "fitness", null, null, null)))
                .with(new AddFacility(new FacilityRecord("E", 214, 22.5, "fitness", null, null, -1.0)))
                .with(new RemoveFacility("B"))
                .with(new ChangeCapacity("B", 3))
                .with(new ChangeCapacity("C", Double.NaN));
        List<ScenarioProblem> problems = s.resolve(List.of(A, B, C));
        assertEquals(List.of(
                new ScenarioProblem(1, "move", "Z", "no facility with id 'Z'"),
                new ScenarioProblem(2, "add", "A", "a facility with id 'A' exists already"),
                new ScenarioProblem(3, "add", "E", "coordinates (214.0, 22.5) are not a WGS84 lon/lat position"),
                new ScenarioProblem(3, "add", "E", "capacity -1.0 is not a non-negative number"),
                new ScenarioProblem(5, "capacity", "B", "no facility with id 'B'"),
                new ScenarioProblem(6, "capacity", "C", "capacity NaN is not a non-negative number")), problems);
        InputException e = assertThrows(InputException.class, () -> s.apply(List.of(A, B, C)));
        assertTrue(e.getMessage().startsWith("scenario on 'facilities': 6 problems: modification 1 (move) facility 'Z':"
                + " no facility with id 'Z'; modification 2 (add)"), e.getMessage());
    }

    @Test
    void duplicateBaselineIdsAreProblems() {
        List<ScenarioProblem> problems = Scenario.of("f").resolve(List.of(A, B, A));
        assertEquals(List.of(new ScenarioProblem(0, null, "A", "duplicate facility id")), problems);
        assertEquals("baseline facility 'A': duplicate facility id", problems.get(0).toString());
    }

    @Test
    void randomEditSequencesMatchAPlainReference() {
        long seed = 0x5EED5C01L;
        Random r = new Random(seed);
        for (int round = 0; round < 200; round++) {
            List<FacilityRecord> baseline = new ArrayList<>();
            int n = r.nextInt(8);
            for (int i = 0; i < n; i++) baseline.add(new FacilityRecord("F" + i, 114 + r.nextDouble(), 22 + r.nextDouble(),
                    "t" + r.nextInt(3), null, null, (double) r.nextInt(50)));
            List<Modification> mods = new ArrayList<>();
            for (int m = r.nextInt(12); m > 0; m--) {
                String id = "F" + r.nextInt(n + 4);
                double lon = r.nextInt(10) == 0 ? 181 : 114 + r.nextDouble();
                mods.add(switch (r.nextInt(4)) {
                    case 0 -> new AddFacility(new FacilityRecord(id, lon, 22.5, "t0", null, null, null));
                    case 1 -> new MoveFacility(id, lon, 22.6);
                    case 2 -> new RemoveFacility(id);
                    default -> new ChangeCapacity(id, r.nextInt(10) == 0 ? -1 : r.nextInt(99));
                });
            }
            Scenario s = new Scenario("f", mods);
            List<FacilityRecord> expected = new ArrayList<>(baseline);
            int expectedProblems = reference(expected, mods);
            List<ScenarioProblem> problems = s.resolve(baseline);
            String context = "seed " + seed + " round " + round + " mods " + mods;
            assertEquals(expectedProblems, problems.stream().map(ScenarioProblem::modification).distinct().count(), context);
            if (expectedProblems == 0) assertEquals(expected, s.apply(baseline), context);
            else assertThrows(InputException.class, () -> s.apply(baseline), context);
        }
    }

    /** Applies valid modifications to a plain list, skipping invalid ones; returns how many were invalid. */
    private static int reference(List<FacilityRecord> list, List<Modification> mods) {
        int invalid = 0;
        for (Modification m : mods) {
            int at = -1;
            for (int i = 0; i < list.size(); i++) if (list.get(i).id().equals(m.facilityId())) at = i;
            boolean ok;
            if (m instanceof AddFacility a) {
                ok = at < 0 && a.facility().lon() <= 180;
                if (ok) list.add(a.facility());
            } else if (m instanceof MoveFacility mv) {
                ok = at >= 0 && mv.lon() <= 180;
                if (ok) list.set(at, list.get(at).movedTo(mv.lon(), mv.lat()));
            } else if (m instanceof RemoveFacility) {
                ok = at >= 0;
                if (ok) list.remove(at);
            } else {
                ChangeCapacity cc = (ChangeCapacity) m;
                ok = at >= 0 && cc.capacity() >= 0;
                if (ok) list.set(at, list.get(at).withCapacity(cc.capacity()));
            }
            if (!ok) invalid++;
        }
        return invalid;
    }
}
