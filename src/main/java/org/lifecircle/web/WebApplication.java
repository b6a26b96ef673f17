package org.lifecircle.web;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

/** Spring Boot application behind {@code serve}: the REST API and the Leaflet page in {@code web/}. */
@SpringBootApplication
public class WebApplication {

    /** Starts the server and returns once it is up; a null workspace folder means {@code ./workspace/}. */
    public static ConfigurableApplicationContext start(Path project, String store, Path workspace, int port) {
        return start(project, store, workspace, port, List.of());
    }

    /**
     * As {@link #start(Path, String, Path, int)}, with further {@code --name=value} properties
     * ({@code --server.address=127.0.0.1}, {@code --lifecircle.limits.rate.burst=50} …), which win.
     */
    public static ConfigurableApplicationContext start(Path project, String store, Path workspace, int port,
                                                       List<String> properties) {
        SpringApplication app = new SpringApplication(WebApplication.class);
        // as command-line arguments, so what the command line names wins over -D system properties
        List<String> args = new ArrayList<>();
        args.add("--server.port=" + port);
        if (project != null) args.add("--lifecircle.project=" + project);
        if (store != null) args.add("--lifecircle.store=" + store);
        if (workspace != null) args.add("--lifecircle.workspace=" + workspace);
        args.addAll(properties);
        return app.run(args.toArray(String[]::new));
    }

    /** Starts the server and blocks until it is stopped (Ctrl-C or SIGTERM close the context). */
    public static void serve(Path project, String store, Path workspace, int port, List<String> properties)
            throws InterruptedException {
        ConfigurableApplicationContext context = start(project, store, workspace, port, properties);
        CountDownLatch closed = new CountDownLatch(1);
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) closed.countDown();
        });
        if (context.isActive()) closed.await();
    }
}
