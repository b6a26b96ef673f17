package org.lifecircle.store.imports;

import java.util.ArrayList;
import java.util.List;
import org.lifecircle.coverage.CoverageTally;
import org.lifecircle.coverage.Counts;
import org.lifecircle.coverage.Evaluation;
import org.lifecircle.coverage.Study;
import org.lifecircle.coverage.TypeResult;
import org.lifecircle.coverage.TypeTimes;
import org.lifecircle.population.AdminUnits;
import org.lifecircle.store.result.TypeCoverage;
import org.lifecircle.store.result.UnitCoverage;

/**
 * A coverage {@link Evaluation} as the workspace keeps it: per type the threshold, demand,
 * covered demand and every cell's whole seconds to the nearest facility ({@code -1} when none
 * is reachable within the search), and per admin unit the demand and covered demand (unit ids
 * of levels after the first are written {@code level/id}). Cost O(types × cells).
 */
public final class EvaluationRecords {

    private EvaluationRecords() {
    }

    public static org.lifecircle.store.result.Evaluation of(Evaluation e, long scenarioVersion, String cellsLayer) {
        List<TypeCoverage> types = new ArrayList<>();
        List<UnitCoverage> units = new ArrayList<>();
        Study study = e.study();
        for (TypeResult r : e.types()) {
            String key = r.type().key();
            Counts all = r.overall();
            types.add(new TypeCoverage(key, r.type().thresholdMinutes(), all.demand(), all.demandCovered(), seconds(r.times())));
            for (int level = 0; level < r.byLevel().size(); level++) {
                Study.UnitLevel unitLevel = study.unitLevels().get(level);
                AdminUnits u = unitLevel.units();
                CoverageTally tally = r.byLevel().get(level);
                for (int g = 0; g < tally.groups(); g++) {
                    Counts c = tally.group(g);
                    String id = level == 0 ? u.id(g) : unitLevel.level() + "/" + u.id(g);
                    units.add(new UnitCoverage(key, id, c.demand(), c.demandCovered()));
                }
            }
        }
        return new org.lifecircle.store.result.Evaluation(scenarioVersion, e.travelTime(), cellsLayer, types, units);
    }

    static int[] seconds(TypeTimes times) {
        int[] out = new int[times.size()];
        for (int i = 0; i < out.length; i++) {
            float s = times.seconds(i);
            out[i] = Float.isFinite(s) ? Math.round(s) : -1;
        }
        return out;
    }
}
