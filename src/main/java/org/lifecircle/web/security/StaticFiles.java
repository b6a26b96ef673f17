package org.lifecircle.web.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The files of the web root the app serves ({@code web/}, packaged as {@code classpath:static/}),
 * as request paths ({@code /index.html}, {@code /app.js} …): the page and its assets, public
 * without sign-in. Derived from what is served, so a new asset needs no rule, and a path that is
 * not one of them is not public. Read once at start; cost O(files in the web root).
 */
public final class StaticFiles {

    private StaticFiles() {
    }

    public static Set<String> served() {
        try {
            Set<String> paths = new TreeSet<>();
            for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:static/*")) {
                String name = r.getFilename();
                if (name != null && !name.isEmpty() && r.isReadable()) paths.add("/" + name);
            }
            return paths;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the web root classpath:static/", e);
        }
    }
}
