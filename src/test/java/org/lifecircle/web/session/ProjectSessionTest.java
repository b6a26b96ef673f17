package org.lifecircle.web.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.lifecircle.coverage.CoverageTally;
import org.lifecircle.coverage.TypeResult;
import org.lifecircle.population.DemandLayer;
import org.lifecircle.web.project.LayerRole;
import org.lifecircle.web.project.MapLayer;

/** FEATURE UNDER TEST: opening the demo project into a session: layers, baseline, progress reports. */
class ProjectSessionTest {

    static final Path DEMO = Path.of("gis-data", "project.yaml");

    @Test
    void demoOpensWithLayersOfEveryRoleAndABaselinePerType() {
        List<Double> fractions = new ArrayList<>();
        long t0 = System.nanoTime();
        ProjectSession s = ProjectSession.open(DEMO, (m, f) -> { fractions.add(f); System.out.println((System.nanoTime() - t0) / 1_000_000 + " ms: " + m); });
        System.out.println("demo session opened in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
        for (int i = 1; i < fractions.size(); i++) assertTrue(fractions.get(i) >= fractions.get(i - 1), "progress ascends");
        assertEquals(1.0, fractions.get(fractions.size() - 1));
        Set<LayerRole> roles = s.layers().stream().map(MapLayer::role).collect(Collectors.toSet());
        assertEquals(Set.of(LayerRole.values()), roles);
        MapLayer population = s.layers().stream().filter(l -> l.role() == LayerRole.POPULATION).findFirst().orElseThrow();
        assertEquals(s.study().demand().size(), population.features().size());
        double sum = population.features().stream().mapToDouble(f -> ((Number) f.properties().get("population")).doubleValue()).sum();
        assertEquals(s.study().demand().total(DemandLayer.TOTAL), sum, 0.05 * population.features().size());
        MapLayer facilities = s.layers().stream().filter(l -> l.role() == LayerRole.FACILITIES).findFirst().orElseThrow();
        assertEquals(s.study().facilities().size(), facilities.features().size());
        assertEquals(s.study().types().size(), s.baseline().types().size());
        for (TypeResult r : s.baseline().types()) {
            TypeResult again = s.evaluateType(r.type().key(), r.sites());
            assertEquals(r.overall(), again.overall(), "re-evaluating the unchanged " + r.type().key());
            CoverageTally byHand = CoverageTally.count(r.times(), r.type().thresholdSeconds());
            assertEquals(byHand.overall(), r.overall());
        }
    }
}
