package org.lifecircle.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class that needs the PostgreSQL + PostGIS + pgRouting database named by
 * {@code LIFECIRCLE_PG_URL}. Without it the class is skipped with a visible message, except under
 * {@code CI=true}, where a missing database fails the build.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("postgres")
@ExtendWith(PostgresDatabase.class)
public @interface RequiresPostgres {
}
