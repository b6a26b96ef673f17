package org.lifecircle.web;

import org.lifecircle.web.project.ProjectService;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Serves {@link FutianProject} in place of the unloaded project. */
@TestConfiguration
public class FutianProjectConfig {

    @Bean
    @Primary
    public ProjectService futianProject() {
        return FutianProject.load();
    }
}
