package org.lifecircle.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The one Spring context all web tests share (so it starts once): the app on a random port with
 * MockMvc, serving the {@link FutianProject} fixture, with a throw-away workspace.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = WebApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "lifecircle.workspace=target/test-workspaces/${random.uuid}")
@AutoConfigureMockMvc
@Import(FutianProjectConfig.class)
public @interface WebAppTest {
}
