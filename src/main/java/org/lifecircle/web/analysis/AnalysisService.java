package org.lifecircle.web.analysis;

/**
 * The seam between the web layer and the coverage engine: what the coverage table, the point
 * check and the village panel show. Implementations never invent numbers: without a computed
 * evaluation they answer NOT_COMPUTED.
 */
public interface AnalysisService {

    CoverageReport coverage();

    /** lon/lat are WGS84 and already checked to lie on the globe. */
    PointCheck check(double lon, double lat);

    VillageCoverage villages();
}
