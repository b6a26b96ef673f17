package org.lifecircle.web.limits;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lifecircle.web.DemoSession;
import org.lifecircle.web.LimitsAppTest;
import org.lifecircle.web.session.SessionHolder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * FEATURE UNDER TEST: names in exports and in the siting request's candidate file cannot reach
 * outside: traversal, backslashes, absolute paths, NUL and percent-encoded paths answer 400
 * problem+json naming the field; plain unknown names stay 404 / 400 as before.
 */
@LimitsAppTest
class PathTraversalApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    SessionHolder holder;

    @BeforeEach
    void loaded() throws InterruptedException {
        DemoSession.await(holder);
    }

    @Test
    void exportLayerNamesMustBePlain() throws Exception {
        for (String encoded : List.of("..%2F..%2Fetc%2Fpasswd", "..%5C..%5Cpom.xml", "%2Fetc%2Fpasswd", "a%00b",
                "%252e%252e%252fpom.xml", "..", "C%3A%5Cx")) {
            refused(get(URI.create("/api/exports/layers/" + encoded + ".geojson")), "name");
        }
        mvc.perform(get("/api/exports/layers/nope.geojson")).andExpect(status().isNotFound());
        mvc.perform(get("/api/exports/layers/roads.geojson")).andExpect(status().isOk());
    }

    @Test
    void exportFormatsAreAFixedList() throws Exception {
        for (String format : List.of("..%2F..%2Fpom.xml", "geojson%00", "csv%2F..", "exe")) {
            refused(get(URI.create("/api/exports/results." + format)), "format");
        }
    }

    @Test
    void candidateFilesStayInTheProjectFolder() throws Exception {
        for (String name : List.of("../pom.xml", "../../../../etc/passwd", "/etc/passwd", "..\\\\..\\\\pom.xml",
                "a\\u0000b.csv", "..%2f..%2fpom.xml", "%2e%2e/pom.xml", ".")) {
            refused(post("/api/siting/runs").contentType(MediaType.APPLICATION_JSON)
                    .content("{\"type\":\"elder_care\",\"model\":\"mclp\",\"p\":2,\"candidates\":\"file:" + name + "\"}"),
                    "candidates");
        }
    }

    /** 400 problem+json naming {@code field}, or naming the path when the security firewall refused the URL first. */
    private void refused(MockHttpServletRequestBuilder request, String field) throws Exception {
        mvc.perform(request)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.field").value(Matchers.oneOf(field, "path")));
    }
}
