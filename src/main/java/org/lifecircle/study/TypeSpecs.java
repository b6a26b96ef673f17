package org.lifecircle.study;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.lifecircle.coverage.DemandLayers;
import org.lifecircle.coverage.TypeSpec;
import org.lifecircle.facility.Clause;
import org.lifecircle.facility.CoverageScope;
import org.lifecircle.facility.CoverageTarget;
import org.lifecircle.facility.FacilityType;
import org.lifecircle.facility.SourceDocument;
import org.lifecircle.facility.StandardsPack;
import org.lifecircle.io.InputException;
import org.lifecircle.population.DemandLayer;
import org.lifecircle.project.TypeSettings;

/**
 * Resolves the project's {@code types:} against the standards pack into the coverage engine's
 * {@link TypeSpec}s (so that the engine never reads the project-file model).
 *
 * <p>Precedence: a value set under {@code types.<key>} wins (its clause cites the project file,
 * unless it repeats the pack's value, which keeps the pack's clause); otherwise the pack's. Speed: {@code types.<key>.speedKmh}, else the pack type's own speed (when a
 * document or note sets one), else the project's {@code speedKmh}, else the pack default. A
 * project {@code target} (with {@code targetYear}) is a population-share target added after the
 * pack's targets. A key not in the pack is an {@link InputException} naming the project file and
 * the key. O(types).
 */
public final class TypeSpecs {

    private TypeSpecs() {
    }

    /**
     * @param projectSource the project file name, for errors and for the clauses of project values
     * @param projectSpeedKmh the project's default walking speed, if any
     */
    public static List<TypeSpec> resolve(StandardsPack pack, Map<String, TypeSettings> types,
            OptionalDouble projectSpeedKmh, String projectSource) {
        List<TypeSpec> out = new ArrayList<>();
        Map<String, String> seen = new LinkedHashMap<>();
        for (TypeSettings settings : types.values()) {
            FacilityType standard = pack.findType(settings.key()).orElseThrow(() -> new InputException(projectSource,
                    "types." + settings.key(), "facility type '" + settings.key() + "' is not in the standards pack (known: "
                            + String.join(", ", pack.typeKeys()) + ")"));
            String previous = seen.put(standard.key(), settings.key());
            if (previous != null) {
                throw new InputException(projectSource, "types." + settings.key(),
                        "names the same standards-pack type as \"" + previous + "\" (" + standard.key() + ")");
            }
            out.add(resolve(pack, standard, settings, projectSpeedKmh, projectSource));
        }
        return out;
    }

    static TypeSpec resolve(StandardsPack pack, FacilityType standard, TypeSettings settings,
            OptionalDouble projectSpeedKmh, String projectSource) {
        SourceDocument project = projectDocument(projectSource);
        String path = "types." + settings.key();

        double speed = standard.speedKmh();
        Clause speedClause = standard.speedSource();
        boolean packDefaultSpeed = "default".equals(standard.speedSource().document().kind())
                && standard.speedKmh() == pack.defaultSpeedKmh();
        if (settings.speedKmh().isPresent() && settings.speedKmh().getAsDouble() != standard.speedKmh()) {
            speed = settings.speedKmh().getAsDouble();
            speedClause = projectClause(project, path + ".speedKmh", "项目设定步行速度 " + fmt(speed) + " km/h",
                    "speed " + fmt(speed) + " km/h set by the project");
        } else if (packDefaultSpeed && projectSpeedKmh.isPresent()) {
            speed = projectSpeedKmh.getAsDouble();
            speedClause = projectClause(project, "speedKmh", "项目默认步行速度 " + fmt(speed) + " km/h",
                    "project default speed " + fmt(speed) + " km/h");
        }

        double minutes = settings.minutes().orElse(standard.minutes());
        double radius = settings.radiusMeters().orElse(standard.radiusMeters());
        Clause thresholdClause;
        if (settings.minutes().isPresent() && settings.minutes().getAsDouble() != standard.minutes()) {
            thresholdClause = projectClause(project, path + ".minutes", fmt(minutes) + "分钟", fmt(minutes) + " minutes");
        } else if (!Double.isNaN(minutes)) {
            thresholdClause = standard.clause();
        } else if (settings.radiusMeters().isPresent() && settings.radiusMeters().getAsDouble() != standard.radiusMeters()) {
            thresholdClause = projectClause(project, path + ".radiusMeters", "服务半径" + fmt(radius) + "米",
                    "service radius " + fmt(radius) + " m");
        } else {
            thresholdClause = standard.radiusClause() != null ? standard.radiusClause() : standard.clause();
        }
        double thresholdSeconds = !Double.isNaN(minutes) ? minutes * 60.0 : radius / (speed / 3.6);

        DemandLayer demand = DemandLayers.of(settings.demand().orElse(standard.demand()));
        List<CoverageTarget> targets = new ArrayList<>(standard.coverageTargets());
        if (settings.target().isPresent()) {
            double share = settings.target().getAsDouble();
            String pct = fmt(share * 100) + "%";
            targets.add(new CoverageTarget(share, settings.targetYear(), CoverageScope.POPULATION,
                    projectClause(project, path + ".target", "覆盖率目标 " + pct, "coverage target " + pct)));
        }
        String label = settings.label().orElse(standard.displayName());
        return new TypeSpec(settings.key(), label, standard, thresholdSeconds, minutes, radius, speed, demand,
                thresholdClause, speedClause, targets);
    }

    private static SourceDocument projectDocument(String projectSource) {
        return new SourceDocument("project", projectSource, "project", "项目设定(" + projectSource + ")",
                "Project setting (" + projectSource + ")");
    }

    private static Clause projectClause(SourceDocument project, String key, String zh, String en) {
        return new Clause(project, key, zh, en);
    }

    static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
    }
}
