package org.lifecircle.web;

import java.nio.file.Path;
import org.lifecircle.store.Workspace;
import org.lifecircle.web.analysis.AnalysisService;
import org.lifecircle.web.analysis.EngineAnalysis;
import org.lifecircle.web.job.JobService;
import org.lifecircle.web.limits.Limits;
import org.lifecircle.web.project.ProjectService;
import org.lifecircle.web.session.SessionHolder;
import org.lifecircle.web.session.SessionProject;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;

/**
 * Wires the web layer's seams: the project named by {@code lifecircle.project} loads in the
 * background into a {@link SessionHolder}; the project and analysis services read it. The one
 * {@link Workspace} of the app (scenarios, users) opens at start, in {@code lifecircle.workspace}
 * (default {@code ./workspace/}) or at {@code lifecircle.store}, and closes with the context.
 */
@Configuration
@PropertySource("classpath:org/lifecircle/web/web.properties")
public class WebConfig {

    @Bean(destroyMethod = "close")
    public JobService jobService(Limits limits) {
        Limits.Jobs jobs = limits.jobs();
        return new JobService(jobs.threads(), jobs.queue(), jobs.keepFinished());
    }

    @Bean(destroyMethod = "close")
    public Workspace workspace(@Value("${lifecircle.store:}") String storeUrl,
                               @Value("${lifecircle.workspace:workspace}") String workspaceDir) {
        return Workspace.open(storeUrl.isBlank() ? null : storeUrl, Path.of(workspaceDir));
    }

    /** Starts loading {@code lifecircle.project} in the background; empty when the property is blank. */
    @Bean
    public SessionHolder sessionHolder(@Value("${lifecircle.project:}") String projectFile, JobService jobs) {
        SessionHolder holder = new SessionHolder("no project loaded: start with --project FILE");
        if (!projectFile.isBlank()) holder.startLoading(Path.of(projectFile), jobs);
        return holder;
    }

    @Bean
    public ProjectService projectService(SessionHolder holder) {
        return new SessionProject(holder);
    }

    @Bean
    public AnalysisService analysisService(SessionHolder holder, ProjectService project) {
        return new EngineAnalysis(holder, project);
    }
}
