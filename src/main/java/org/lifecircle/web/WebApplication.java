package org.lifecircle.web;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Spring Boot application behind {@code serve}: the REST API and the Leaflet page in {@code web/}. */
@SpringBootApplication
public class WebApplication {

    public static void start(Path project, String store, int port) {
        SpringApplication app = new SpringApplication(WebApplication.class);
        Map<String, Object> props = new HashMap<>();
        props.put("server.port", port);
        if (project != null) props.put("lifecircle.project", project.toString());
        if (store != null) props.put("lifecircle.store", store);
        app.setDefaultProperties(props);
        app.run();
    }
}
