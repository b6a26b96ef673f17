package org.lifecircle.web;

import org.lifecircle.web.analysis.AnalysisService;
import org.lifecircle.web.analysis.UncomputedAnalysis;
import org.lifecircle.web.job.JobService;
import org.lifecircle.web.project.Engines;
import org.lifecircle.web.project.ProjectService;
import org.lifecircle.web.project.UnloadedProject;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;

/**
 * Wires the web layer's seams. Today the project loader and the engines are not part of the web
 * layer, so the project is {@link UnloadedProject} and analyses answer "not computed"; phase 2
 * replaces these beans with adapters over the project loader, coverage and siting engines.
 */
@Configuration
@PropertySource("classpath:org/lifecircle/web/web.properties")
public class WebConfig {

    @Bean(destroyMethod = "close")
    public JobService jobService(@Value("${lifecircle.jobs.threads:1}") int threads,
                                 @Value("${lifecircle.jobs.queue:16}") int queue,
                                 @Value("${lifecircle.jobs.keep-finished:100}") int keepFinished) {
        return new JobService(threads, queue, keepFinished);
    }

    @Bean
    public ProjectService projectService(@Value("${lifecircle.project:}") String projectFile) {
        String status = projectFile.isBlank()
                ? "no project loaded: the project loader is not wired into the web layer yet"
                : "project " + projectFile + " not loaded: the project loader is not wired into the web layer yet";
        return new UnloadedProject(status);
    }

    @Bean
    public AnalysisService analysisService(ProjectService project) {
        return new UncomputedAnalysis(project);
    }

    @Bean
    public Engines engines() {
        return Engines.none();
    }
}
