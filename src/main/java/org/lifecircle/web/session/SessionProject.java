package org.lifecircle.web.session;

import java.util.List;
import java.util.Locale;
import org.lifecircle.coverage.TypeSpec;
import org.lifecircle.facility.CoverageScope;
import org.lifecircle.facility.CoverageTarget;
import org.lifecircle.web.project.Engines;
import org.lifecircle.web.project.FacilityType;
import org.lifecircle.web.project.MapLayer;
import org.lifecircle.web.project.ProjectService;

/**
 * The project service over the {@link SessionHolder}: the loaded session's name, types and
 * layers, or none with the holder's status while loading or after a failure.
 */
public final class SessionProject implements ProjectService {

    private final SessionHolder holder;

    public SessionProject(SessionHolder holder) {
        this.holder = holder;
    }

    @Override
    public String name() {
        return holder.session().map(s -> s.project().name()).orElse(null);
    }

    @Override
    public String status() {
        return holder.status();
    }

    @Override
    public List<FacilityType> types() {
        return holder.session().map(s -> s.study().types().stream().map(SessionProject::type).toList()).orElse(List.of());
    }

    @Override
    public List<MapLayer> layers() {
        return holder.session().map(ProjectSession::layers).orElse(List.of());
    }

    @Override
    public Engines engines() {
        return holder.session().map(s -> new Engines(true, true, s.network().isPresent(), true, true, true, true, true))
                .orElse(Engines.none());
    }

    static FacilityType type(TypeSpec t) {
        return new FacilityType(t.key(), t.label(), t.thresholdMinutes(), t.speedKmh(), t.demand().name().toLowerCase(Locale.ROOT),
                populationTarget(t));
    }

    /** The last population-share target of the type (the project's own when it gives one), null when none. */
    public static Double populationTarget(TypeSpec t) {
        Double out = null;
        for (CoverageTarget target : t.targets()) {
            if (target.scope() == CoverageScope.POPULATION) out = target.share();
        }
        return out;
    }
}
