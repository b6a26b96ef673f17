package org.lifecircle.fuzz;

import static org.lifecircle.fuzz.ReaderProperty.check;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import java.util.Arrays;
import org.lifecircle.io.VectorFeature;
import org.lifecircle.io.VectorLayer;
import org.lifecircle.io.VectorReader;
import org.locationtech.jts.geom.Coordinate;

/**
 * FEATURE UNDER TEST: {@link VectorReader} on arbitrary bytes as GeoJSON and GeoJSON text
 * sequences. The first byte picks the file extension ({@link #EXTENSIONS}), the declared CRS
 * ({@link #CRS}) and whether lines, points or polygons are required; the rest is the file.
 * Property: a non-empty layer of non-empty geometries in WGS84 range, numbered 1, 2, … in file
 * order (gaps only where features were rejected — never, since rejection throws), or an
 * InputException naming the file. Seeds and regression inputs: {@code VectorFuzzTestInputs/}.
 */
class VectorFuzzTest {

    static final String[] EXTENSIONS = {"geojson", "geojsonseq", "json", "ndjson"};
    static final String[] CRS = {null, null, "EPSG:4547", "GCJ-02", "EPSG:3857", "nonsense"};
    static final VectorReader.GeometryKind[] KINDS = {null, VectorReader.GeometryKind.LINE,
        VectorReader.GeometryKind.POINT, VectorReader.GeometryKind.POLYGON};

    private final Path folder = FuzzFiles.folder("vector");

    @FuzzTest
    void vectorFile(byte[] data) {
        if (data.length == 0) return;
        int selector = data[0] & 0xFF;
        String extension = EXTENSIONS[selector % EXTENSIONS.length];
        String crs = CRS[(selector / EXTENSIONS.length) % CRS.length];
        VectorReader.GeometryKind kind = KINDS[(selector / (EXTENSIONS.length * CRS.length)) % KINDS.length];
        Path file = FuzzFiles.write(folder, "layer." + extension, Arrays.copyOfRange(data, 1, data.length));
        VectorLayer layer = ReaderProperty.readOrReject(file, () -> {
            VectorLayer read = VectorReader.read(file, crs);
            return kind == null ? read : VectorReader.require(read, kind);
        });
        if (layer != null) checkLayer(file, layer);
    }

    private static void checkLayer(Path file, VectorLayer layer) {
        check(layer.source().equals(file.toString()), "layer source " + layer.source());
        check(layer.size() > 0, "no features and no InputException");
        int expected = 1;
        for (VectorFeature f : layer.features()) {
            check(f.number() == expected++, "feature numbers out of order at " + f.number());
            check(f.geometry() != null && !f.geometry().isEmpty(), "feature " + f.number() + " has no geometry");
            check(f.properties() != null, "feature " + f.number() + " has null properties");
            for (Coordinate c : f.geometry().getCoordinates()) {
                check(Double.isFinite(c.x) && Math.abs(c.x) <= 180 && Double.isFinite(c.y) && Math.abs(c.y) <= 90,
                        "feature " + f.number() + " has coordinate " + c);
            }
        }
    }
}
