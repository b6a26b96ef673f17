package org.lifecircle.web.analysis;

import java.util.List;
import java.util.Optional;
import org.lifecircle.web.project.LayerRole;
import org.lifecircle.web.project.MapFeature;
import org.lifecircle.web.project.MapLayer;
import org.lifecircle.web.project.ProjectService;
import org.lifecircle.web.session.ProjectSession;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;

/**
 * The analysis service while no coverage engine is wired in: every result is NOT_COMPUTED, and
 * the point check says only what the raw layers tell (the admin unit and village polygon the
 * point lies in). Cost of a check: O(vertices of the unit and village layers).
 */
public final class UncomputedAnalysis implements AnalysisService {

    static final String MESSAGE = "coverage not computed yet: no coverage engine is wired into the web layer";

    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private final ProjectService project;

    public UncomputedAnalysis(ProjectService project) {
        this.project = project;
    }

    @Override
    public CoverageReport coverage() {
        return CoverageReport.notComputed(MESSAGE);
    }

    @Override
    public PointCheck check(double lon, double lat, ProjectSession.FacilitySets sites) {
        Point point = GEOMETRY.createPoint(new Coordinate(lon, lat));
        return new PointCheck(lon, lat, AnalysisStatus.NOT_COMPUTED, MESSAGE, null,
                containing(LayerRole.UNITS, point), containing(LayerRole.VILLAGES, point), List.of());
    }

    @Override
    public VillageCoverage villages() {
        return VillageCoverage.notComputed(MESSAGE);
    }

    private Place containing(LayerRole role, Point point) {
        return containing(project, role, point);
    }

    /** The first polygon of the project's layer of {@code role} that covers the point, null when none. */
    public static Place containing(ProjectService project, LayerRole role, Point point) {
        Optional<MapLayer> layer = project.findLayer(role);
        if (layer.isEmpty()) return null;
        for (MapFeature f : layer.get().features()) {
            if (f.geometry().getDimension() == 2 && f.geometry().covers(point)) {
                Object name = f.properties().get("name");
                return new Place(layer.get().name(), f.id(), name == null ? null : name.toString());
            }
        }
        return null;
    }
}
