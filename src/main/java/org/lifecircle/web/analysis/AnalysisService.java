package org.lifecircle.web.analysis;

import org.lifecircle.web.session.ProjectSession;

/**
 * The seam between the web layer and the coverage engine: what the coverage table, the point
 * check and the village panel show. Implementations never invent numbers: without a computed
 * evaluation they answer NOT_COMPUTED.
 */
public interface AnalysisService {

    CoverageReport coverage();

    /** lon/lat are WGS84 and already checked to lie on the globe; the project's own facilities. */
    default PointCheck check(double lon, double lat) {
        return check(lon, lat, null);
    }

    /** As {@link #check(double, double)} against the facilities of {@code sites} (null: the project's own). */
    PointCheck check(double lon, double lat, ProjectSession.FacilitySets sites);

    VillageCoverage villages();
}
