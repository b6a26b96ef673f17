package org.lifecircle.web.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lifecircle.coverage.Counts;
import org.lifecircle.coverage.Evaluation;
import org.lifecircle.coverage.Gap;
import org.lifecircle.coverage.TypeResult;
import org.lifecircle.population.AdminUnits;
import org.lifecircle.population.DemandCells;
import org.lifecircle.population.DemandLayer;
import org.lifecircle.store.layer.Feature;
import org.lifecircle.store.layer.Layer;
import org.lifecircle.store.layer.LayerKind;
import org.lifecircle.web.session.ProjectSession;

/**
 * The baseline evaluation as exchange layers for the store's writers: cells (population and
 * seconds to the nearest facility of each type, empty when unreachable), gaps of every type,
 * and unit coverage per type. O(cells × types + gaps + units × types).
 */
final class ResultLayers {

    private ResultLayers() {
    }

    static Layer cells(ProjectSession s) {
        DemandCells cells = s.study().demand();
        Evaluation e = s.baseline();
        List<Feature> features = new ArrayList<>(cells.size());
        for (int i = 0; i < cells.size(); i++) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("lon", cells.lon(i));
            p.put("lat", cells.lat(i));
            p.put("population", cells.has(DemandLayer.TOTAL) ? cells.population(i) : null);
            p.put("elderly", cells.has(DemandLayer.ELDERLY) ? cells.elderly(i) : null);
            for (TypeResult r : e.types()) {
                float sec = r.times().seconds(i);
                p.put(r.type().key() + "_seconds", Float.isFinite(sec) ? Math.round(sec * 10) / 10.0 : null);
            }
            String id = cells.id(i) == null ? Integer.toString(i) : cells.id(i);
            features.add(new Feature(i + 1, id, cells.cellGeometry(i), p));
        }
        return Layer.of("cells", LayerKind.RESULT, cells.source(), "EPSG:4326", features);
    }

    static Layer gaps(ProjectSession s) {
        List<Feature> features = new ArrayList<>();
        for (TypeResult r : s.baseline().types()) {
            for (Gap g : r.gaps().gaps()) {
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("type", g.typeKey());
                p.put("rank", g.rank());
                p.put("cells", g.cellCount());
                p.put("demand", g.demand());
                p.put("population", Double.isFinite(g.population()) ? g.population() : null);
                p.put("elderly", Double.isFinite(g.elderly()) ? g.elderly() : null);
                p.put("nearest_seconds", Double.isFinite(g.minSeconds()) ? g.minSeconds() : null);
                features.add(new Feature(features.size() + 1, g.typeKey() + "-gap-" + g.rank(), g.polygon(), p));
            }
        }
        return Layer.of("gaps", LayerKind.RESULT, "coverage gaps", "EPSG:4326", features);
    }

    /** One feature per unit of the project's first unit level, with demand, covered and share per type; null without units. */
    static Layer units(ProjectSession s) {
        if (s.study().unitLevels().isEmpty()) return null;
        AdminUnits units = s.study().unitLevels().get(0).units();
        List<Feature> features = new ArrayList<>();
        for (int u = 0; u < units.size(); u++) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("name", units.name(u));
            for (TypeResult r : s.baseline().types()) {
                Counts c = r.byLevel().get(0).group(u);
                p.put(r.type().key() + "_demand", c.demand());
                p.put(r.type().key() + "_covered", c.demandCovered());
                p.put(r.type().key() + "_share", Double.isFinite(c.share()) ? c.share() : null);
            }
            features.add(new Feature(u + 1, units.id(u), units.polygon(u), p));
        }
        return Layer.of("unit_coverage", LayerKind.RESULT, units.source(), "EPSG:4326", features);
    }
}
