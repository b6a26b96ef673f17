package org.lifecircle.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.lifecircle.io.InputException;
import org.lifecircle.siting.SolverKind;

/**
 * FEATURE UNDER TEST: the one validation and the one set of defaults of a site-selection request,
 * as docs/api.md and the README's {@code site} flags state them: unset values take
 * {@link SitingDefaults}, and each bad value is an {@link InputException} naming its field.
 */
class SiteRequestTest {

    private static final Supplier<Path> DEMO = () -> Path.of("gis-data");

    @Test
    void unsetValuesTakeTheDocumentedDefaults() {
        SiteRequest r = SiteRequest.builder().type("clinic").model("MCLP").p(3).build();
        assertEquals(SitingModel.MCLP, r.model());
        assertEquals(CandidatePolicy.Source.GAPS, r.candidates().source());
        assertEquals(100, r.candidates().spacingMeters());
        assertEquals(SolverKind.LOCAL, r.options().solver());
        assertEquals(60, r.options().timeLimitSeconds());
        assertEquals(1, r.options().seed());
        assertEquals(0, r.curveMax());
        assertEquals(List.of("p", "solver", "timeLimitSeconds", "seed", "candidates", "spacingMeters", "candidateCount"),
                List.copyOf(r.parameters(7).keySet()));
        SiteRequest streets = SiteRequest.builder().type("clinic").model("lscp").candidates(CandidatePolicy.named("streets", DEMO))
                .build();
        assertEquals(100, streets.candidates().spacingMeters());
        assertEquals(Double.NaN, streets.target());
    }

    @Test
    void eachBadValueNamesItsField() {
        assertField("model", () -> SiteRequest.builder().type("clinic").model("greedy").p(3).build());
        assertField("p", () -> SiteRequest.builder().type("clinic").model("mclp").build());
        assertField("p", () -> SiteRequest.builder().type("clinic").model("mclp").p(1001).build());
        assertField("p", () -> SiteRequest.builder().type("clinic").model("lscp").p(2).build());
        assertField("target", () -> SiteRequest.builder().type("clinic").model("lscp").target(1.5).build());
        assertField("target", () -> SiteRequest.builder().type("clinic").model("pmedian").p(2).target(0.5).build());
        assertField("siteCapacity", () -> SiteRequest.builder().type("clinic").model("capacitated").p(2).build());
        assertField("siteCapacity", () -> SiteRequest.builder().type("clinic").model("capacitated").p(2).siteCapacity(-1.0).build());
        assertField("siteCapacity", () -> SiteRequest.builder().type("clinic").model("mclp").p(2).siteCapacity(50.0).build());
        assertField("curveMax", () -> SiteRequest.builder().type("clinic").model("mclp").p(2).curveMax(1001).build());
        assertField("solver", () -> SiteRequest.builder().type("clinic").model("mclp").p(2).solver("fast").build());
        assertField("timeLimitSeconds", () -> SiteRequest.builder().type("clinic").model("mclp").p(2).timeLimitSeconds(0.0).build());
        assertField("spacingMeters", () -> SiteRequest.builder().type("clinic").model("mclp").p(2).spacingMeters(5.0).build());
        assertField("type", () -> SiteRequest.builder().model("mclp").p(2).build());
        assertField("candidates", () -> CandidatePolicy.named("everywhere", DEMO));
        assertField("candidates", () -> CandidatePolicy.named("file:../pom.xml", DEMO));
        assertField("type", () -> SiteRequest.builder().type("pool").model("mclp").p(2).build().requireTypeIn(List.of("clinic")));
    }

    private static void assertField(String field, Runnable request) {
        assertEquals(field, assertThrows(InputException.class, request::run).source());
    }
}
