package org.lifecircle.web.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.catalina.connector.Connector;
import org.apache.coyote.AbstractProtocol;
import org.junit.jupiter.api.Test;
import org.lifecircle.web.LimitsAppTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * FEATURE UNDER TEST: the servlet container and Spring's task executor run with the bounded
 * pools, backlog, connection cap and timeouts of {@code lifecircle.limits.http.*} and
 * {@code lifecircle.limits.tasks.*} (defaults here).
 */
@LimitsAppTest
class ServerLimitsTest {

    @Autowired
    ServletWebServerApplicationContext context;

    @Autowired
    @Qualifier("applicationTaskExecutor")
    ThreadPoolTaskExecutor tasks;

    @Test
    void tomcatAndTheTaskExecutorAreBounded() {
        Connector connector = ((TomcatWebServer) context.getWebServer()).getTomcat().getConnector();
        AbstractProtocol<?> protocol = (AbstractProtocol<?>) connector.getProtocolHandler();
        assertEquals(64, protocol.getMaxThreads());
        assertEquals(8, protocol.getMinSpareThreads());
        assertEquals(100, protocol.getAcceptCount());
        assertEquals(1024, protocol.getMaxConnections());
        assertEquals(20_000, protocol.getConnectionTimeout());
        assertEquals(20_000, protocol.getKeepAliveTimeout());
        assertEquals(8, tasks.getMaxPoolSize());
        assertEquals(100, tasks.getQueueCapacity());
    }
}
