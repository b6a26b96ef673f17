package org.lifecircle.store;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import org.lifecircle.io.InputException;

/**
 * Where a workspace lives, parsed from the {@code --store} value. Accepted forms:
 * <ul>
 *   <li>none (null or blank): the embedded H2GIS file database {@code <workspace>/lifecircle.mv.db};</li>
 *   <li>{@code postgresql://[user[:password]@]host[:port]/db[?schema=s&user=u&password=p&...]}, or
 *       the same with the {@code jdbc:} prefix: PostGIS, tables in schema {@code s}
 *       (default {@value #DEFAULT_SCHEMA}); other query parameters go to the JDBC driver URL;</li>
 *   <li>{@code h2gis:DIR}: the embedded database in folder {@code DIR}.</li>
 * </ul>
 * The schema name is validated like every identifier the store puts into SQL.
 */
public record StoreLocation(Dialect dialect, String jdbcUrl, Properties properties, String schema, String display) {

    public static final String DEFAULT_SCHEMA = "lifecircle";
    static final String DATABASE_FILE = "lifecircle";
    private static final Pattern SCHEMA = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    public StoreLocation {
        properties = copy(properties);
    }

    /** Parses {@code storeUrlOrNull}; the file database goes into {@code workspaceDir}. */
    public static StoreLocation parse(String storeUrlOrNull, Path workspaceDir) {
        if (storeUrlOrNull == null || storeUrlOrNull.isBlank()) return embedded(workspaceDir);
        String url = storeUrlOrNull.strip();
        if (url.startsWith("h2gis:")) return embedded(Path.of(url.substring("h2gis:".length())));
        if (url.startsWith("jdbc:")) url = url.substring("jdbc:".length());
        if (url.startsWith("postgresql://") || url.startsWith("postgres://")) return postgres(url, storeUrlOrNull);
        throw InputException.of("--store", "unsupported store URL '" + redact(storeUrlOrNull)
                + "': expected postgresql://host:port/db or nothing for the embedded database");
    }

    /** The embedded H2GIS file database in {@code folder}. */
    public static StoreLocation embedded(Path folder) {
        if (folder == null) throw InputException.of("--store", "no workspace folder for the embedded database");
        Path file = folder.toAbsolutePath().normalize().resolve(DATABASE_FILE);
        // the path goes into the H2 URL, where ';' would start settings such as INIT=RUNSCRIPT
        if (file.toString().indexOf(';') >= 0) {
            throw InputException.of("--workspace", "workspace folder '" + folder + "' contains ';', which the embedded"
                    + " database URL cannot hold; choose a folder without it");
        }
        // WRITE_DELAY=0: a commit reaches the file before it returns, so a save reported done
        // survives the process being killed (H2's default delays the write by up to a second).
        return new StoreLocation(Dialect.H2GIS, "jdbc:h2:file:" + file + ";WRITE_DELAY=0", new Properties(), null,
                "H2GIS " + file + ".mv.db");
    }

    private static StoreLocation postgres(String url, String original) {
        String rest = url.substring(url.indexOf("://") + 3);
        Properties props = new Properties();
        int at = rest.lastIndexOf('@', rest.indexOf('/') < 0 ? rest.length() : rest.indexOf('/'));
        if (at >= 0) {
            String userInfo = rest.substring(0, at);
            rest = rest.substring(at + 1);
            int colon = userInfo.indexOf(':');
            props.setProperty("user", decode(colon < 0 ? userInfo : userInfo.substring(0, colon)));
            if (colon >= 0) props.setProperty("password", decode(userInfo.substring(colon + 1)));
        }
        int q = rest.indexOf('?');
        String hostAndDb = q < 0 ? rest : rest.substring(0, q);
        if (!hostAndDb.contains("/") || hostAndDb.endsWith("/") || hostAndDb.startsWith("/")) {
            throw InputException.of("--store", "store URL '" + redact(original) + "' names no host and database");
        }
        Map<String, String> params = new LinkedHashMap<>();
        if (q >= 0) {
            for (String pair : rest.substring(q + 1).split("&")) {
                if (pair.isEmpty()) continue;
                int eq = pair.indexOf('=');
                params.put(decode(eq < 0 ? pair : pair.substring(0, eq)), eq < 0 ? "" : decode(pair.substring(eq + 1)));
            }
        }
        String schema = params.containsKey("schema") ? params.remove("schema") : DEFAULT_SCHEMA;
        if (!SCHEMA.matcher(schema).matches()) {
            throw InputException.of("--store", "schema '" + schema + "' is not a plain lower-case SQL identifier"
                    + " (letters, digits, underscore; at most 63)");
        }
        if (params.containsKey("user")) props.setProperty("user", params.remove("user"));
        if (params.containsKey("password")) props.setProperty("password", params.remove("password"));
        StringBuilder jdbc = new StringBuilder("jdbc:postgresql://").append(hostAndDb);
        char sep = '?';
        for (Map.Entry<String, String> e : params.entrySet()) {
            jdbc.append(sep).append(encode(e.getKey())).append('=').append(encode(e.getValue()));
            sep = '&';
        }
        return new StoreLocation(Dialect.POSTGIS, jdbc.toString(), props, schema,
                "PostGIS " + hostAndDb + " schema " + schema);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    private static String encode(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String redact(String url) {
        return url.replaceAll("(//[^:/@]*:)[^@/]*@", "$1***@").replaceAll("(?i)(password=)[^&]*", "$1***");
    }

    private static Properties copy(Properties p) {
        Properties out = new Properties();
        if (p != null) out.putAll(p);
        return out;
    }

    @Override
    public Properties properties() {
        return copy(properties);
    }

    @Override
    public String toString() {
        return display;
    }
}
