package org.lifecircle.web.limits;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.ContextClosedEvent;

/**
 * Wires the per-request cost limits ({@link CostLimits}): the {@link ExpensiveReads} bookkeeping,
 * its filter just after the rate limit (so the user is known), Tomcat's {@link ClientGoneValve}
 * so the filter can tell a client that went away, and the shutdown hook that
 * cancels reads in flight when the context closes, before the web server's graceful shutdown
 * waits for them.
 */
@Configuration
@EnableConfigurationProperties(CostLimits.class)
public class ExpensiveReadConfig {

    static final int EXPENSIVE_FILTER_ORDER = LimitsConfig.RATE_FILTER_ORDER + 1;

    @Bean
    public ExpensiveReads expensiveReads(CostLimits limits) {
        return new ExpensiveReads(limits.expensive().timeBudget(), limits.expensive().perUser());
    }

    @Bean
    public FilterRegistrationBean<ExpensiveReadFilter> expensiveReadFilter(ExpensiveReads reads, ObjectMapper json) {
        FilterRegistrationBean<ExpensiveReadFilter> registration = new FilterRegistrationBean<>(new ExpensiveReadFilter(reads, json));
        registration.setOrder(EXPENSIVE_FILTER_ORDER);
        registration.addUrlPatterns("/api/*");
        return registration;
    }

    /** Lets the filter notice a client that went away ({@link ClientGoneValve}). */
    @Bean
    public WebServerFactoryCustomizer<TomcatServletWebServerFactory> clientGoneValve() {
        return factory -> factory.addContextValves(new ClientGoneValve());
    }

    @Bean
    public ApplicationListener<ContextClosedEvent> cancelExpensiveReadsOnShutdown(ExpensiveReads reads) {
        return event -> reads.cancelAll("the server is shutting down");
    }
}
