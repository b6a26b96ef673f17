package org.lifecircle.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The Spring context of the limits tests: the demo project, a throw-away workspace and upload
 * temp folder under {@code target/test-workspaces/}, and small limits so each can be reached:
 * 64 KB per file, 128 KB per request, 40 features, 100 raster cells, a 1 ms site-selection time
 * limit, a job queue of 2, a write burst of 50. MockMvc and a random port (the servlet container's
 * multipart limits only act over real HTTP). MockMvc requests carry the test planner's token ({@link TestAuth}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = WebApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"lifecircle.project=gis-data/project.yaml",
            "lifecircle.workspace=target/test-workspaces/limits-${random.uuid}",
            TestAuth.ADMIN_PASSWORD_PROPERTY,
            "lifecircle.limits.upload.temp-dir=target/test-workspaces/limits-uploads-${random.uuid}",
            "lifecircle.limits.upload.max-file-size=64KB",
            "lifecircle.limits.upload.max-request-size=128KB",
            "lifecircle.limits.upload.max-features=40",
            "lifecircle.limits.upload.max-raster-cells=100",
            "lifecircle.limits.jobs.time-limit=1ms",
            "lifecircle.limits.jobs.queue=2",
            "lifecircle.limits.rate.write-burst=50"})
@AutoConfigureMockMvc
@Import(TestAuth.class)
public @interface LimitsAppTest {
}
