package org.lifecircle.web.limits;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.MultipartConfigElement;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the limits: binds {@link Limits}, creates the upload temp folder, sets the servlet
 * container's multipart limits from {@code lifecircle.limits.upload.*}, and registers the
 * {@link RateLimitFilter} after Spring Security's filter chain (order -100), so an authenticated
 * request is counted against its user.
 */
@Configuration
@EnableConfigurationProperties(Limits.class)
public class LimitsConfig {

    /** Just after Spring Security's filter chain ({@code SecurityProperties.DEFAULT_FILTER_ORDER} = -100). */
    static final int RATE_FILTER_ORDER = -90;

    @Bean
    public FilterRegistrationBean<RateLimitFilter> rateLimitFilter(Limits limits, ObjectMapper json) {
        Limits.Rate rate = limits.rate();
        RateLimitFilter filter = new RateLimitFilter(
                new TokenBuckets(rate.requestsPerSecond(), rate.burst(), rate.maxClients()),
                new TokenBuckets(rate.writesPerSecond(), rate.writeBurst(), rate.maxClients()), json);
        FilterRegistrationBean<RateLimitFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(RATE_FILTER_ORDER);
        // every path reaches the filter, which decides on the routed path itself (RateLimitFilter#shouldNotFilter)
        registration.addUrlPatterns("/*");
        return registration;
    }

    /** The upload temp folder exists before the first multipart request is parsed into it. */
    @Bean
    public UploadTempFolder uploadTempFolder(Limits limits) {
        try {
            return new UploadTempFolder(Files.createDirectories(limits.upload().tempFolder()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the upload temp folder " + limits.upload().tempFolder(), e);
        }
    }

    /**
     * Replaces Spring Boot's multipart settings: parts go to the upload temp folder (absolute, so
     * Tomcat does not resolve it against its own work folder) and stop at the configured sizes.
     */
    @Bean
    public MultipartConfigElement multipartConfigElement(Limits limits, UploadTempFolder folder) {
        Limits.Upload upload = limits.upload();
        return new MultipartConfigElement(folder.path().toAbsolutePath().toString(),
                upload.maxFileSize().toBytes(), upload.maxRequestSize().toBytes(), 0);
    }
}
