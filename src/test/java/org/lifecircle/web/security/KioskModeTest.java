package org.lifecircle.web.security;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.lifecircle.web.FutianProjectConfig;
import org.lifecircle.web.TestAuth;
import org.lifecircle.web.WebApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * FEATURE UNDER TEST: kiosk mode ({@code lifecircle.security.anonymous-read=true}): anonymous
 * clients read the API but still get 401 on every write and on the admin API.
 */
@SpringBootTest(classes = WebApplication.class, webEnvironment = SpringBootTest.WebEnvironment.MOCK,
        properties = {TestAuth.WORKSPACE_PROPERTY, TestAuth.ADMIN_PASSWORD_PROPERTY,
            TestAuth.NO_READ_LIMIT, TestAuth.NO_WRITE_LIMIT, "lifecircle.security.anonymous-read=true"})
@AutoConfigureMockMvc
@Import(FutianProjectConfig.class)
class KioskModeTest {

    @Autowired
    MockMvc mvc;

    @Test
    void anonymousClientsReadButNeverWrite() throws Exception {
        mvc.perform(get("/api/project")).andExpect(status().isOk()).andExpect(jsonPath("$.name").value("福田 Futian (test fixture)"));
        mvc.perform(get("/api/layers/facilities")).andExpect(status().isOk());
        mvc.perform(get("/api/auth/me")).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/scenarios").contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"kiosk\"}"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.type").value("urn:lifecircle:problem:unauthorized"));
        mvc.perform(post("/api/siting/runs").contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isUnauthorized());
        mvc.perform(delete("/api/jobs/1")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/admin/users")).andExpect(status().isUnauthorized());
    }
}
