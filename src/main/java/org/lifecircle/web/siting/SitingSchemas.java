package org.lifecircle.web.siting;

import io.swagger.v3.core.converter.ModelConverters;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Publishes the schema of a finished siting job's result ({@link SitingJobResult}, with the use
 * case's result record inlined) in {@code /v3/api-docs}: the job endpoints answer it as the
 * untyped {@code result} of a job snapshot, so no operation names it. O(fields) once per document.
 */
@Configuration
public class SitingSchemas {

    @Bean
    public OpenApiCustomizer sitingResultSchemas() {
        return api -> {
            for (Class<?> type : List.of(SitingJobResult.class)) {
                ModelConverters.getInstance().readAll(type).forEach((name, schema) -> api.getComponents().addSchemas(name, schema));
            }
        };
    }
}
