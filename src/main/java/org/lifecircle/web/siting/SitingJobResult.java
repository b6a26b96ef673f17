package org.lifecircle.web.siting;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.lifecircle.planning.SiteRunResult;

/**
 * A finished site-selection job's {@code result}: the use case's result (the same fields as the
 * command line's result.json) and {@code runId}, the id of the run recorded in the workspace (null
 * when the store could not record it).
 */
public record SitingJobResult(@JsonUnwrapped SiteRunResult result, Long runId) {
}
