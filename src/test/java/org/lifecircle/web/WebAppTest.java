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
 * MockMvc, serving the {@link FutianProject} fixture, in a throw-away workspace, signed in as
 * {@link TestAuth} says.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = WebApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {TestAuth.WORKSPACE_PROPERTY, TestAuth.ADMIN_PASSWORD_PROPERTY,
            TestAuth.NO_READ_LIMIT, TestAuth.NO_WRITE_LIMIT, TestAuth.NO_SIGN_IN_ADDRESS_LIMIT})
@AutoConfigureMockMvc
@Import({FutianProjectConfig.class, TestAuth.class})
public @interface WebAppTest {
}
