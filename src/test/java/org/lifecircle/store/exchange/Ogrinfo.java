package org.lifecircle.store.exchange;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opentest4j.TestAbortedException;

/**
 * GDAL's {@code ogrinfo} (Debian {@code gdal-bin}) as an independent reader of exported files.
 * Missing locally: the test is skipped with a visible message; missing under CI=true: it fails.
 */
final class Ogrinfo {

    /** What ogrinfo says about one layer: feature count, geometry type and the CRS's EPSG id. */
    record LayerSummary(String name, long featureCount, String geometry, Integer epsg, String crsName) {
    }

    private Ogrinfo() {
    }

    static void require() {
        if (available()) return;
        String message = "ogrinfo (GDAL, Debian package gdal-bin) is not installed";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException(message + " but CI=true: .ci/run installs it");
        }
        System.err.println("SKIPPED: " + message + "; apt-get install gdal-bin to run the GeoPackage cross-check");
        throw new TestAbortedException(message);
    }

    static boolean available() {
        try {
            Process p = new ProcessBuilder("ogrinfo", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static String run(Path file) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("ogrinfo", "-ro", "-so", "-al", file.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) throw new IOException("ogrinfo failed:\n" + out);
        return out;
    }

    private static final Pattern LAYER = Pattern.compile("^Layer name: (.*)$", Pattern.MULTILINE);
    private static final Pattern COUNT = Pattern.compile("^Feature Count: (\\d+)$", Pattern.MULTILINE);
    private static final Pattern GEOMETRY = Pattern.compile("^Geometry: (.*)$", Pattern.MULTILINE);
    private static final Pattern EPSG = Pattern.compile("\\n {4}ID\\[\"EPSG\",(\\d+)\\]\\]");
    private static final Pattern CRS_NAME = Pattern.compile("^(?:GEOGCRS|PROJCRS)\\[\"([^\"]*)\"", Pattern.MULTILINE);

    /** Layers in file order, parsed from {@code ogrinfo -so -al}. */
    static Map<String, LayerSummary> layers(String output) {
        Map<String, LayerSummary> out = new LinkedHashMap<>();
        List<Integer> starts = new ArrayList<>();
        Matcher m = LAYER.matcher(output);
        while (m.find()) starts.add(m.start());
        starts.add(output.length());
        for (int i = 0; i + 1 < starts.size(); i++) {
            String block = output.substring(starts.get(i), starts.get(i + 1));
            Matcher name = LAYER.matcher(block);
            name.find();
            Matcher count = COUNT.matcher(block);
            Matcher geometry = GEOMETRY.matcher(block);
            Matcher epsg = EPSG.matcher(block);
            Matcher crs = CRS_NAME.matcher(block);
            out.put(name.group(1), new LayerSummary(name.group(1), count.find() ? Long.parseLong(count.group(1)) : -1,
                    geometry.find() ? geometry.group(1) : null, epsg.find() ? Integer.valueOf(epsg.group(1)) : null,
                    crs.find() ? crs.group(1) : null));
        }
        return out;
    }
}
