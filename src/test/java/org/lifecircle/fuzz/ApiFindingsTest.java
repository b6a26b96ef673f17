package org.lifecircle.fuzz;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.lifecircle.web.DemoSessionTest;
import org.lifecircle.web.TestAuth;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * FEATURE UNDER TEST: the API fixes for what ApiFuzzTest found (inputs kept under
 * {@code ApiFuzzTestInputs/api/}): each answer is now a 400 problem+json naming the field.
 */
@DemoSessionTest
class ApiFindingsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAuth.TestUsers users;

    /**
     * {@code api/finding-nul-in-scenario-id}: a path with an encoded NUL and a slash matched no
     * controller, fell through to the static resources and Tomcat's resource root threw
     * IllegalArgumentException: a 500.
     */
    @Test
    void controlCharacterInThePathIsABadRequest() throws Exception {
        mvc.perform(post(URI.create("/api/scenarios/%00A%3F/%01/edits")).with(ApiAuth.planner(users))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.field").value("path"))
                .andExpect(jsonPath("$.detail", containsString("control character (code 0)")));
    }

    /**
     * ApiFuzzTest ({@code api/finding-duplicate-field-in-body}): a body naming "from" twice made
     * Jackson fail to build the CreateRequest record (InvalidDefinitionException): a 500.
     */
    @Test
    void aFieldGivenTwiceIsABadRequest() throws Exception {
        mvc.perform(post("/api/scenarios").with(ApiAuth.planner(users)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"方案 A\",\"from\":\"baseline\",\"from\":\"1\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.field").value("body"))
                .andExpect(jsonPath("$.detail", containsString("the field 'from' appears twice")));
    }
}
