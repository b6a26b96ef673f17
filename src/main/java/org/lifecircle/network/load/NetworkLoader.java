package org.lifecircle.network.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.lifecircle.io.InputException;
import org.lifecircle.io.VectorReader;
import org.lifecircle.network.StreetNetwork;

/**
 * Loads a street network from a file, picking the reader by extension and checking the first
 * bytes agree with it: OpenStreetMap ({@code .osm.pbf}/{@code .pbf}, {@code .osm} XML,
 * {@code .osm.gz}) through {@link OsmNetworkReader}; a line layer ({@code .geojson},
 * {@code .json}, {@code .geojsonseq}, {@code .gpkg}) through the io {@link VectorReader} and
 * {@link LineLayerNetworkReader} (property {@value #SPEED_FIELD}, when present, is the edge speed
 * in km/h). A file that is not what its extension says is an {@link InputException}.
 */
public final class NetworkLoader {

    /** The line-layer property read as the edge's own speed. */
    public static final String SPEED_FIELD = "speed_kmh";

    private NetworkLoader() {
    }

    public static StreetNetwork load(Path file) {
        return load(file, null);
    }

    /**
     * @param declaredCrs CRS of a line layer that declares none or a wrong one ("EPSG:4490",
     *     "GCJ-02", …); null to use the file's own. OSM is always WGS84.
     */
    public static StreetNetwork load(Path file, String declaredCrs) {
        String source = file.toString();
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!Files.isRegularFile(file)) {
            throw InputException.of(source, Files.isDirectory(file) ? "is a folder, not a network file" : "file not found");
        }
        if (name.endsWith(".osm.pbf") || name.endsWith(".pbf")) {
            byte[] head = head(file, false);
            if (!new String(head, StandardCharsets.ISO_8859_1).contains("OSMHeader")) {
                throw InputException.of(source, "is not an OpenStreetMap PBF file (no OSMHeader block at the start)");
            }
            return OsmNetworkReader.read(file);
        }
        if (name.endsWith(".osm") || name.endsWith(".osm.gz")) {
            boolean gzip = name.endsWith(".gz");
            String text = new String(head(file, gzip), StandardCharsets.UTF_8).stripLeading();
            if (text.startsWith("\uFEFF")) text = text.substring(1);
            if (!text.startsWith("<?xml") && !text.startsWith("<osm")) {
                throw InputException.of(source, "is not OpenStreetMap XML (it does not start with <?xml or <osm)");
            }
            return OsmNetworkReader.read(file);
        }
        if (name.endsWith(".geojson") || name.endsWith(".json") || name.endsWith(".geojsonseq") || name.endsWith(".gpkg")) {
            return LineLayerNetworkReader.build(VectorReader.readLines(file, declaredCrs), SPEED_FIELD);
        }
        throw InputException.of(source, "unsupported network format; use OpenStreetMap (.osm.pbf, .osm, .osm.gz)"
                + " or a line layer (.geojson, .gpkg)");
    }

    private static byte[] head(Path file, boolean gzip) {
        try (InputStream raw = Files.newInputStream(file)) {
            if (!gzip) return raw.readNBytes(64);
            byte[] magic = raw.readNBytes(2);
            if (magic.length < 2 || (magic[0] & 0xFF) != 0x1F || (magic[1] & 0xFF) != 0x8B) {
                throw InputException.of(file.toString(), "is not gzip-compressed although its name ends in .gz");
            }
        } catch (IOException e) {
            throw new InputException(file.toString(), null, "cannot be read: " + e.getMessage(), e);
        }
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.readNBytes(512);
        } catch (IOException e) {
            throw new InputException(file.toString(), null, "is not valid gzip data: " + e.getMessage(), e);
        }
    }
}
